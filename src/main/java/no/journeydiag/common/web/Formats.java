package no.journeydiag.common.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Numbers, shares and times as a reader of {@code locale} writes them: "62.3", "58%", "2 December
 * 2026, 09:41 UTC+01:00" in English; "62,3", "58 %", "2. desember 2026 kl. 09.41" in Norwegian Bokmål.
 * Times are shown in diagnostic.time-zone (stored times are UTC). Pages, PDFs and e-mails use
 * these; machine data (CSV, JSON) keeps "." and ISO-8601.
 */
public final class Formats {

    private static final Map<String, DateTimeFormatter> DATE_TIMES = new ConcurrentHashMap<>();
    private static volatile ZoneId zone;

    private Formats() {}

    /** One decimal (scores are stored rounded to one), or "–"; integer arithmetic where it can (a tenth of a report's rendering went on String.format). */
    public static String decimal(Double value, String locale) {
        if (value == null) {
            return "–";
        }
        String s;
        double tenths = value * 10;
        long t = Math.round(tenths);
        if (Math.abs(tenths - t) > 1e-9 || Math.abs(t) > 1_000_000_000L) {
            s = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        } else {
            long abs = Math.abs(t);
            s = (t < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
        }
        return norwegian(locale) ? s.replace('.', ',') : s;
    }

    /** A share 0–1 as a whole percentage: "58%" in English, "58 %" (no-break space) in Norwegian. */
    public static String percent(double share, String locale) {
        long p = Math.round(share * 100);
        return norwegian(locale) ? p + "\u00a0%" : p + "%";
    }

    /** A time in the service's time zone, written the reader's way. */
    public static String dateTime(OffsetDateTime time, String locale) {
        if (time == null) {
            return "";
        }
        String key = norwegian(locale) ? "nb" : "en";
        return DATE_TIMES
                .computeIfAbsent(
                        key,
                        k -> k.equals("nb")
                                ? DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("nb"))
                                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'xxx", Locale.ENGLISH))
                .format(time.atZoneSameInstant(zone()));
    }

    /** A day in the service's time zone: "16 January 2026", "16. januar 2026". */
    public static String date(OffsetDateTime time, String locale) {
        if (time == null) {
            return "";
        }
        String key = norwegian(locale) ? "nb-date" : "en-date";
        return DATE_TIMES
                .computeIfAbsent(
                        key,
                        k -> k.equals("nb-date")
                                ? DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"))
                                : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                .format(time.atZoneSameInstant(zone()));
    }

    /** diagnostic.time-zone, read once. */
    public static ZoneId zone() {
        ZoneId z = zone;
        if (z == null) {
            z = ZoneId.of(ConfigProvider.getConfig()
                    .getOptionalValue("diagnostic.time-zone", String.class)
                    .orElse("Europe/Oslo"));
            zone = z;
        }
        return z;
    }

    private static boolean norwegian(String locale) {
        return "nb".equals(locale) || "no".equals(locale) || "nn".equals(locale);
    }
}
