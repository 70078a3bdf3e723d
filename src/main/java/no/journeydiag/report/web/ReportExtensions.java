package no.journeydiag.report.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** View logic for the report templates. */
@TemplateExtension
public class ReportExtensions {

    private ReportExtensions() {
    }

    /**
     * A score with one decimal, or a dash when there is none. Scores are stored rounded to one
     * decimal, so the usual case is plain integer arithmetic: String.format took a tenth of a
     * report's rendering time. Anything else is rounded half up, as String.format would.
     */
    public static String score(Double value) {
        if (value == null) {
            return "–";
        }
        double tenths = value * 10;
        long t = Math.round(tenths);
        if (Math.abs(tenths - t) > 1e-9 || Math.abs(t) > 1_000_000_000L) {
            return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
        long abs = Math.abs(t);
        return (t < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }

    /** The same in the report's language: a decimal comma in Norwegian ("25,7"). */
    public static String decimal(Double value, String locale) {
        String s = score(value);
        return "nb".equals(locale) ? s.replace('.', ',') : s;
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
        return (locale.equals("nb") ? PRETTY_NB : PRETTY_EN).format(time);
    }

    private static final DateTimeFormatter PRETTY_NB = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm 'UTC'", Locale.forLanguageTag("nb"));
    private static final DateTimeFormatter PRETTY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
}
