package no.journeydiag.response.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.journeydiag.common.FieldError;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;

/**
 * Answers a host page gives in advance ({@code answer.<questionId>=<value>} on the start link, or
 * {@code data-answer-<questionId>} on the embed) for the questions the questionnaire marks
 * {@code prefill: true}. They come from a link anyone can edit, so a page never fails on them: a value
 * that is not an answer to its question, or a question that does not allow prefill, is left out.
 */
public final class Prefill {

    /** The parameter prefix, on the start link and in the start form alike. */
    public static final String PREFIX = "answer.";

    /** More values than any question has options: a longer list is not an answer. */
    private static final int MAX_VALUES = 50;

    private Prefill() {}

    /**
     * The prefill-able questions found in {@code raw} (keys {@value #PREFIX}question id), each with the
     * values of a valid answer; a multi question's values may come repeated or comma-separated.
     */
    public static Map<String, List<String>> lenient(Questionnaire q, Map<String, List<String>> raw) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Question x : q.questions()) {
            List<String> given = x.prefill() ? raw.get(PREFIX + x.id()) : null;
            if (given == null) {
                continue;
            }
            List<String> values = given.stream()
                    .filter(Objects::nonNull)
                    .flatMap(v -> x.type() == QuestionType.MULTI
                            ? Arrays.stream(v.split(","))
                            : java.util.stream.Stream.of(v))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .distinct()
                    .toList();
            if (!values.isEmpty() && values.size() <= MAX_VALUES && answer(x, values) != null) {
                kept.put(x.id(), values);
            }
        }
        return kept;
    }

    /** The typed answers of values {@link #lenient} kept, less any the questionnaire's rules hide for them. */
    public static Map<String, Answer> answers(Questionnaire q, Map<String, List<String>> values) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        values.forEach((id, v) -> {
            Question x = q.question(id);
            Answer a = x == null || !x.prefill() ? null : answer(x, v);
            if (a != null) {
                answers.put(id, a);
            }
        });
        // A prefilled answer to a question its conditions hide would sit in the draft unseen and unchangeable.
        Set<String> shown = new LinkedHashSet<>(Scoring.shownQuestions(q, answers));
        answers.keySet().retainAll(shown);
        return answers;
    }

    private static Answer answer(Question x, List<String> values) {
        Object value = x.type() == QuestionType.MULTI && !reserved(values) ? values : single(values);
        if (value == null) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        Answer a = AnswerReader.single(x, value, PREFIX + x.id(), errors);
        return errors.isEmpty() ? a : null;
    }

    private static boolean reserved(List<String> values) {
        return values.size() == 1
                && (values.get(0).equals(Question.DONT_KNOW) || values.get(0).equals(Question.NOT_APPLICABLE));
    }

    private static String single(List<String> values) {
        return values.size() == 1 ? values.get(0) : null;
    }
}
