package no.journeydiag.common.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * Picks the language of a page: {@code ?lang=}, then the {@code lang} cookie, then
 * Accept-Language, then the questionnaire's default; only languages the questionnaire offers.
 */
public final class LocaleResolver {

    public static final String COOKIE = "lang";

    /** The languages of the service's own pages (home, errors). */
    public static final List<String> UI_LOCALES = List.of("en", "nb");

    private LocaleResolver() {
    }

    public static String resolve(String langParam, HttpHeaders headers, List<String> offered) {
        return headers == null ? resolve(langParam, Map.of(), List.of(), offered)
                : resolve(langParam, headers.getCookies(), headers.getAcceptableLanguages(), offered);
    }

    public static String resolve(String langParam, Map<String, Cookie> cookies, List<Locale> acceptable, List<String> offered) {
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
        return new NewCookie.Builder(COOKIE).value(locale).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
    }
}
