package no.journeydiag.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.ScoringResult.Evidence;
import no.journeydiag.scoring.ScoringResult.Priority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Format 2 over fixtures/engine2.yaml: every item normalised to 0–1 before weighting, judgements
 * only with enough answers. Every expected number is worked out by hand in a comment
 * (docs/questionnaire-format.md repeats case A as its worked example).
 */
class NormalisedScoringTest {

    static Questionnaire q;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = NormalisedScoringTest.class.getResourceAsStream("/fixtures/engine2.yaml")) {
            var outcome = QuestionnaireParser.parse("engine2.yaml", in.readAllBytes());
            assertThat(outcome.problems()).isEmpty();
            q = outcome.questionnaire();
        }
    }

    static Answer c(String v) {
        return new Answer.Choice(v);
    }

    static Map<String, Answer> caseA() {
        Map<String, Answer> a = new HashMap<>();
        a.put("q1", c("agree"));
        a.put("q2", c("yes"));
        a.put("q3", new Answer.Number(6));
        a.put("q4", c("some"));
        a.put("q5", c("disagree"));
        a.put("assets", new Answer.Choices(List.of("m1", "m2")));
        a.put("own1", c("team"));
        a.put("own2", c("nobody"));
        return a;
    }

    @Test
    void eachItemWeighsItsFeedWeightWhateverItsScale() {
        ScoringResult r = Scoring.score(q, caseA());
        // a: q1 agree 3/4 = 0.75, q2 yes 1/1 = 1, q3 6/10 = 0.6, each weight 1: (0.75 + 1 + 0.6) / 3 = 0.7833 -> 78.3
        // b: q3 0.6 (w1), q4 some 1/4 = 0.25 (w2), q5 disagree reversed (4-1)/4 = 0.75 (w1):
        //    (0.6 + 2 × 0.25 + 0.75) / 4 = 1.85 / 4 = 0.4625 -> 46.25 -> 46.3 (half up)
        assertThat(r.elements())
                .extracting("id", "score", "band", "coverage", "insufficient")
                .containsExactly(tuple("a", 78.3, "mid", 1.0, false), tuple("b", 46.3, "low", 1.0, false));
        // overall: (78.333 + 46.25) / 2 = 62.29 -> 62.3
        assertThat(r.overall().value()).isEqualTo(62.3);
        assertThat(r.overall().band()).isEqualTo("mid");
    }

    @Test
    void eachItemCountsOnceInItsStageAndAScoreOfExactlyTheThresholdHolds() {
        ScoringResult r = Scoring.score(q, caseA());
        // observe: q1 0.75, q4 0.25 -> 0.5 = 50.0; act: q2 1, q3 0.6, q5 0.75 -> 2.35 / 3 = 78.3
        assertThat(r.stages())
                .extracting("id", "score", "coverage", "insufficient")
                .containsExactly(tuple("observe", 50.0, 1.0, false), tuple("act", 78.3, 1.0, false));
        // the chain breaks below the threshold of 50, so 50.0 holds
        assertThat(r.chainVerdict()).isEqualTo(ScoringResult.HOLDS);
        assertThat(r.breaksAt()).isNull();
    }

    @Test
    void theModeIsTheFirstThatHoldsAndItsStepAndTheOwnershipGapEnterImproveFirst() {
        ScoringResult r = Scoring.score(q, caseA());
        // running needs a and b at 80 or more (a 78.3: no); project: assets 1 + 1 = 2 points >= 2 and b 46.3 below 50
        assertThat(r.mode().id()).isEqualTo("project");
        assertThat(r.mode().evidence())
                .containsExactly(Evidence.answer("assets", List.of("m1", "m2")), Evidence.score("b", 46.3));
        // the mode's step first, no sign fired, then the stage nobody leads (own2), then the elements by gap: b 53.7, a
        // 21.7
        assertThat(r.priorities())
                .extracting(Priority::kind, Priority::element, Priority::mode, Priority::stages)
                .containsExactly(
                        tuple("mode", null, "project", List.of()),
                        tuple("ownership", null, null, List.of("own2")),
                        tuple("element", "b", null, List.of()));
    }

    @Test
    void tooFewAnswersGiveNoScoreNoOverallAndNoChainVerdict() {
        Map<String, Answer> a = new HashMap<>();
        a.put("q1", new Answer.DontKnow());
        a.put("q2", new Answer.DontKnow());
        a.put("q3", new Answer.Number(5));
        a.put("q4", new Answer.DontKnow());
        a.put("q5", c("strongly-disagree"));
        ScoringResult r = Scoring.score(q, a);
        // a: answered weight 1 (q3) of 3 shown = 0.33 < 0.5: not judged
        // b: answered q3 (w1) and q5 (w1) of 4 = 0.5: judged, (0.5 + 1.0) / 2 = 75.0
        assertThat(r.elements())
                .extracting("id", "score", "band", "coverage", "insufficient")
                .containsExactly(tuple("a", null, null, 0.33, true), tuple("b", 75.0, "mid", 0.5, false));
        assertThat(r.overall().value()).as("the overall needs every element").isNull();
        assertThat(r.overall().band()).isNull();
        // observe: q1 and q4 both don't know, 0 of 2: no score; act: q3 0.5, q5 1.0 of three shown -> 75.0
        assertThat(r.stages())
                .extracting("id", "score", "coverage", "insufficient")
                .containsExactly(tuple("observe", null, 0.0, true), tuple("act", 75.0, 0.67, false));
        // the first stage cannot be judged, so nobody can say where the chain breaks
        assertThat(r.chainVerdict()).isEqualTo(ScoringResult.UNKNOWN);
        assertThat(r.breaksAt()).isNull();
        // a has no score, so only b can be improved first
        assertThat(r.priorities()).extracting(Priority::element).containsExactly("b");
    }

    @Test
    void aStronglyAnsweredCoreItemFiresASignAloneAndPicksItsRecommendation() {
        Map<String, Answer> a = new HashMap<>();
        a.put("q1", c("strongly-disagree"));
        a.put("q2", c("no"));
        a.put("q3", new Answer.Number(10));
        a.put("q4", c("full"));
        a.put("q5", c("strongly-disagree"));
        a.put("own1", c("team"));
        a.put("own2", c("team"));
        ScoringResult r = Scoring.score(q, a);
        // a: (0 + 0 + 1) / 3 = 33.3 low; b: (1 + 2 × 1 + 1) / 4 = 100.0 top
        assertThat(r.element("a").score()).isEqualTo(33.3);
        assertThat(r.element("b").score()).isEqualTo(100.0);
        // s1: q1 strongly disagree holds alone; the count branch also holds (q1 and q2 no: 2 of 3), evidence without
        // repeats
        assertThat(r.sign("s1").triggered()).isTrue();
        assertThat(r.sign("s1").evidence())
                .containsExactly(
                        Evidence.answer("q1", List.of("strongly-disagree")), Evidence.answer("q2", List.of("no")));
        // improve first: a (low, s1 fired) with its first recommendation, whose condition (q1 strongly disagree) holds;
        // b is in the top band and is not listed; no mode holds (no assets) and every stage has a leader
        assertThat(r.mode()).isNull();
        assertThat(r.priorities())
                .extracting(Priority::element, Priority::signs, Priority::advice)
                .containsExactly(tuple("a", List.of("s1"), 0));
        assertThat(q.element("a").recommendation("low", 0).in("en", "en")).isEqualTo("Start A");
    }

    @Test
    void flippingTheCoreItemAloneChangesTheSign() {
        Map<String, Answer> a = caseA();
        a.put("q1", c("strongly-agree"));
        assertThat(Scoring.score(q, a).sign("s1").triggered()).isFalse();
        a.put("q1", c("strongly-disagree"));
        assertThat(Scoring.score(q, a).sign("s1").triggered()).isTrue();
    }

    @Test
    void withoutTheConditionTheDefaultRecommendationApplies() {
        Map<String, Answer> a = caseA();
        a.put("q1", c("disagree"));
        a.put("q2", c("no"));
        a.put("q3", new Answer.Number(2));
        ScoringResult r = Scoring.score(q, a);
        // a: (0.25 + 0 + 0.2) / 3 = 0.15 -> 15.0 low; s1 fires by count (q1 disagree, q2 no); q1 is not strongly
        // disagree
        assertThat(r.element("a").score()).isEqualTo(15.0);
        // the mode's step comes first (assets and b below 50: project), then a, linked to s1
        assertThat(r.priorities().get(0).kind()).isEqualTo(Priority.MODE);
        Priority first = r.priorities().get(1);
        assertThat(first.element()).isEqualTo("a");
        assertThat(q.element("a").recommendation("low", first.advice()).in("en", "en"))
                .isEqualTo("Raise A");
    }
}
