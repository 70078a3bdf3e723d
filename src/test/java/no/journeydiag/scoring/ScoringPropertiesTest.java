package no.journeydiag.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.journeydiag.questionnaire.load.QuestionnaireLoader;
import no.journeydiag.questionnaire.model.BuiltIn;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import org.junit.jupiter.api.Test;

/** Properties over thousands of random answer sets of the shipped questionnaires (fixed seeds). */
class ScoringPropertiesTest {

    private static final List<Questionnaire> SHIPPED =
            QuestionnaireLoader.loadDirectory(Path.of("questionnaires")).questionnaires();

    static Map<String, Answer> randomAnswers(Questionnaire q, Random rnd) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question x : q.questions()) {
            int roll = rnd.nextInt(10);
            if (roll == 0) {
                continue;
            }
            if (roll == 1 && x.dontKnow()) {
                answers.put(x.id(), new Answer.DontKnow());
                continue;
            }
            answers.put(
                    x.id(),
                    switch (x.type()) {
                        case SCALE -> new Answer.Number(rnd.nextInt(11));
                        case TEXT -> new Answer.Text("text " + rnd.nextInt());
                        case MULTI -> {
                            List<String> picked = new ArrayList<>();
                            for (Option o : x.options()) {
                                if (rnd.nextBoolean()) {
                                    picked.add(o.value());
                                }
                            }
                            yield new Answer.Choices(picked);
                        }
                        default ->
                            new Answer.Choice(x.options()
                                    .get(rnd.nextInt(x.options().size()))
                                    .value());
                    });
        }
        return answers;
    }

    @Test
    void answersGivenByIndexScoreExactlyAsTheSameAnswersByQuestionId() {
        Random rnd = new Random(11);
        for (Questionnaire q : SHIPPED) {
            java.util.List<String> order = Scoring.questionOrder(q);
            for (int i = 0; i < 500; i++) {
                Map<String, Answer> answers = randomAnswers(q, rnd);
                Answer[] byIndex = order.stream().map(answers::get).toArray(Answer[]::new);
                org.assertj.core.api.Assertions.assertThat(Scoring.score(q, byIndex))
                        .as(q.id() + " " + answers)
                        .isEqualTo(Scoring.score(q, answers));
            }
        }
    }

    @Test
    void answersByIndexMustCoverEveryQuestion() {
        Questionnaire q = SHIPPED.get(0);
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Scoring.score(q, new Answer[1]));
    }

    @Test
    void everyScoreIsBetweenZeroAndHundred() {
        Random rnd = new Random(42);
        for (Questionnaire q : SHIPPED) {
            for (int i = 0; i < 2000; i++) {
                ScoringResult r = Scoring.score(q, randomAnswers(q, rnd));
                for (var e : r.elements()) {
                    assertTrue(e.score() == null || e.score() >= 0 && e.score() <= 100, e.toString());
                    assertTrue(e.coverage() >= 0 && e.coverage() <= 1, e.toString());
                }
                for (var s : r.stages()) {
                    assertTrue(s.score() == null || s.score() >= 0 && s.score() <= 100, s.toString());
                }
                assertTrue(r.overall().value() == null
                        || r.overall().value() >= 0 && r.overall().value() <= 100);
                assertTrue(r.priorities().size() <= q.priorities().count());
            }
        }
    }

    @Test
    void raisingAPositivelyKeyedAnswerNeverLowersItsElementScores() {
        Random rnd = new Random(7);
        for (Questionnaire q : SHIPPED) {
            List<Question> positive = q.questions().stream()
                    .filter(x -> x.type() == QuestionType.LIKERT
                            && !x.reverse()
                            && !x.feeds().isEmpty())
                    .toList();
            for (int i = 0; i < 1000; i++) {
                Map<String, Answer> answers = randomAnswers(q, rnd);
                Question x = positive.get(rnd.nextInt(positive.size()));
                int level = rnd.nextInt(4);
                answers.put(x.id(), new Answer.Choice(BuiltIn.LIKERT_VALUES.get(level)));
                ScoringResult lower = Scoring.score(q, answers);
                answers.put(x.id(), new Answer.Choice(BuiltIn.LIKERT_VALUES.get(level + 1)));
                ScoringResult higher = Scoring.score(q, answers);
                if (!lower.shownQuestions().contains(x.id())) {
                    continue;
                }
                for (String element : x.feeds().keySet()) {
                    if (lower.element(element).score() == null) {
                        continue; // too few answers to judge it either way (changing one answer's level changes no
                        // coverage)
                    }
                    assertTrue(
                            higher.element(element).score()
                                    >= lower.element(element).score(),
                            x.id() + " raised from level " + level + " lowered " + element);
                }
            }
        }
    }
}
