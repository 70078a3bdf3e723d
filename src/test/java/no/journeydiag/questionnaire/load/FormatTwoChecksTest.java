package no.journeydiag.questionnaire.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validator's rules for a sound format 2 diagnosis, each shown on the engine2 fixture with one thing wrong. */
class FormatTwoChecksTest {

    static String fixture;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = FormatTwoChecksTest.class.getResourceAsStream("/fixtures/engine2.yaml")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> problems(String from, String to) {
        assertThat(fixture).contains(from);
        return QuestionnaireParser.parse("engine2.yaml", fixture.replace(from, to).getBytes(StandardCharsets.UTF_8)).problems()
                .stream().map(Problem::message).toList();
    }

    @Test
    void theFixtureItselfIsValid() {
        assertThat(QuestionnaireParser.parse("engine2.yaml", fixture.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
    }

    @Test
    void aScoredQuestionWithoutDontKnowIsRefused() {
        assertThat(problems("{id: q2, type: yesno, stage: act, text: Q2, feeds: a, dontKnow: true}",
                "{id: q2, type: yesno, stage: act, text: Q2, feeds: a}"))
                .singleElement().asString().contains("question 'q2' is scored but offers neither dontKnow nor notApplicable");
    }

    @Test
    void aQuestionAboveTheMaximumShareIsRefusedUnlessMarkedDominant() {
        // b: q3 1 + q4 3 + q5 1 = 5, q4 = 3/5 = 60 % > 50 %
        assertThat(problems("feeds: {b: 2}", "feeds: {b: 3}"))
                .singleElement().asString().contains("question 'q4' is 60 % of element 'b' (at most 50 %)");
        assertThat(problems("feeds: {b: 2}", "feeds: {b: 3}\n        dominant: true")).isEmpty();
    }

    @Test
    void aSignOnTooLittleEvidenceIsRefused() {
        // only q1 and q2 left, both of element a: 2 pieces from 1 element
        assertThat(problems("            - {question: q5, in: [agree, strongly-agree]}\n", ""))
                .singleElement().asString().contains("warning sign 's1' rests on 2 piece(s) of evidence from 1 element(s)");
    }

    @Test
    void onlyTheLastRecommendationOfABandIsWithoutCondition() {
        assertThat(problems("        - {text: Raise A}", "        - {text: Raise A}\n        - {when: {question: q2, equals: \"no\"}, text: X}"))
                .anySatisfy(m -> assertThat(m).contains("the last entry is the default and takes no 'when'"));
    }

    @Test
    void sharesAreReportedPerElement() {
        var q = QuestionnaireParser.parse("engine2.yaml", fixture.getBytes(StandardCharsets.UTF_8)).questionnaire();
        // a: q1, q2, q3 weight 1 each = 33 %; b: q4 2 of 4 = 50 %, q3 and q5 25 %
        assertThat(Shares.describe(q)).containsExactly("a: q1 33 %, q2 33 %, q3 33 %", "b: q4 50 %, q3 25 %, q5 25 %");
    }
}
