package no.journeydiag.common.web;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the language of a page: {@code ?lang=}, then the {@code lang} cookie, then
 * Accept-Language, then the questionnaire's default; only languages the questionnaire offers.
 */
public final class LocaleResolver {

    public static final String COOKIE = "lang";

    /** The languages of the service's own pages (home, errors). */
    public static final List<String> UI_LOCALES = List.of("en", "nb");

    private LocaleResolver() {}

    public static String resolve(String langParam, HttpHeaders headers, List<String> offered) {
        return headers == null
                ? resolve(langParam, Map.of(), List.of(), offered)
                : resolve(
                        langParam,
                        headers.getCookies(),
                        acceptable(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                        offered);
    }

    /** A weighted language range, in the order the header gave it. */
    private record Range(Locale locale, double q, int position) {}

    /**
     * The languages of an Accept-Language header, most wanted first. Read leniently, because the
     * header only picks a page's language and must never fail it (JAX-RS's own parser throws on
     * {@code en;q=2}): a quality outside 0–1 is clamped, an unreadable range or quality is skipped,
     * {@code q=0} means "not this one", and only the first 32 ranges count.
     */
    public static List<Locale> acceptable(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = header.split(",", 33);
        for (int i = 0; i < Math.min(parts.length, 32); i++) {
            String[] pieces = parts[i].split(";", -1); // -1: ";;;" is four empty pieces, not none
            String tag = pieces[0].strip();
            if (!tag.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) {
                continue; // "*" and anything malformed name no language of ours
            }
            double q = 1;
            for (int j = 1; j < pieces.length; j++) {
                String p = pieces[j].strip();
                if (p.regionMatches(true, 0, "q=", 0, 2)) {
                    q = quality(p.substring(2).strip());
                }
            }
            if (q > 0) {
                ranges.add(new Range(Locale.forLanguageTag(tag), q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::position));
        return ranges.stream().map(Range::locale).toList();
    }

    /** 0–1 (clamped); an unreadable quality counts as 0, so that range is left out. */
    private static double quality(String value) {
        if (!value.matches("[0-9]{1,5}(\\.[0-9]{0,5})?")) {
            return 0;
        }
        return Math.min(1, Double.parseDouble(value));
    }

    public static String resolve(
            String langParam, Map<String, Cookie> cookies, List<Locale> acceptable, List<String> offered) {
        if (langParam != null && offered.contains(langParam)) {
            return langParam;
        }
        Cookie c = cookies.get(COOKIE);
        if (c != null && offered.contains(c.getValue())) {
            return c.getValue();
        }
        for (Locale l : acceptable) {
            String tag = l.getLanguage();
            // Norwegian readers often send "no" or "nn"; Bokmål is what we ship.
            if ((tag.equals("no") || tag.equals("nn")) && offered.contains("nb")) {
                return "nb";
            }
            if (offered.contains(tag)) {
                return tag;
            }
        }
        return offered.get(0);
    }

    /** Remembers an explicit choice for a year. */
    public static NewCookie remember(String locale) {
        return new NewCookie.Builder(COOKIE)
                .value(locale)
                .path("/")
                .maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .build();
    }
}
