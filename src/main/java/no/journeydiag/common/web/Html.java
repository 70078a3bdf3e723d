package no.journeydiag.common.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Page responses: rendered in the page's language, never cached or indexed (they carry personal links). */
public final class Html {

    private Html() {}

    public static Response page(int status, TemplateInstance page, String locale) {
        return builder(status, page, locale).build();
    }

    /**
     * A consultant's page in {@code locale}; an explicit, valid {@code ?lang=} is remembered in the
     * lang cookie for their other pages.
     */
    public static Response remembering(int status, TemplateInstance page, String locale, String lang) {
        Response.ResponseBuilder b = builder(status, page, locale);
        if (lang != null && LocaleResolver.UI_LOCALES.contains(lang)) {
            b.cookie(LocaleResolver.remember(lang));
        }
        return b.build();
    }

    public static Response.ResponseBuilder builder(int status, TemplateInstance page, String locale) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                // As UTF-8 bytes: the JDK encodes a whole string at once, where the server's string
                // writer went char by char (a tenth of a report page's CPU).
                .entity(page.setLocale(Locale.forLanguageTag(locale)).render().getBytes(StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .header("Content-Language", locale);
    }
}
