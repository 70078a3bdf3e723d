package no.journeydiag.report.service;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.journeydiag.common.web.Formats;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.common.web.Msg;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.compare.service.Comparisons;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.questionnaire.model.CallToAction;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Mode;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.Section;
import no.journeydiag.questionnaire.model.WarningSign;
import no.journeydiag.report.service.ReportView.AnswerView;
import no.journeydiag.report.service.ReportView.BandView;
import no.journeydiag.report.service.ReportView.ElementView;
import no.journeydiag.report.service.ReportView.EvidenceView;
import no.journeydiag.report.service.ReportView.ModeView;
import no.journeydiag.report.service.ReportView.OwnershipView;
import no.journeydiag.report.service.ReportView.PriorityView;
import no.journeydiag.report.service.ReportView.SignView;
import no.journeydiag.report.service.ReportView.StageView;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.response.service.Stored;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.ScoringResult;

/** Turns a stored result into a {@link ReportView} in one locale, using the questionnaire it was scored with. */
@ApplicationScoped
public class ReportAssembler {

    private final DiagnosticConfig config;
    private final Comparisons comparisons;

    public ReportAssembler(DiagnosticConfig config, Comparisons comparisons) {
        this.config = config;
        this.comparisons = comparisons;
    }

    public ReportView assemble(Stored stored) {
        return assemble(stored, stored.locale());
    }

    /** The result in {@code locale} (falling back to the questionnaire's default when it is not offered). */
    public ReportView assemble(Stored stored, String locale) {
        return assemble(stored, locale, comparison(stored));
    }

    /** How the result compares with its peers now: the only part of a report that moves after it is stored. */
    public Comparisons.Comparison comparison(Stored stored) {
        return comparisons.compare(stored.questionnaire(), stored.result(), ResponseService.toJson(stored.answers()));
    }

    /** As above, with the comparison already made (a cached page's key holds it). */
    public ReportView assemble(Stored stored, String locale, Comparisons.Comparison cmp) {
        Questionnaire q = stored.questionnaire();
        ScoringResult r = stored.result();
        String loc = q.pickLocale(locale);
        String dl = q.defaultLocale();
        Localized.Literal ui = Localized.Literal.of(LocaleResolver.UI_LOCALES.contains(loc) ? loc : "en");
        Msg msg = MessageBundles.get(Msg.class, ui);
        ReportMsg rpt = MessageBundles.get(ReportMsg.class, ui);

        List<ElementView> elements = r.elements().stream()
                .map(e -> {
                    Element el = q.element(e.id());
                    return new ElementView(
                            e.id(),
                            el.label().in(loc, dl),
                            el.description().in(loc, dl),
                            e.score(),
                            band(q, e.band(), loc),
                            e.insufficient() ? rpt.element_insufficient() : note(e.score(), msg),
                            e.insufficient(),
                            e.insufficient() ? toFindOut(q, stored, e.id(), loc) : List.of(),
                            e.coverage(),
                            e.answered(),
                            e.shown(),
                            cmp.elements().get(e.id()));
                })
                .toList();

        List<SignView> signs = new ArrayList<>();
        // Triggered signs first, then those the answers leave open, then those not present; each in the questionnaire's
        // order.
        for (int group = 0; group < 3; group++) {
            for (ScoringResult.SignResult s : r.warningSigns()) {
                if ((s.triggered() ? 0 : s.unknown() ? 1 : 2) != group) {
                    continue;
                }
                WarningSign w = q.warningSign(s.id());
                List<EvidenceView> evidence =
                        s.evidence().stream().map(ev -> evidence(q, ev, loc)).toList();
                signs.add(new SignView(
                        s.id(),
                        w.label().in(loc, dl),
                        w.description().in(loc, dl),
                        w.recommendation().in(loc, dl),
                        s.triggered(),
                        evidence,
                        s.unknown()));
            }
        }

        List<StageView> stages = r.stages().stream()
                .map(s -> new StageView(
                        s.id(),
                        q.stage(s.id()).label().in(loc, dl),
                        s.score(),
                        note(s.score(), msg),
                        s.id().equals(r.breaksAt())))
                .toList();

        List<PriorityView> priorities =
                r.priorities().stream().map(p -> priority(q, p, loc, rpt)).toList();
        ModeView mode = null;
        if (r.mode() != null && q.mode(r.mode().id()) != null) {
            Mode m = q.mode(r.mode().id());
            mode = new ModeView(m.id(), m.label().in(loc, dl), m.description().in(loc, dl));
        }

        List<OwnershipView> ownership = r.ownership().stream()
                .map(o -> {
                    Question x = q.question(o.question());
                    String stage = x.label().isEmpty()
                            ? x.text().in(loc, dl)
                            : x.label().in(loc, dl);
                    return new OwnershipView(
                            o.question(),
                            stage,
                            o.value(),
                            o.value() == null ? null : x.valueLabel(o.value(), loc),
                            o.status());
                })
                .toList();

        List<AnswerView> answers = new ArrayList<>();
        for (Section section : q.sections()) {
            for (Question x : section.questions()) {
                Answer a = stored.answers().get(x.id());
                if (a != null) {
                    answers.add(new AnswerView(
                            x.id(), section.title().in(loc, dl), x.text().in(loc, dl), answerText(x, a, loc)));
                }
            }
        }

        String token = stored.token();
        ReportView.Overall overall = new ReportView.Overall(
                r.overall().value(), band(q, r.overall().band(), loc), overallNote(q, r, elements, loc, msg, rpt));
        String verdict = overall.score() == null
                ? overall.scoreNote()
                : rpt.verdict(
                        Formats.decimal(overall.score(), loc), overall.band().label());
        String summary = ReportSummary.write(elements, signs, stages, r.breaksAt(), ownership, loc, rpt);
        return new ReportView(
                token,
                reportUrl(token),
                new ReportView.QuestionnaireRef(q.id(), q.version()),
                loc,
                stored.createdAt(),
                q.title().in(loc, dl),
                overall,
                elements,
                signs,
                stages,
                r.breaksAt(),
                r.chainVerdict(),
                mode,
                priorities,
                ownership,
                answers,
                new ReportView.ComparisonView(
                        cmp.shown(),
                        cmp.responses(),
                        cmp.needed(),
                        cmp.overall(),
                        cmp.segments().stream()
                                .map(s -> new ReportView.SegmentView(
                                        s.question(),
                                        s.value(),
                                        q.question(s.question()).valueLabel(s.value(), loc),
                                        s.shown(),
                                        s.responses(),
                                        s.needed(),
                                        s.overall()))
                                .toList()),
                q.normalised()
                        ? new ReportView.MethodView(
                                Formats.percent(q.rules().minCoverage(), loc),
                                Formats.decimal(q.loopThreshold(), loc).replaceAll("[.,]0$", ""))
                        : null,
                verdict,
                summary,
                nextStep(q, signs, r.overall().band(), loc, this::nextStepUrl));
    }

    /** The questionnaire's call to action for this result, in {@code loc}; null when it declares none. */
    static ReportView.NextStepView nextStep(
            Questionnaire q,
            List<SignView> signs,
            String band,
            String loc,
            java.util.function.Function<String, String> urls) {
        CallToAction cta = q.callToAction();
        if (cta == null) {
            return null;
        }
        List<String> fired =
                signs.stream().filter(SignView::triggered).map(SignView::id).toList();
        CallToAction.Chosen c = cta.choose(fired, band);
        String url = urls.apply(c.offer().url());
        if (url == null) {
            return null; // ${booking-url} with neither a booking nor a contact address configured
        }
        String dl = q.defaultLocale();
        return new ReportView.NextStepView(
                c.key(),
                c.offer().title().in(loc, dl),
                c.offer().text().in(loc, dl),
                c.offer().label().in(loc, dl),
                url);
    }

    /** Placeholder the shipped questionnaires' calls to action start with (diagnostic.branding.booking-url). */
    public static final String BOOKING_URL = "${booking-url}";

    /**
     * Where an offer's url leads: ${booking-url} replaced by diagnostic.branding.booking-url; unset, the
     * contact address as it is (a mailto: or page without the offer's suffix); null when neither is set.
     */
    public String nextStepUrl(String url) {
        if (url == null || !url.startsWith(BOOKING_URL)) {
            return url;
        }
        Optional<String> booking = config.branding().bookingUrl().filter(b -> !b.isBlank());
        if (booking.isPresent()) {
            return booking.get() + url.substring(BOOKING_URL.length());
        }
        return config.branding().contactUrl().filter(c -> !c.isBlank()).orElse(null);
    }

    /** Why there is no overall score, in words; null when there is one. */
    private static String overallNote(
            Questionnaire q, ScoringResult r, List<ElementView> elements, String loc, Msg msg, ReportMsg rpt) {
        if (r.overall().value() != null) {
            return null;
        }
        if (!q.normalised()) {
            return msg.not_scored();
        }
        List<String> missing = elements.stream()
                .filter(e -> e.score() == null)
                .map(ElementView::label)
                .toList();
        return missing.size() == elements.size()
                ? rpt.overall_none()
                : rpt.overall_incomplete(PriorityTexts.joined(missing, loc));
    }

    /** The shown questions of an element that got no scored answer: what to find out to judge it. */
    private static List<String> toFindOut(Questionnaire q, Stored stored, String element, String loc) {
        java.util.Set<String> shown = new java.util.HashSet<>(stored.result().shownQuestions());
        List<String> out = new ArrayList<>();
        for (Question x : q.questions()) {
            if (x.scored() && x.feeds().containsKey(element) && shown.contains(x.id())) {
                Answer a = stored.answers().get(x.id());
                if (a == null || a instanceof Answer.DontKnow || a instanceof Answer.NotApplicable) {
                    out.add(x.text().in(loc, q.defaultLocale()));
                }
            }
        }
        return out;
    }

    private static PriorityView priority(Questionnaire q, ScoringResult.Priority p, String loc, ReportMsg rpt) {
        String dl = q.defaultLocale();
        switch (p.kindOrElement()) {
            case ScoringResult.Priority.MODE -> {
                Mode m = q.mode(p.mode());
                return new PriorityView(
                        p.kind(),
                        null,
                        m == null ? p.mode() : m.label().in(loc, dl),
                        null,
                        null,
                        m == null ? "" : m.recommendation().in(loc, dl),
                        p.signs());
            }
            case ScoringResult.Priority.OWNERSHIP -> {
                List<String> stages = p.stages().stream()
                        .map(id -> {
                            Question x = q.question(id);
                            return x == null ? id : (x.label().isEmpty() ? x.text() : x.label()).in(loc, dl);
                        })
                        .toList();
                var gap = q.ownershipMap() == null ? null : q.ownershipMap().gapRecommendation();
                String text = gap == null ? "" : gap.in(loc, dl).replace("{stages}", PriorityTexts.joined(stages, loc));
                return new PriorityView(p.kind(), null, rpt.ownership_priority(), null, null, text, p.signs());
            }
            default -> {
                Element el = q.element(p.element());
                return new PriorityView(
                        ScoringResult.Priority.ELEMENT,
                        p.element(),
                        el.label().in(loc, dl),
                        p.score(),
                        band(q, p.band(), loc),
                        el.recommendation(p.band(), p.advice()).in(loc, dl),
                        p.signs());
            }
        }
    }

    public String reportUrl(String token) {
        return PublicUrls.report(config, token);
    }

    /** Words instead of a number: null when there is a score. */
    private static String note(Double score, Msg msg) {
        return score == null ? msg.not_scored() : null;
    }

    private static BandView band(Questionnaire q, String id, String loc) {
        if (id == null) {
            return null;
        }
        Band b = q.bands().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new BandView(
                b.id(),
                b.label().in(loc, q.defaultLocale()),
                b.colour(),
                b.text().in(loc, q.defaultLocale()));
    }

    private static EvidenceView evidence(Questionnaire q, ScoringResult.Evidence ev, String loc) {
        if (ev.question() != null) {
            Question x = q.question(ev.question());
            String text = String.join(
                    ", ", ev.answer().stream().map(v -> x.valueLabel(v, loc)).toList());
            return new EvidenceView(
                    ev.question(), x.text().in(loc, q.defaultLocale()), ev.answer(), text, null, null, null);
        }
        return new EvidenceView(
                null,
                null,
                null,
                null,
                ev.element(),
                q.element(ev.element()).label().in(loc, q.defaultLocale()),
                ev.score());
    }

    private static String answerText(Question x, Answer a, String loc) {
        if (a instanceof Answer.Choices c) {
            return c.selected().isEmpty()
                    ? "—"
                    : String.join(
                            ", ",
                            c.selected().stream().map(v -> x.valueLabel(v, loc)).toList());
        }
        if (a instanceof Answer.Number n) {
            return n.value() + " / 10";
        }
        if (a instanceof Answer.Text t) {
            return t.value();
        }
        return x.valueLabel(a.values().get(0), loc);
    }
}
