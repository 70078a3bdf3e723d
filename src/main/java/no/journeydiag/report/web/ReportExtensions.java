package no.journeydiag.report.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** View logic for the report templates. */
@TemplateExtension
public class ReportExtensions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private ReportExtensions() {
    }

    /** A score with one decimal, or a dash when there is none. */
    public static String score(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Coverage 0–1 as a whole percentage. */
    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    static String pretty(OffsetDateTime time) {
        return time == null ? "" : DATE.format(time);
    }

    /** How the ownership map words a status. */
    static String statusText(String status) {
        return switch (status) {
            case "gap" -> "Gap: no one leads this stage";
            case "shared" -> "Shared: several functions, no single lead";
            case "unknown" -> "Unknown: the respondent did not know";
            case "unanswered" -> "Not answered";
            default -> "Led by one function";
        };
    }
}
