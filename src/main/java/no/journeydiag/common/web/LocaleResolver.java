package no.journeydiag.common.web;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * Picks the language of a page: {@code ?lang=}, then the {@code lang} cookie, then
 * Accept-Language, then the questionnaire's default; only languages the questionnaire offers.
 */
public final class LocaleResolver {

    public static final String COOKIE = "lang";

    private LocaleResolver() {
    }

    public static String resolve(String langParam, HttpHeaders headers, List<String> offered) {
        if (langParam != null && offered.contains(langParam)) {
            return langParam;
        }
        Cookie c = headers == null ? null : headers.getCookies().get(COOKIE);
        if (c != null && offered.contains(c.getValue())) {
            return c.getValue();
        }
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                String tag = l.getLanguage();
                // Norwegian readers often send "no" or "nn"; Bokmål is what we ship.
                if ((tag.equals("no") || tag.equals("nn")) && offered.contains("nb")) {
                    return "nb";
                }
                if (offered.contains(tag)) {
                    return tag;
                }
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
