package no.journeydiag.questionnaire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One invalid variant of fixtures/mini.yaml per validation rule: each test changes one thing by
 * YAML path and expects the problem on the line where that thing is written.
 */
class QuestionnaireParserTest {

    private static final String Q1 = "sections.s1.questions.q1";
    private static final String Q2 = "sections.s1.questions.q2";
    private static final String W1 = "warningSigns.w1";

    private static YamlFixture mini() {
        return YamlFixture.load("mini.yaml");
    }

    private static List<Problem> problems(YamlFixture yaml) {
        QuestionnaireParser.Outcome o = QuestionnaireParser.parse("mini.yaml", yaml.bytes());
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
        YamlFixture yaml = mini().rename(Q2 + ".stage", "stag");
        assertProblem(
                problems(yaml), yaml.lineOf(Q2 + ".stag"), "unknown key 'stag' in a question (did you mean 'stage'?)");
    }

    @Test
    void compareByMustNameSingleChoiceQuestions() {
        QuestionnaireParser.Outcome ok = QuestionnaireParser.parse(
                "mini.yaml", mini().set("compareBy", "[q2]").bytes());
        assertEquals(List.of("q2"), ok.questionnaire().compareBy());
        YamlFixture yaml = mini().set("compareBy", "[q1, size]");
        List<Problem> bad = problems(yaml);
        assertProblem(bad, yaml.lineOf("compareBy"), "compareBy 'q1' must be a single-choice question");
        assertProblem(bad, yaml.lineOf("compareBy"), "compareBy 'size' is not a question id");
    }

    @Test
    void unknownTopLevelKeyIsReported() {
        YamlFixture yaml = mini().rename("version", "versoin");
        assertProblem(problems(yaml), yaml.lineOf("versoin"), "unknown key 'versoin'");
    }

    @Test
    void duplicateQuestionIdIsReported() {
        YamlFixture yaml = mini().set(Q2 + ".id", "q1");
        assertProblem(problems(yaml), yaml.lineOf("sections.s1.questions.1"), "duplicate question id 'q1'");
    }

    @Test
    void questionFeedingAnUnknownElementIsReported() {
        YamlFixture yaml = mini().set(Q2 + ".feeds", "zz");
        assertProblem(problems(yaml), yaml.lineOf(Q2), "feeds unknown element 'zz'");
    }

    @Test
    void questionWithAnUnknownStageIsReported() {
        YamlFixture yaml = mini().set(Q2 + ".stage", "later");
        assertProblem(problems(yaml), yaml.lineOf(Q2), "unknown stage 'later'");
    }

    @Test
    void unknownQuestionTypeIsReported() {
        YamlFixture yaml = mini().set(Q1 + ".type", "slider");
        assertProblem(problems(yaml), yaml.lineOf(Q1 + ".type"), "unknown question type 'slider'");
    }

    @Test
    void optionPointsOutOfRangeAreReported() {
        YamlFixture yaml = mini().set(Q2 + ".options.y.points", "101");
        assertProblem(problems(yaml), yaml.lineOf(Q2 + ".options.y"), "option points must be between 0 and 100");
    }

    @Test
    void gapBetweenBandsIsReported() {
        YamlFixture yaml = mini().set("bands.high.min", "60");
        assertProblem(problems(yaml), yaml.lineOf("bands.high"), "gap between bands: nothing covers 50 to 60");
    }

    @Test
    void overlappingBandsAreReported() {
        YamlFixture yaml = mini().set("bands.high.min", "40");
        assertProblem(problems(yaml), yaml.lineOf("bands.high"), "bands overlap");
    }

    @Test
    void bandsNotReachingHundredAreReported() {
        YamlFixture yaml = mini().set("bands.high.max", "90");
        assertProblem(problems(yaml), yaml.lineOf("bands.high"), "bands must end at 100");
    }

    @Test
    void elementWithoutQuestionsIsReported() {
        YamlFixture yaml = mini().set(Q1 + ".feeds", "[]").remove(Q2 + ".feeds");
        assertProblem(problems(yaml), yaml.lineOf("elements.a"), "element 'a' has no question feeding it");
    }

    @Test
    void warningSignNamingAnUnknownQuestionIsReported() {
        YamlFixture yaml = mini().set(W1 + ".when", "{question: q9, equals: x}");
        assertProblem(problems(yaml), yaml.lineOf(W1 + ".when"), "unknown question 'q9'");
    }

    @Test
    void warningSignNamingAnUnknownOptionIsReported() {
        YamlFixture yaml = mini().set(W1 + ".when", "{question: q2, equals: z}");
        assertProblem(problems(yaml), yaml.lineOf(W1 + ".when"), "'z' is not a value of question 'q2'");
    }

    @Test
    void warningSignNamingAnUnknownElementIsReported() {
        YamlFixture yaml = mini().set(W1 + ".when", "{element: nope, below: 40}");
        assertProblem(problems(yaml), yaml.lineOf(W1 + ".when"), "unknown element 'nope'");
    }

    @Test
    void warningSignLinkingAnUnknownElementIsReported() {
        YamlFixture yaml = mini().set(W1 + ".elements", "[a, b]");
        assertProblem(problems(yaml), yaml.lineOf(W1), "links unknown element 'b'");
    }

    @Test
    void showIfOnALaterQuestionIsAForwardReference() {
        YamlFixture yaml = mini().set(Q1 + ".showIf", "{question: q2, equals: x}");
        assertProblem(problems(yaml), yaml.lineOf(Q1 + ".showIf"), "refers to question 'q2', which is not before it");
    }

    @Test
    void showIfOnItselfIsACycle() {
        YamlFixture yaml = mini().set(Q2 + ".showIf", "{question: q2, equals: x}");
        assertProblem(problems(yaml), yaml.lineOf(Q2 + ".showIf"), "refers to question 'q2', which is not before it");
    }

    @Test
    void showIfMayNotUseElementScores() {
        YamlFixture yaml = mini().set(Q2 + ".showIf", "{element: a, below: 30}");
        assertProblem(problems(yaml), yaml.lineOf(Q2 + ".showIf"), "showIf may depend only on earlier answers");
    }

    @Test
    void missingTranslationForADeclaredLocaleIsReported() {
        YamlFixture yaml = mini().set("title", "{en: Mini}");
        assertProblem(problems(yaml), yaml.lineOf("title"), "missing the 'nb' translation");
    }

    @Test
    void plainTextCountsAsTheDefaultLocaleOnly() {
        YamlFixture yaml = mini().set(Q1 + ".text", "\"First?\"");
        assertProblem(problems(yaml), yaml.lineOf(Q1 + ".text"), "missing the 'nb' translation");
    }

    @Test
    void malformedYamlIsReportedWithItsPosition() {
        YamlFixture yaml = mini().set("title", "{en: Mini");
        List<Problem> problems = problems(yaml);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("not valid YAML"), problems.toString());
        assertTrue(problems.get(0).line() >= yaml.lineOf("title"), problems.toString());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        YamlFixture yaml = mini().set(Q1 + ".type", "slider")
                .set(Q2 + ".options.y.points", "-1")
                .set(W1 + ".when", "{question: q9, equals: x}");
        List<Problem> problems = problems(yaml);
        assertProblem(problems, yaml.lineOf(Q1 + ".type"), "unknown question type");
        assertProblem(problems, yaml.lineOf(Q2 + ".options.y"), "option points must be between 0 and 100");
    }

    @Test
    void missingRecommendationForABandIsReported() {
        YamlFixture yaml = mini().rename("elements.a.recommendations.high", "hgh");
        assertProblem(problems(yaml), yaml.lineOf("elements.a.recommendations"), "missing required key 'high'");
    }

    @Test
    void anInvalidBandIdIsReportedOnItsBandAndTheRestIsStillChecked() {
        YamlFixture yaml = mini().set("bands.high.id", "High");
        List<Problem> problems = problems(yaml);
        assertProblem(problems, yaml.lineOf("bands.High"), "band id 'High' must use only a-z, 0-9 and '-'");
        // the element's recommendation for 'high' now names no band
        assertProblem(
                problems, yaml.lineOf("elements.a.recommendations.high"), "unknown key 'high' in recommendations");
    }

    @Test
    void aScoringShareThatIsNotANumberIsReported() {
        YamlFixture yaml = mini().set("scoring", "{maxItemShare: lots}");
        assertProblem(problems(yaml), yaml.lineOf("scoring"), "maxItemShare must be a number");
    }

    @Test
    void aPrioritiesCountThatIsNotANumberIsReported() {
        YamlFixture yaml = mini().set("priorities", "{count: three}");
        assertProblem(problems(yaml), yaml.lineOf("priorities"), "priorities count must be a whole number");
    }

    @Test
    void anInvalidTopBandIdInFormatTwoIsReported() {
        // format 2 skips the top band in "improve first" by default, which needs its id
        YamlFixture yaml = YamlFixture.load("engine2.yaml").remove("priorities").set("bands.top.id", "Top");
        List<Problem> problems =
                QuestionnaireParser.parse("engine2.yaml", yaml.bytes()).problems();
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.line() == yaml.lineOf("bands.Top")
                                && p.message().startsWith("band id 'Top' must use only")),
                problems.toString());
    }

    @Test
    void problemsPrintAsFileLineColumnAndMessage() {
        YamlFixture yaml = mini().set(Q1 + ".type", "slider");
        List<Problem> problems = problems(yaml);
        // column 15: the value follows eight spaces of indent and "type: " (14 characters)
        assertEquals(
                "mini.yaml:" + yaml.lineOf(Q1 + ".type")
                        + ":15: unknown question type 'slider'; use likert, single, multi," + " yesno, scale or text",
                problems.get(0).toString());
    }
}
