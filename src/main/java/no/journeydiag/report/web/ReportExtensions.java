package no.journeydiag.report.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** View logic for the report templates. */
@TemplateExtension
public class ReportExtensions {

    private ReportExtensions() {
    }

    /** A score with one decimal, or a dash when there is none. */
    public static String score(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A number rounded to a whole, e.g. a percentile. */
    static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    /** Coverage 0–1 as a whole percentage. */
    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** The completion time in the report's language, e.g. "22 November 2026, 18:21 UTC". */
    public static String pretty(OffsetDateTime time, String locale) {
        if (time == null) {
            return "";
        }
        String pattern = locale.equals("nb") ? "d. MMMM yyyy 'kl.' HH:mm 'UTC'" : "d MMMM yyyy, HH:mm 'UTC'";
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(locale)).format(time);
    }
}
