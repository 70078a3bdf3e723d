package no.journeydiag.questionnaire.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;

/** The start page: every questionnaire with what it takes to answer it. */
@Path("/")
public class HomePage {

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance index(List<Questionnaire> questionnaires, String locale, List<String> locales);
    }

    private final QuestionnaireRegistry registry;

    public HomePage(QuestionnaireRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@QueryParam("lang") String lang, HttpHeaders headers) {
        String locale = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        Response.ResponseBuilder r = Response.ok(
                Templates.index(
                                registry.all().stream()
                                        .map(QuestionnaireRegistry.Current::questionnaire)
                                        .toList(),
                                locale,
                                LocaleResolver.UI_LOCALES)
                        .setLocale(java.util.Locale.forLanguageTag(locale))
                        .render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (locale.equals(lang)) {
            r.cookie(LocaleResolver.remember(locale)); // an explicit choice carries over to the questionnaire
        }
        return r.build();
    }
}
