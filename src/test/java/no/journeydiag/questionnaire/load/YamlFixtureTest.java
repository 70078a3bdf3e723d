package no.journeydiag.questionnaire.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fixture helper the parser tests rely on: it writes the file back faithfully and finds what a path names. */
class YamlFixtureTest {

    @Test
    void anUnchangedFixtureIsWrittenBackAsTheFileReads() throws Exception {
        try (InputStream in = YamlFixtureTest.class.getResourceAsStream("/fixtures/mini.yaml")) {
            assertThat(YamlFixture.load("mini.yaml").text())
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPathThatNamesNothingIsRefusedSoNoTestChangesNothing() {
        assertThatThrownBy(() -> YamlFixture.load("mini.yaml").set("sections.s9.title", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no list item 's9'");
        assertThatThrownBy(() -> YamlFixture.load("mini.yaml").remove("sections.s1.questions.q1.colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no key 'colour'");
    }

    @Test
    void lineOfIsWhereTheParserReportsTheValue() {
        // engine2.yaml opens with a comment, which is not written back: option 'full' of q4, on line 43 of the file, is
        // on 42
        YamlFixture yaml =
                YamlFixture.load("engine2.yaml").set("sections.main.questions.q4.options.full.points", "101");
        assertThat(yaml.lineOf("sections.main.questions.q4.options.full")).isEqualTo(42);
        // column 48: 10 spaces, "- " and "{value: full, label: Full, points: " (12 + 35 characters) come before 101
        assertThat(QuestionnaireParser.parse("engine2.yaml", yaml.bytes()).problems())
                .anySatisfy(p -> assertThat(p.toString())
                        .startsWith("engine2.yaml:42:48: question 'q4': option points must be"));
    }
}
