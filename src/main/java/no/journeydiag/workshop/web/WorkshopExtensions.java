package no.journeydiag.workshop.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.workshop.service.Workshop;

/** {w.title(locale)}: a workshop's questionnaire title in the page's language (the view carries English). */
@TemplateExtension
final class WorkshopExtensions {

    private WorkshopExtensions() {}

    static String title(Workshop w, String locale) {
        return Arc.container()
                .instance(QuestionnaireRegistry.class)
                .get()
                .find(w.questionnaire())
                .map(c -> c.questionnaire().title().in(locale, c.questionnaire().defaultLocale()))
                .orElse(w.questionnaireTitle());
    }
}
