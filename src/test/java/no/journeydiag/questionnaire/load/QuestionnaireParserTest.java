package no.journeydiag.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One invalid variant of fixtures/mini.yaml per validation rule. Each variant replaces whole lines,
 * so the line numbers asserted here are the fixture's own (see the file).
 */
class QuestionnaireParserTest {

    private static String mini() {
        try (InputStream in = QuestionnaireParserTest.class.getResourceAsStream("/fixtures/mini.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** mini.yaml with line {@code n} (1-based) replaced by {@code text}, for each pair given. */
    private static String miniWith(Object... lineAndText) {
        List<String> lines = new ArrayList<>(mini().lines().toList());
        for (int i = 0; i < lineAndText.length; i += 2) {
            lines.set((Integer) lineAndText[i] - 1, (String) lineAndText[i + 1]);
        }
        return String.join("\n", lines) + "\n";
    }

    private static List<Problem> problems(String yaml) {
        QuestionnaireParser.Outcome o = QuestionnaireParser.parse("mini.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        if (!o.problems().isEmpty()) {
            assertNull(o.questionnaire(), "an invalid file must not produce a questionnaire");
        }
        return o.problems();
    }

    private static void assertProblem(List<Problem> problems, int line, String fragment) {
        for (Problem p : problems) {
            if (p.line() == line && p.message().contains(fragment)) {
                assertEquals("mini.yaml", p.file());
                return;
            }
        }
        fail("expected a problem at line " + line + " containing '" + fragment + "', got " + problems);
    }

    @Test
    void theFixtureItselfIsValid() {
        assertEquals(List.of(), problems(mini()));
    }

    @Test
    void unknownKeyIsReportedWithASuggestion() {
        assertProblem(problems(miniWith(28, "        stag: act")), 28, "unknown key 'stag' in a question (did you mean 'stage'?)");
    }

    @Test
    void compareByMustNameSingleChoiceQuestions() {
        String base = mini();
        QuestionnaireParser.Outcome ok = QuestionnaireParser.parse("mini.yaml",
                (base + "compareBy: [q2]\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("q2"), ok.questionnaire().compareBy());
        List<Problem> bad = problems(base + "compareBy: [q1, size]\n");
        assertProblem(bad, 41, "compareBy 'q1' must be a single-choice question");
        assertProblem(bad, 41, "compareBy 'size' is not a question id");
    }

    @Test
    void unknownTopLevelKeyIsReported() {
        assertProblem(problems(miniWith(2, "versoin: \"1\"")), 2, "unknown key 'versoin'");
    }

    @Test
    void duplicateQuestionIdIsReported() {
        assertProblem(problems(miniWith(26, "      - id: q1")), 26, "duplicate question id 'q1'");
    }

    @Test
    void questionFeedingAnUnknownElementIsReported() {
        assertProblem(problems(miniWith(30, "        feeds: zz")), 26, "feeds unknown element 'zz'");
    }

    @Test
    void questionWithAnUnknownStageIsReported() {
        assertProblem(problems(miniWith(28, "        stage: later")), 26, "unknown stage 'later'");
    }

    @Test
    void unknownQuestionTypeIsReported() {
        assertProblem(problems(miniWith(22, "        type: slider")), 22, "unknown question type 'slider'");
    }

    @Test
    void optionPointsOutOfRangeAreReported() {
        assertProblem(problems(miniWith(34, "          - {value: y, label: {en: Y, nb: Y}, points: 101}")), 34,
                "option points must be between 0 and 100");
    }

    @Test
    void gapBetweenBandsIsReported() {
        assertProblem(problems(miniWith(10, "  - {id: high, min: 60, max: 100, label: {en: High, nb: Høy}, colour: \"#1a7f37\"}")),
                10, "gap between bands: nothing covers 50 to 60");
    }

    @Test
    void overlappingBandsAreReported() {
        assertProblem(problems(miniWith(10, "  - {id: high, min: 40, max: 100, label: {en: High, nb: Høy}, colour: \"#1a7f37\"}")),
                10, "bands overlap");
    }

    @Test
    void bandsNotReachingHundredAreReported() {
        assertProblem(problems(miniWith(10, "  - {id: high, min: 50, max: 90, label: {en: High, nb: Høy}, colour: \"#1a7f37\"}")),
                10, "bands must end at 100");
    }

    @Test
    void elementWithoutQuestionsIsReported() {
        assertProblem(problems(miniWith(25, "        feeds: []", 30, "        required: true")), 12,
                "element 'a' has no question feeding it");
    }

    @Test
    void warningSignNamingAnUnknownQuestionIsReported() {
        assertProblem(problems(miniWith(40, "    when: {question: q9, equals: x}")), 40, "unknown question 'q9'");
    }

    @Test
    void warningSignNamingAnUnknownOptionIsReported() {
        assertProblem(problems(miniWith(40, "    when: {question: q2, equals: z}")), 40, "'z' is not a value of question 'q2'");
    }

    @Test
    void warningSignNamingAnUnknownElementIsReported() {
        assertProblem(problems(miniWith(40, "    when: {element: nope, below: 40}")), 40, "unknown element 'nope'");
    }

    @Test
    void warningSignLinkingAnUnknownElementIsReported() {
        assertProblem(problems(miniWith(39, "    elements: [a, b]")), 36, "links unknown element 'b'");
    }

    @Test
    void showIfOnALaterQuestionIsAForwardReference() {
        assertProblem(problems(miniWith(25, "        showIf: {question: q2, equals: x}", 30, "        feeds: a")), 25,
                "refers to question 'q2', which is not before it");
    }

    @Test
    void showIfOnItselfIsACycle() {
        assertProblem(problems(miniWith(31, "        showIf: {question: q2, equals: x}")), 31,
                "refers to question 'q2', which is not before it");
    }

    @Test
    void showIfMayNotUseElementScores() {
        assertProblem(problems(miniWith(31, "        showIf: {element: a, below: 30}")), 31,
                "showIf may depend only on earlier answers");
    }

    @Test
    void missingTranslationForADeclaredLocaleIsReported() {
        assertProblem(problems(miniWith(4, "title: {en: Mini}")), 4, "missing the 'nb' translation");
    }

    @Test
    void plainTextCountsAsTheDefaultLocaleOnly() {
        assertProblem(problems(miniWith(24, "        text: \"First?\"")), 24, "missing the 'nb' translation");
    }

    @Test
    void malformedYamlIsReportedWithItsPosition() {
        List<Problem> problems = problems(miniWith(4, "title: {en: Mini"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("not valid YAML"), problems.toString());
        assertTrue(problems.get(0).line() >= 4, problems.toString());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Problem> problems = problems(miniWith(22, "        type: slider", 34,
                "          - {value: y, label: {en: Y, nb: Y}, points: -1}", 40, "    when: {question: q9, equals: x}"));
        assertProblem(problems, 22, "unknown question type");
        assertProblem(problems, 34, "option points must be between 0 and 100");
    }

    @Test
    void missingRecommendationForABandIsReported() {
        assertProblem(problems(miniWith(16, "      hgh: {en: Keep on, nb: Fortsett}")), 15,
                "missing required key 'high'");
    }

    @Test
    void problemsPrintAsFileLineColumnAndMessage() {
        List<Problem> problems = problems(miniWith(22, "        type: slider"));
        assertEquals("mini.yaml:22:15: unknown question type 'slider'; use likert, single, multi, yesno, scale or text",
                problems.get(0).toString());
    }
}
