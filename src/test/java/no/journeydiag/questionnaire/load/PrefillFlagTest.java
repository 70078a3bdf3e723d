package no.journeydiag.questionnaire.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code prefill: true} on a question: read into the model, off by default, refused where it cannot be safe. */
class PrefillFlagTest {

    @Test
    void aQuestionMarkedPrefillCarriesTheFlagAndTheOthersDoNot() {
        YamlFixture yaml = YamlFixture.load("engine.yaml").set("sections.main.questions.q5.prefill", "true");
        QuestionnaireParser.Outcome o = QuestionnaireParser.parse("engine.yaml", yaml.bytes());
        assertThat(o.problems()).isEmpty();
        assertThat(o.questionnaire().question("q5").prefill()).isTrue();
        assertThat(o.questionnaire().question("q6").prefill()).isFalse();
    }

    @Test
    void prefillOnATextQuestionOrAValueThatIsNotABooleanIsAProblemOnItsLine() {
        YamlFixture yaml = YamlFixture.load("engine.yaml")
                .set("sections.main.questions.t1.prefill", "true")
                .set("sections.main.questions.q6.prefill", "sometimes");
        QuestionnaireParser.Outcome o = QuestionnaireParser.parse("engine.yaml", yaml.bytes());
        assertThat(o.questionnaire()).isNull();
        assertThat(o.problems())
                .anySatisfy(p -> assertThat(p.message())
                        .contains("question 't1' is a text question")
                        .contains("prefill only questions with options or a scale"));
        assertThat(o.problems()).anySatisfy(p -> assertThat(p.message()).contains("prefill"));
        assertThat(o.problems()).hasSize(2);
    }

    @Test
    void theShippedJourneyOwnershipLetsAHostPagePrefillOnlyTheOrganisationSize() {
        var q = QuestionnaireLoader.loadDirectory(java.nio.file.Path.of("questionnaires")).questionnaires().stream()
                .filter(x -> x.id().equals("journey-ownership"))
                .findFirst()
                .orElseThrow();
        assertThat(q.questions().stream().filter(x -> x.prefill()).map(x -> x.id()))
                .containsExactly("organisation-size");
    }
}
