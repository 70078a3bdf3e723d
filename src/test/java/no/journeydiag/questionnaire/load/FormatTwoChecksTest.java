package no.journeydiag.questionnaire.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's rules for a sound format 2 diagnosis, each shown on the engine2 fixture with one thing wrong. */
class FormatTwoChecksTest {

    private static final String QUESTIONS = "sections.main.questions.";

    static YamlFixture engine2() {
        return YamlFixture.load("engine2.yaml");
    }

    static List<String> problems(YamlFixture yaml) {
        return QuestionnaireParser.parse("engine2.yaml", yaml.bytes()).problems().stream()
                .map(Problem::message)
                .toList();
    }

    @Test
    void theFixtureItselfIsValid() {
        assertThat(problems(engine2())).isEmpty();
    }

    @Test
    void aScoredQuestionWithoutDontKnowIsRefused() {
        assertThat(problems(engine2().remove(QUESTIONS + "q2.dontKnow")))
                .singleElement()
                .asString()
                .contains("question 'q2' is scored but offers neither dontKnow nor notApplicable");
    }

    @Test
    void aQuestionAboveTheMaximumShareIsRefusedUnlessMarkedDominant() {
        // b: q3 1 + q4 3 + q5 1 = 5, q4 = 3/5 = 60 % > 50 %
        assertThat(problems(engine2().set(QUESTIONS + "q4.feeds", "{b: 3}")))
                .singleElement()
                .asString()
                .contains("question 'q4' is 60 % of element 'b' (at most 50 %)");
        assertThat(problems(engine2().set(QUESTIONS + "q4.feeds", "{b: 3}").set(QUESTIONS + "q4.dominant", "true")))
                .isEmpty();
    }

    @Test
    void aSignOnTooLittleEvidenceIsRefused() {
        // only q1 and q2 left, both of element a: 2 pieces from 1 element
        assertThat(problems(engine2().remove("warningSigns.s1.when.any.1.count.2")))
                .singleElement()
                .asString()
                .contains("warning sign 's1' rests on 2 piece(s) of evidence from 1 element(s)");
    }

    @Test
    void onlyTheLastRecommendationOfABandIsWithoutCondition() {
        assertThat(problems(engine2()
                        .add("elements.a.recommendations.low", "{when: {question: q2, equals: \"no\"}, text: X}")))
                .anySatisfy(m -> assertThat(m).contains("the last entry is the default and takes no 'when'"));
    }

    @Test
    void sharesAreReportedPerElement() {
        var q = QuestionnaireParser.parse("engine2.yaml", engine2().bytes()).questionnaire();
        // a: q1, q2, q3 weight 1 each = 33 %; b: q4 2 of 4 = 50 %, q3 and q5 25 %
        assertThat(Shares.describe(q)).containsExactly("a: q1 33 %, q2 33 %, q3 33 %", "b: q4 50 %, q3 25 %, q5 25 %");
    }
}
