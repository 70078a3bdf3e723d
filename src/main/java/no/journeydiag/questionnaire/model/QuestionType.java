package no.journeydiag.questionnaire.model;

import java.util.Locale;

public enum QuestionType {
    /** Five-point agreement, values strongly-disagree … strongly-agree scoring 0 … 4. */
    LIKERT,
    /** One option from the question's list. */
    SINGLE,
    /** Any number of options; the points are summed and capped at the question's max. */
    MULTI,
    /** yes (1 point) or no (0 points). */
    YESNO,
    /** An integer from 0 to 10, scoring its own value. */
    SCALE,
    /** Free text, never scored, at most 2,000 characters. */
    TEXT;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean scored() {
        return this != TEXT;
    }
}
