package no.journeydiag.questionnaire.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;

/** The start page: every questionnaire with what it takes to answer it. */
@Path("/")
public class HomePage {

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance index(List<Questionnaire> questionnaires);
    }

    private final QuestionnaireRegistry registry;

    public HomePage(QuestionnaireRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(registry.all().stream().map(QuestionnaireRegistry.Current::questionnaire).toList());
    }
}
