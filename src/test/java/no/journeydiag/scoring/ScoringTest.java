package no.journeydiag.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.ScoringResult.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Worked examples over fixtures/engine.yaml; every expected number is computed by hand in a comment. */
class ScoringTest {

    static Questionnaire q;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ScoringTest.class.getResourceAsStream("/fixtures/engine.yaml")) {
            var outcome = QuestionnaireParser.parse("engine.yaml", in.readAllBytes());
            assertEquals(List.of(), outcome.problems());
            q = outcome.questionnaire();
        }
    }

    static Answer c(String v) {
        return new Answer.Choice(v);
    }

    /** q1 agree, q2 disagree (reverse), q3 y, q4 m1+m2 (capped), q5 4, q6 no, q7 answered but hidden. */
    static Map<String, Answer> caseA() {
        Map<String, Answer> a = new HashMap<>();
        a.put("q1", c("agree"));
        a.put("q2", c("disagree"));
        a.put("q3", c("y"));
        a.put("q4", new Answer.Choices(List.of("m1", "m2")));
        a.put("q5", new Answer.Number(4));
        a.put("q6", c("no"));
        a.put("q7", c("strongly-agree"));
        return a;
    }

    @Test
    void reverseItemsWeightsAndTheMultiCapGiveTheHandComputedElementScores() {
        ScoringResult r = Scoring.score(q, caseA());
        // a: q1 3/4 (w1) + q2 reverse 4-1=3/4 (w1) + q3 2/5 (w2) = (3+3+4)/(4+4+10) = 10/18 = 55.56 -> 55.6
        assertEquals(55.6, r.element("a").score());
        assertEquals("high", r.element("a").band());
        // b: q3 2/5 + q4 min(6,5)=5/5 + q5 4/10 = 11/20 = 55.0; q7 is hidden (q6 = no) so its answer is ignored
        assertEquals(55.0, r.element("b").score());
        assertEquals(3, r.element("b").shown());
        assertEquals(1.0, r.element("b").coverage());
    }

    @Test
    void overallIsTheElementWeightedMean() {
        // (1 × 55.556 + 3 × 55.0) / 4 = 220.556 / 4 = 55.14 -> 55.1
        ScoringResult r = Scoring.score(q, caseA());
        assertEquals(55.1, r.overall().value());
        assertEquals("high", r.overall().band());
    }

    @Test
    void stageScoresWeightQuestionsByTheirFeedsAndTheChainBreaksAtTheFirstStageBelowThreshold() {
        ScoringResult r = Scoring.score(q, caseA());
        // observe: q1 (w1) 3/4, q3 (w = 2+1 = 3) 2/5 -> (3 + 6) / (4 + 15) = 9/19 = 47.37 -> 47.4
        assertEquals(47.4, r.stages().get(0).score());
        // act: q2 3/4, q4 5/5, q5 4/10 -> 12/19 = 63.16 -> 63.2
        assertEquals(63.2, r.stages().get(1).score());
        assertEquals("observe", r.breaksAt());
    }

    @Test
    void hiddenQuestionsAreNotShown() {
        assertFalse(Scoring.score(q, caseA()).shownQuestions().contains("q7"));
        Map<String, Answer> a = caseA();
        a.put("q6", c("yes"));
        assertTrue(Scoring.score(q, a).shownQuestions().contains("q7"));
        // with q7 shown, b = (2 + 5 + 4 + 4) / (5 + 5 + 10 + 4) = 15/24 = 62.5
        assertEquals(62.5, Scoring.score(q, a).element("b").score());
    }

    @Test
    void signsDoNotFireWithoutTheirEvidence() {
        ScoringResult r = Scoring.score(q, caseA());
        assertFalse(r.sign("s1").triggered()); // q1 = agree
        assertFalse(r.sign("s2").triggered()); // only q6 = no holds: 1 of 3
        assertEquals(List.of(), r.sign("s2").evidence());
    }

    @Test
    void improveFirstOrdersByWeightedGapWhenNoSignFires() {
        // gaps: a 1 × (100 - 55.6) = 44.4, b 3 × (100 - 55) = 135 -> b, a
        var p = Scoring.score(q, caseA()).priorities();
        assertEquals(
                List.of("b", "a"),
                p.stream().map(ScoringResult.Priority::element).toList());
    }

    /** q1 strongly disagree, q2 don't know, q3 not applicable, q4 none ticked, q5 unanswered, q6 yes, q7 neutral. */
    static Map<String, Answer> caseB() {
        Map<String, Answer> a = new HashMap<>();
        a.put("q1", c("strongly-disagree"));
        a.put("q2", new Answer.DontKnow());
        a.put("q3", new Answer.NotApplicable());
        a.put("q4", new Answer.Choices(List.of()));
        a.put("q6", c("yes"));
        a.put("q7", c("neutral"));
        return a;
    }

    @Test
    void dontKnowAndNotApplicableAreLeftOutOfTheScoreAndLowerCoverage() {
        ScoringResult r = Scoring.score(q, caseB());
        // a: only q1 counts: 0/4 = 0.0; shown q1, q2, q3 -> coverage 1/3 = 0.33
        assertEquals(0.0, r.element("a").score());
        assertEquals(1, r.element("a").answered());
        assertEquals(0.33, r.element("a").coverage());
        // b: q4 0/5, q7 2/4 -> 2/9 = 22.2; shown q3, q4, q5, q7, answered q4, q7 -> 0.5
        assertEquals(22.2, r.element("b").score());
        assertEquals(0.5, r.element("b").coverage());
        // (0 + 3 × 22.22) / 4 = 16.67 -> 16.7, band low
        assertEquals(16.7, r.overall().value());
        assertEquals("low", r.overall().band());
    }

    @Test
    void aSignFiresWithTheAnswersAndScoresThatMadeItFire() {
        ScoringResult r = Scoring.score(q, caseB());
        assertTrue(r.sign("s1").triggered());
        assertEquals(
                List.of(Evidence.answer("q1", List.of("strongly-disagree")), Evidence.score("b", 22.2)),
                r.sign("s1").evidence());
        assertTrue(r.sign("s2").triggered());
        assertEquals(
                List.of(Evidence.answer("q2", List.of("dont-know")), Evidence.answer("q3", List.of("not-applicable"))),
                r.sign("s2").evidence());
    }

    @Test
    void elementsLinkedToTriggeredSignsComeFirstEvenWithASmallerGap() {
        // q1 disagree (1), q2 strongly-disagree reversed (4), q3 z (5, w2): a = (1 + 4 + 10)/18 = 83.3
        // b: q3 5/5, q4 m1 3/5, q5 0/10 -> 8/20 = 40.0 < 50, so s1 fires and links a.
        Map<String, Answer> ans = new HashMap<>();
        ans.put("q1", c("disagree"));
        ans.put("q2", c("strongly-disagree"));
        ans.put("q3", c("z"));
        ans.put("q4", new Answer.Choices(List.of("m1")));
        ans.put("q5", new Answer.Number(0));
        ans.put("q6", c("no"));
        ScoringResult r = Scoring.score(q, ans);
        assertEquals(83.3, r.element("a").score());
        assertEquals(40.0, r.element("b").score());
        assertTrue(r.sign("s1").triggered());
        // by gap alone b (3 × 60 = 180) would come before a (16.7); the sign puts a first
        assertEquals(
                List.of("a", "b"),
                r.priorities().stream().map(ScoringResult.Priority::element).toList());
        assertEquals(List.of("s1"), r.priorities().get(0).signs());
    }

    @Test
    void nothingAnsweredGivesNoScoresRatherThanZero() {
        ScoringResult r = Scoring.score(q, Map.of());
        assertNull(r.element("a").score());
        assertNull(r.overall().value());
        assertNull(r.breaksAt());
        assertEquals(List.of(), r.priorities());
        assertEquals(0.0, r.element("a").coverage());
    }
}
