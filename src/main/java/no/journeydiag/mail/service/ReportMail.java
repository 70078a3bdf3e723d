package no.journeydiag.mail.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import no.journeydiag.brand.Brand;
import no.journeydiag.common.DomainException.Forbidden;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.DomainException.Unavailable;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.RateLimiter;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.common.web.Msg;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.lead.service.LeadService;
import no.journeydiag.questionnaire.model.LeadCapture;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.report.service.ReportView;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.response.service.Stored;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Sends a report's link, with its verdict and the three things to do first, to an address the
 * reader gives, in the reader's language. The address goes to the SMTP server only: nothing about
 * it is stored, and no lead is made. Rate limits count the report (by a hash of its token) and the
 * client address, in the shared rate-limit table.
 * <p>
 * Links are built on diagnostic.public-base-url only, never on the request's Host header: a link
 * built on it would let anyone send an e-mail in the organisation's name that points elsewhere.
 * Without that URL (or without a from address) e-mail is off, said once at start-up.
 */
@Named("reportMail")
@ApplicationScoped
public class ReportMail {

    /** What a request came to: sent, or refused by the limit per client or the limit per report. */
    public enum Outcome {
        SENT,
        CLIENT_LIMITED,
        REPORT_LIMITED
    }

    static final String ADDRESS =
            "^[^\\s@\"<>(),;:\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

    private static final Logger LOG = Logger.getLogger(ReportMail.class);

    private final MailConfig config;
    private final DiagnosticConfig diagnostic;
    /** How long a visitor waits for the SMTP server before being told to try again. */
    private static final java.time.Duration SEND_TIMEOUT = java.time.Duration.ofSeconds(15);

    private final ReactiveMailer mailer;
    private final RateLimiter limits;
    private final ResponseService responses;
    private final ReportAssembler assembler;
    private final LeadService leads;
    private final Brand brand;

    public ReportMail(
            MailConfig config,
            DiagnosticConfig diagnostic,
            ReactiveMailer mailer,
            RateLimiter limits,
            ResponseService responses,
            ReportAssembler assembler,
            LeadService leads,
            Brand brand) {
        this.config = config;
        this.diagnostic = diagnostic;
        this.mailer = mailer;
        this.limits = limits;
        this.responses = responses;
        this.assembler = assembler;
        this.leads = leads;
        this.brand = brand;
    }

    void sayWhetherOn(@Observes StartupEvent start) {
        if (!config.enabled()) {
            LOG.info("E-mail my report: off (diagnostic.mail.enabled=false)");
        } else if (!isOn()) {
            LOG.warn("E-mail my report: off until diagnostic.public-base-url and diagnostic.mail.from"
                    + " (or quarkus.mailer.from) are set");
        }
    }

    /** Whether report pages offer the form ({@code {inject:reportMail.on}}). */
    public boolean isOn() {
        return config.enabled() && !PublicUrls.configured(diagnostic).isEmpty() && from().isPresent();
    }

    /**
     * Sends the report of {@code token} to {@code address} in {@code lang} (the page's language; the
     * answers' language when the questionnaire has no such locale), for {@code client}.
     */
    public Outcome send(String token, String address, String lang, String client) {
        if (!isOn()) {
            throw new NotFound("E-mailing reports is not offered here: copy the report's link instead.");
        }
        Message message = QuarkusTransaction.joiningExisting().call(() -> compose(token, lang));
        String to = checked(address);
        long now = System.currentTimeMillis();
        if (!limits.attemptPerHour("mail-client", client, config.perClientPerHour(), now)) {
            return Outcome.CLIENT_LIMITED;
        }
        if (!limits.attemptPerHour("mail-report", hash(token), config.perReportPerHour(), now)) {
            return Outcome.REPORT_LIMITED;
        }
        Mail mail = Mail.withText(to, message.subject(), message.text());
        from().ifPresent(mail::setFrom);
        try {
            // Bounded: an SMTP server that accepts and then stays silent must not hold the request forever.
            mailer.send(mail).await().atMost(SEND_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("Report e-mail not sent: %s", e.getMessage());
            throw new Unavailable(
                    "The e-mail could not be sent", "The e-mail could not be sent just now; try again later.");
        }
        return Outcome.SENT;
    }

    /** The e-mail of a report, in the reader's language. */
    record Message(String locale, String subject, String text) {}

    private Message compose(String token, String lang) {
        Stored stored = responses.byToken(token);
        Questionnaire q = stored.questionnaire();
        LeadCapture rule = q.leadCapture();
        if (rule.on()
                && rule.mode() == LeadCapture.Mode.BEFORE_REPORT
                && stored.workshopId() == null
                && leads.forResult(stored.id()).isEmpty()) {
            throw new Forbidden(
                    "The report is not open yet",
                    "Leave your details on the report page first: this report is sent only after that.");
        }
        String locale = lang != null && q.locales().contains(lang) ? lang : stored.locale();
        ReportView view = assembler.assemble(stored, locale);
        String ui = LocaleResolver.UI_LOCALES.contains(view.locale()) ? view.locale() : "en";
        MailMsg m = MessageBundles.get(MailMsg.class, Localized.Literal.of(ui));
        String name = brand.getName() != null
                ? brand.getName()
                : MessageBundles.get(Msg.class, Localized.Literal.of(ui)).brand();
        String link = PublicUrls.report(diagnostic, token) + "?lang=" + view.locale();
        return new Message(
                view.locale(), config.subjectPrefix().orElse("") + m.subject(view.title()), text(view, link, name, m));
    }

    static String text(ReportView view, String link, String signature, MailMsg m) {
        StringBuilder t = new StringBuilder();
        t.append(m.body_intro(view.title())).append("\n").append(link).append("\n\n");
        t.append(view.verdict()).append("\n\n");
        List<ReportView.PriorityView> first = view.priorities() == null ? List.of() : view.priorities();
        if (first.isEmpty()) {
            t.append(m.body_none()).append("\n");
        } else {
            t.append(m.body_priorities()).append("\n");
            for (int i = 0; i < Math.min(3, first.size()); i++) {
                ReportView.PriorityView p = first.get(i);
                t.append(i + 1).append(". ").append(p.label());
                if (p.recommendation() != null && !p.recommendation().isBlank()) {
                    t.append(": ").append(p.recommendation());
                }
                t.append("\n");
            }
        }
        t.append("\n").append(m.body_share()).append("\n\n");
        t.append(m.body_why()).append("\n\n-- \n").append(signature).append("\n");
        return t.toString();
    }

    /** The address as it will be used, or the field error that says what to fix. */
    static String checked(String address) {
        String a = address == null ? "" : address.strip();
        if (a.isEmpty()) {
            throw new Invalid(
                    "Enter the e-mail address to send the link to",
                    List.of(new FieldError("email", "enter your e-mail address")));
        }
        if (a.length() > 254 || !a.matches(ADDRESS)) {
            throw new Invalid(
                    "Check the e-mail address",
                    List.of(new FieldError("email", "enter an e-mail address like name@example.com")));
        }
        return a;
    }

    private Optional<String> from() {
        Optional<String> own = config.from().filter(f -> !f.isBlank());
        return own.isPresent()
                ? own
                : ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.mailer.from", String.class)
                        .filter(f -> !f.isBlank());
    }

    /** The rate-limit key of a report: the token itself is a secret and stays out of that table. */
    private static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
