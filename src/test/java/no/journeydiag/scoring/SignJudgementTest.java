package no.journeydiag.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.ScoringResult.SignResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sign that did not fire is "not present" only when the answers decide it; when "don't know"
 * or a missing answer could still make it fire, it is "not judged". Over fixtures/engine2.yaml,
 * whose sign s1 is: q1 = strongly-disagree, or at least 2 of (q1 in disagree/strongly-disagree,
 * q2 = no, q5 in agree/strongly-agree).
 */
class SignJudgementTest {

    static Questionnaire q;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SignJudgementTest.class.getResourceAsStream("/fixtures/engine2.yaml")) {
            q = QuestionnaireParser.parse("engine2.yaml", in.readAllBytes()).questionnaire();
        }
    }

    static SignResult s1(String q1, String q2, String q5) {
        Map<String, Answer> a = new HashMap<>();
        a.put("q1", answer(q1));
        a.put("q2", answer(q2));
        a.put("q5", answer(q5));
        a.put("q3", new Answer.Number(5));
        a.put("q4", new Answer.Choice("some"));
        a.values().removeIf(java.util.Objects::isNull);
        return Scoring.score(q, a).sign("s1");
    }

    static Answer answer(String v) {
        return v == null ? null : "dont-know".equals(v) ? new Answer.DontKnow() : new Answer.Choice(v);
    }

    @Test
    void decidedAnswersThatDoNotFireTheSignMeanNotPresent() {
        // q1 agree: both q1 branches false; q2 yes, q5 disagree: the count is 0 of 3
        SignResult s = s1("agree", "yes", "disagree");
        assertThat(s.triggered()).isFalse();
        assertThat(s.unknown()).isFalse();
    }

    @Test
    void aDontKnowThatCouldFireTheSignMeansNotJudged() {
        // q1 "don't know": had it been strongly-disagree the sign would fire on its own
        SignResult s = s1("dont-know", "yes", "disagree");
        assertThat(s.triggered()).isFalse();
        assertThat(s.unknown()).isTrue();
    }

    @Test
    void aDontKnowThatCannotReachTheCountLeavesTheSignNotPresent() {
        // q1 agree, q5 disagree are decided false; q2 unknown: at most 1 of the 2 the count needs
        SignResult s = s1("agree", "dont-know", "disagree");
        assertThat(s.triggered()).isFalse();
        assertThat(s.unknown()).isFalse();
    }

    @Test
    void twoOpenBranchesThatCouldReachTheCountMeanNotJudged() {
        // q1 agree decided false; q2 and q5 unknown: 0 to 2 of 3, and 2 would fire it
        SignResult s = s1("agree", "dont-know", "dont-know");
        assertThat(s.unknown()).isTrue();
    }

    @Test
    void anUnansweredShownQuestionCountsAsUnknownToo() {
        // q1 shown but not answered (the API allows saving without it only for optional ones; the engine treats both
        // alike)
        SignResult s = s1(null, "yes", "disagree");
        assertThat(s.triggered()).isFalse();
        assertThat(s.unknown()).isTrue();
    }

    @Test
    void aSignThatFiresIsNeverNotJudged() {
        // q2 no and q5 agree: 2 of 3 whatever q1 is
        SignResult s = s1("dont-know", "no", "agree");
        assertThat(s.triggered()).isTrue();
        assertThat(s.unknown()).isFalse();
    }
}
