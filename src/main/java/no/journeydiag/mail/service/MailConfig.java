package no.journeydiag.mail.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * "E-mail my report" ({@code diagnostic.mail.}): the SMTP server itself is set with the standard
 * {@code quarkus.mailer.*} keys (host, port, username, password, tls).
 */
@ConfigMapping(prefix = "diagnostic.mail")
public interface MailConfig {

    /** Offer "E-mail my report" on report pages; it also needs diagnostic.public-base-url and a from address. */
    @WithDefault("true")
    boolean enabled();

    /** The sender of report e-mails, e.g. "Acme Diagnostic <diagnostic@acme.example>"; quarkus.mailer.from when unset. */
    Optional<String> from();

    /** Put before every subject, e.g. "[Acme] "; nothing by default. */
    Optional<String> subjectPrefix();

    /** E-mails one report link may be sent in any hour, to any addresses. */
    @WithDefault("3")
    int perReportPerHour();

    /** E-mails one client address may ask for in any hour, for any reports. */
    @WithDefault("10")
    int perClientPerHour();
}
