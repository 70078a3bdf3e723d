package no.journeydiag.report.web;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;

/** View logic for the report templates. */
@TemplateExtension
public class ReportExtensions {

    private ReportExtensions() {}

    /** A score with one decimal (machine form, "25.7"), or a dash when there is none. */
    public static String score(Double value) {
        return no.journeydiag.common.web.Formats.decimal(value, "en");
    }

    /** The same in the report's language: a decimal comma in Norwegian ("25,7"). */
    public static String decimal(Double value, String locale) {
        return no.journeydiag.common.web.Formats.decimal(value, locale);
    }

    /** A number rounded to a whole, e.g. a percentile. */
    static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    /** Coverage 0–1 as a whole percentage in the report's language ("58%", "58 %"). */
    static String percent(double share, String locale) {
        return no.journeydiag.common.web.Formats.percent(share, locale);
    }

    /** The completion time in the service's time zone and the report's language, e.g. "22 November 2026, 19:21 UTC+01:00". */
    public static String pretty(OffsetDateTime time, String locale) {
        return no.journeydiag.common.web.Formats.dateTime(time, locale);
    }

    /** The label of the first stage the answers could not judge (where "unknown" chains stop), or "". */
    static String unjudgedStage(no.journeydiag.report.service.ReportView report) {
        return report.stages().stream()
                .filter(st -> st.score() == null)
                .map(no.journeydiag.report.service.ReportView.StageView::label)
                .findFirst()
                .orElse("");
    }

    /** Whether any element got a score (so an empty "improve first" means all of them are strong). */
    static boolean hasScore(java.util.List<no.journeydiag.report.service.ReportView.ElementView> elements) {
        return elements.stream().anyMatch(e -> e.score() != null);
    }
}
