package no.journeydiag.questionnaire.model;

import java.util.List;
import java.util.Set;

/**
 * Structured conditions for {@code showIf} and warning signs. Data, never code: the engine
 * interprets these records and nothing else.
 */
public sealed interface Condition {

    Pos pos();

    /** Conditions over one question's answer. */
    sealed interface OnAnswer extends Condition {
        String question();
    }

    /** The answer is (or, for multi, contains) {@code value}; "dont-know" and "not-applicable" match too. */
    record Equals(String question, String value, Pos pos) implements OnAnswer {}

    /** The answer is one of {@code values} (for multi: contains any of them). */
    record In(String question, Set<String> values, Pos pos) implements OnAnswer {}

    /** The answer's points (scale: its value; multi: capped sum) are at least {@code value}. */
    record AtLeast(String question, double value, Pos pos) implements OnAnswer {}

    record AtMost(String question, double value, Pos pos) implements OnAnswer {}

    /** The question has an answer, "don't know" included. */
    record Answered(String question, Pos pos) implements OnAnswer {}

    /** An element's score is below {@code value}; an element with no score is never below. */
    record ElementBelow(String element, double value, Pos pos) implements Condition {}

    record ElementAbove(String element, double value, Pos pos) implements Condition {}

    /** An element's score is at least {@code value}; an element with no score never is. */
    record ElementAtLeast(String element, double value, Pos pos) implements Condition {}

    record All(List<Condition> of, Pos pos) implements Condition {}

    record Any(List<Condition> of, Pos pos) implements Condition {}

    record Not(Condition of, Pos pos) implements Condition {}

    /** How many of {@code of} hold, compared with atLeast / atMost (either may be null). */
    record Count(List<Condition> of, Integer atLeast, Integer atMost, Pos pos) implements Condition {}
}
