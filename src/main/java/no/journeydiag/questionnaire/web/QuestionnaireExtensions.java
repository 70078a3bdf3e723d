package no.journeydiag.questionnaire.web;

import io.quarkus.qute.TemplateExtension;
import no.journeydiag.questionnaire.model.LocalizedText;
import no.journeydiag.questionnaire.model.Questionnaire;

/** View helpers for questionnaire texts in templates. */
@TemplateExtension
public class QuestionnaireExtensions {

    private QuestionnaireExtensions() {
    }

    /** {q.titleText}: the title in the default locale. */
    static String titleText(Questionnaire q) {
        return q.title().in(q.defaultLocale(), q.defaultLocale());
    }

    static String introText(Questionnaire q) {
        return q.intro().in(q.defaultLocale(), q.defaultLocale());
    }

    static int questionCount(Questionnaire q) {
        return q.questionIndex().size();
    }

    /** {text.in(locale)} with the text's own fallback. */
    static String local(LocalizedText text, String locale) {
        return text.in(locale, null);
    }
}
