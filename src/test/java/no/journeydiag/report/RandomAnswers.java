package no.journeydiag.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;

/**
 * Valid answer sets built from a questionnaire's model, so a new questionnaire version is covered
 * without touching the test: questions in order, only those the showIf rules show for the
 * answers so far, every required one answered, values of the question's type, and "don't know" or
 * "not applicable" only where the question offers them.
 */
final class RandomAnswers {

    /** How the set leans. */
    enum Kind {
        /** Each shown question: skipped when optional (sometimes), else a random value or a reserved answer. */
        MIXED,
        /** "Don't know" wherever offered; the rest random, optional ones skipped. */
        ALL_DONT_KNOW,
        /** "Not applicable" wherever offered, else "don't know" where offered; the rest random, optional ones skipped. */
        ALL_NOT_APPLICABLE,
        /** Only the required questions, with random values. */
        ALL_SKIPPED_OPTIONAL,
        /** As little as can be sent: only required questions, each "don't know" or "not applicable" when it can be. */
        LEAST
    }

    private static final String[] TEXTS = {
        "Fine.",
        "Det går bra, men ikke alltid – «ofte» ærlig talt.",
        "\u202Eevil\u202C ordering",
        "<b>bold</b> & \"quoted\" 'x'",
        "=1+2",
        "emoji 🙂 and 日本語",
        "  padded  "
    };

    private RandomAnswers() {}

    /** The answers as the JSON API takes them (option value, list of values, integer or text). */
    static Map<String, Object> of(Questionnaire q, Kind kind, Random random) {
        Map<String, Answer> typed = new LinkedHashMap<>();
        Map<String, Object> json = new LinkedHashMap<>();
        for (Question x : q.questions()) {
            // A question depends only on answers before it, so the answers so far decide whether it is shown.
            if (!Scoring.shownQuestions(q, typed).contains(x.id())) {
                continue;
            }
            Answer a = pick(x, kind, random);
            if (a != null) {
                typed.put(x.id(), a);
                json.put(x.id(), toJson(a));
            }
        }
        return json;
    }

    private static Answer pick(Question x, Kind kind, Random random) {
        boolean optional = !x.required();
        switch (kind) {
            case ALL_DONT_KNOW -> {
                if (x.dontKnow()) {
                    return new Answer.DontKnow();
                }
                return optional ? null : value(x, random);
            }
            case ALL_NOT_APPLICABLE -> {
                if (x.notApplicable()) {
                    return new Answer.NotApplicable();
                }
                if (x.dontKnow()) {
                    return new Answer.DontKnow();
                }
                return optional ? null : value(x, random);
            }
            case ALL_SKIPPED_OPTIONAL -> {
                return optional ? null : value(x, random);
            }
            case LEAST -> {
                if (optional) {
                    return null;
                }
                return x.notApplicable()
                        ? new Answer.NotApplicable()
                        : x.dontKnow() ? new Answer.DontKnow() : value(x, random);
            }
            default -> {
                if (optional && random.nextInt(4) == 0) {
                    return null;
                }
                int reserved = random.nextInt(5);
                if (reserved == 0 && x.dontKnow()) {
                    return new Answer.DontKnow();
                }
                if (reserved == 1 && x.notApplicable()) {
                    return new Answer.NotApplicable();
                }
                return value(x, random);
            }
        }
    }

    /** A value of the question's own type (text is never blank, which would count as unanswered). */
    private static Answer value(Question x, Random random) {
        List<Option> options = x.options();
        return switch (x.type()) {
            case SCALE -> new Answer.Number(random.nextInt(Question.SCALE_MAX + 1));
            case TEXT -> new Answer.Text(text(random));
            case MULTI -> {
                List<String> picked = new ArrayList<>();
                for (Option o : options) {
                    if (random.nextBoolean()) {
                        picked.add(o.value());
                    }
                }
                yield new Answer.Choices(picked); // none ticked is a valid answer too
            }
            default ->
                new Answer.Choice(options.get(random.nextInt(options.size())).value());
        };
    }

    private static String text(Random random) {
        if (random.nextInt(6) == 0) {
            return "x".repeat(Question.TEXT_MAX_LENGTH); // the longest allowed
        }
        return TEXTS[random.nextInt(TEXTS.length)].strip();
    }

    private static Object toJson(Answer a) {
        if (a instanceof Answer.Number n) {
            return n.value();
        }
        if (a instanceof Answer.Choices c) {
            return c.selected();
        }
        return a.values().get(0);
    }
}
