package no.journeydiag.questionnaire.model;

import java.util.List;
import java.util.Map;

/**
 * One question. {@code options} holds the effective options (built in for likert and yesno);
 * {@code maxPoints} is what a fully positive answer scores, after any multi cap.
 * {@code feeds} maps element id to weight. {@code prefill}: a host page may answer it in advance
 * (from its URL or the embed's data attributes); the respondent still sees and can change it.
 */
public record Question(
        String id,
        QuestionType type,
        String stage,
        String sectionId,
        LocalizedText text,
        LocalizedText help,
        LocalizedText label,
        boolean required,
        Map<String, Double> feeds,
        boolean reverse,
        boolean dontKnow,
        boolean notApplicable,
        List<Option> options,
        int maxPoints,
        Condition showIf,
        Pos pos,
        boolean dominant,
        boolean prefill) {

    /** A question without {@code dominant} (the share limit applies). */
    public Question(
            String id,
            QuestionType type,
            String stage,
            String sectionId,
            LocalizedText text,
            LocalizedText help,
            LocalizedText label,
            boolean required,
            Map<String, Double> feeds,
            boolean reverse,
            boolean dontKnow,
            boolean notApplicable,
            List<Option> options,
            int maxPoints,
            Condition showIf,
            Pos pos) {
        this(
                id,
                type,
                stage,
                sectionId,
                text,
                help,
                label,
                required,
                feeds,
                reverse,
                dontKnow,
                notApplicable,
                options,
                maxPoints,
                showIf,
                pos,
                false,
                false);
    }

    public static final String DONT_KNOW = "dont-know";
    public static final String NOT_APPLICABLE = "not-applicable";
    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int SCALE_MAX = 10;

    public Option option(String value) {
        for (Option o : options) {
            if (o.value().equals(value)) {
                return o;
            }
        }
        return null;
    }

    public boolean scored() {
        return type.scored() && !feeds.isEmpty();
    }

    /** What the respondent saw for an answer value: the option label, "Don't know", "Not applicable", or the value itself. */
    public String valueLabel(String value, String locale) {
        if (DONT_KNOW.equals(value)) {
            return BuiltIn.dontKnow(locale);
        }
        if (NOT_APPLICABLE.equals(value)) {
            return BuiltIn.notApplicable(locale);
        }
        Option o = option(value);
        return o == null ? value : o.label().in(locale, null);
    }
}
