package no.journeydiag.response.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.common.FieldError;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;

/**
 * Turns untrusted answer values into typed {@link Answer}s, collecting a {@link FieldError} for
 * everything wrong. Values are what JSON gives (String, Number, List, Map, Boolean) or, from an
 * HTML form, strings. The server alone decides which questions are shown.
 */
public final class AnswerReader {

    /** How to treat answers to questions the rules hide for these answers. */
    public enum Hidden {
        /** API: an answer to a hidden question is an error the client should fix. */
        REJECT,
        /** HTML form: the one-page form shows every question, so hidden answers are dropped. */
        DROP
    }

    /** The message of a missing required answer; pages replace it with their own wording. */
    public static final String REQUIRED = "an answer is required";

    public record Outcome(Map<String, Answer> answers, List<FieldError> errors) {}

    private AnswerReader() {}

    public static Outcome read(Questionnaire q, Map<String, ?> raw, Hidden hidden, String fieldPrefix) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : raw.entrySet()) {
            String field = fieldPrefix + e.getKey();
            Question question = q.question(e.getKey());
            if (question == null) {
                errors.add(new FieldError(
                        field, "unknown question '" + e.getKey() + "'; this questionnaire has no such question"));
                continue;
            }
            if (e.getValue() == null) {
                continue; // null means "not answered"
            }
            Answer a = one(question, e.getValue(), field, errors);
            if (a != null) {
                answers.put(question.id(), a);
            }
        }
        // Visibility depends only on answers, so decide it once the answers are typed.
        Set<String> shown = new LinkedHashSet<>(Scoring.shownQuestions(q, answers));
        for (String id : new ArrayList<>(answers.keySet())) {
            if (!shown.contains(id)) {
                answers.remove(id);
                if (hidden == Hidden.REJECT) {
                    errors.add(new FieldError(
                            fieldPrefix + id,
                            "this question is not shown for the other answers given, so it must not be answered"));
                }
            }
        }
        for (String id : shown) {
            Question question = q.question(id);
            boolean hasError = errors.stream().anyMatch(f -> f.field().equals(fieldPrefix + id));
            if (question.required() && !answers.containsKey(id) && !hasError) {
                errors.add(new FieldError(fieldPrefix + id, REQUIRED));
            }
        }
        return new Outcome(answers, errors);
    }

    /** One value read alone, as an answer to {@code q} (visibility aside): null, and an error, when it is not one. */
    public static Answer single(Question q, Object value, String field, List<FieldError> errors) {
        return one(q, value, field, errors);
    }

    private static Answer one(Question q, Object value, String field, List<FieldError> errors) {
        if (value instanceof String s && q.type() != QuestionType.TEXT) {
            if (s.equals(Question.DONT_KNOW)) {
                return q.dontKnow()
                        ? new Answer.DontKnow()
                        : refuse(errors, field, "this question does not offer \"don't know\"");
            }
            if (s.equals(Question.NOT_APPLICABLE)) {
                return q.notApplicable()
                        ? new Answer.NotApplicable()
                        : refuse(errors, field, "this question does not offer \"not applicable\"");
            }
        }
        return switch (q.type()) {
            case TEXT -> text(value, field, errors);
            case SCALE -> scale(q, value, field, errors);
            case MULTI -> choices(q, value, field, errors);
            default -> choice(q, value, field, errors);
        };
    }

    private static Answer text(Object value, String field, List<FieldError> errors) {
        if (!(value instanceof String s)) {
            return refuse(errors, field, "expected a text value");
        }
        if (s.codePointCount(0, s.length()) > Question.TEXT_MAX_LENGTH) {
            return refuse(
                    errors,
                    field,
                    "text is " + s.codePointCount(0, s.length()) + " characters; at most " + Question.TEXT_MAX_LENGTH
                            + " are allowed");
        }
        return s.isBlank() ? null : new Answer.Text(s.strip());
    }

    private static Answer scale(Question q, Object value, String field, List<FieldError> errors) {
        Integer n = null;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            n = ((Number) value).longValue() >= Integer.MIN_VALUE && ((Number) value).longValue() <= Integer.MAX_VALUE
                    ? ((Number) value).intValue()
                    : -1;
        } else if (value instanceof String s && s.matches("-?\\d{1,9}")) {
            n = Integer.valueOf(s);
        } else if (value instanceof java.math.BigInteger) {
            n = -1;
        }
        if (n == null) {
            return refuse(errors, field, "expected a whole number from 0 to 10" + reserved(q));
        }
        if (n < 0 || n > Question.SCALE_MAX) {
            return refuse(errors, field, n + " is outside the scale; use a whole number from 0 to 10");
        }
        return new Answer.Number(n);
    }

    private static Answer choices(Question q, Object value, String field, List<FieldError> errors) {
        if (!(value instanceof List<?> list)) {
            return refuse(errors, field, "expected a list of option values" + options(q) + reserved(q));
        }
        List<String> picked = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String s) || q.option(s) == null) {
                return refuse(errors, field, "'" + o + "' is not an option of this question" + options(q));
            }
            if (picked.contains(s)) {
                return refuse(errors, field, "'" + s + "' is listed twice");
            }
            picked.add(s);
        }
        return new Answer.Choices(picked);
    }

    private static Answer choice(Question q, Object value, String field, List<FieldError> errors) {
        if (!(value instanceof String s)) {
            return refuse(errors, field, "expected one option value as text" + options(q) + reserved(q));
        }
        if (q.option(s) == null) {
            return refuse(errors, field, "'" + s + "' is not an option of this question" + options(q) + reserved(q));
        }
        return new Answer.Choice(s);
    }

    private static Answer refuse(List<FieldError> errors, String field, String message) {
        errors.add(new FieldError(field, message));
        return null;
    }

    private static String options(Question q) {
        return "; use one of: "
                + String.join(", ", q.options().stream().map(Option::value).toList());
    }

    private static String reserved(Question q) {
        List<String> r = new ArrayList<>();
        if (q.dontKnow()) {
            r.add(Question.DONT_KNOW);
        }
        if (q.notApplicable()) {
            r.add(Question.NOT_APPLICABLE);
        }
        return r.isEmpty() ? "" : " (or " + String.join(", ", r) + ")";
    }
}
