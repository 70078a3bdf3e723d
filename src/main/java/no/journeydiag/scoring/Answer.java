package no.journeydiag.scoring;

import java.util.List;

/** One respondent's answer to one question, already checked against the question's type. */
public sealed interface Answer {

    /** The answer as clients send and conditions compare it: option values, a number or text. */
    List<String> values();

    /** An option value of a single, likert or yesno question. */
    record Choice(String value) implements Answer {
        public List<String> values() {
            return List.of(value);
        }
    }

    /** The option values ticked on a multi question (possibly none). */
    record Choices(List<String> selected) implements Answer {
        public Choices {
            selected = List.copyOf(selected);
        }

        public List<String> values() {
            return selected;
        }
    }

    /** A value on the 0–10 scale. */
    record Number(int value) implements Answer {
        public List<String> values() {
            return List.of(Integer.toString(value));
        }
    }

    /** Free text; never scored. */
    record Text(String value) implements Answer {
        public List<String> values() {
            return List.of(value);
        }
    }

    /** "Don't know": left out of the score, lowers coverage, and can be evidence for a sign. */
    record DontKnow() implements Answer {
        public List<String> values() {
            return List.of(no.journeydiag.questionnaire.model.Question.DONT_KNOW);
        }
    }

    /** "Not applicable": left out of the score and lowers coverage. */
    record NotApplicable() implements Answer {
        public List<String> values() {
            return List.of(no.journeydiag.questionnaire.model.Question.NOT_APPLICABLE);
        }
    }
}
