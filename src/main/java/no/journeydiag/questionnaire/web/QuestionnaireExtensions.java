package no.journeydiag.questionnaire.web;

import io.quarkus.qute.TemplateExtension;
import no.journeydiag.questionnaire.model.LocalizedText;
import no.journeydiag.questionnaire.model.Questionnaire;

/** View helpers for questionnaire texts in templates. */
@TemplateExtension
public class QuestionnaireExtensions {

    private QuestionnaireExtensions() {}

    static int questionCount(Questionnaire q) {
        return q.questionIndex().size();
    }

    /** {text.local(locale)}: the text in that locale, falling back to any it has. */
    static String local(LocalizedText text, String locale) {
        return text.in(locale, null);
    }
}
