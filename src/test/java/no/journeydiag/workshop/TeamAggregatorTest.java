package no.journeydiag.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;
import no.journeydiag.workshop.team.Discussion;
import no.journeydiag.workshop.team.Stats;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;
import no.journeydiag.workshop.team.TeamReport.ElementStats;
import no.journeydiag.workshop.team.TeamReport.GroupCount;
import no.journeydiag.workshop.team.TeamReport.ValueCount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Team statistics over fixtures/team.yaml (likert points 0–4 → element scores 0, 25, 50, 75, 100).
 * Five participants; every expected number is worked out by hand in a comment.
 *
 * <pre>
 *          role        qa (→ a)              qb (→ b)             lead
 *   P1     sales       strongly-agree 100    neutral 50           sales
 *   P2     sales       agree 75              disagree 25          sales
 *   P3     leadership  strongly-disagree 0   agree 75             marketing
 *   P4     leadership  disagree 25           strongly-agree 100   sales
 *   P5     marketing   neutral 50            don't know (–)       don't know
 * </pre>
 */
class TeamAggregatorTest {

    static Questionnaire q;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = TeamAggregatorTest.class.getResourceAsStream("/fixtures/team.yaml")) {
            var outcome = QuestionnaireParser.parse("team.yaml", in.readAllBytes());
            assertEquals(List.of(), outcome.problems());
            q = outcome.questionnaire();
        }
    }

    static Participant p(String role, String qa, String qb, String lead) {
        Map<String, Answer> a = new HashMap<>();
        a.put("qa", new Answer.Choice(qa));
        a.put("qb", qb.equals("dont-know") ? new Answer.DontKnow() : new Answer.Choice(qb));
        a.put("lead", lead.equals("dont-know") ? new Answer.DontKnow() : new Answer.Choice(lead));
        return new Participant(role, a, Scoring.score(q, a));
    }

    static List<Participant> team() {
        return List.of(
                p("sales", "strongly-agree", "neutral", "sales"),
                p("sales", "agree", "disagree", "sales"),
                p("leadership", "strongly-disagree", "agree", "marketing"),
                p("leadership", "disagree", "strongly-agree", "sales"),
                p("marketing", "neutral", "dont-know", "dont-know"));
    }

    static TeamReport report(int threshold) {
        return TeamAggregator.aggregate(q, team(), threshold, 20, null);
    }

    @Test
    void elementStatisticsAreMeanMedianRangeAndPopulationSd() {
        ElementStats a = report(2).elements().get(0);
        // a: 100, 75, 0, 25, 50 → mean 50, median 50; squared deviations 2500+625+2500+625+0 = 6250,
        // /5 = 1250, √ = 35.36 → 35.4; agreement 1 − 35.36/50 = 0.29.
        assertEquals("a", a.element());
        assertEquals(5, a.n());
        assertEquals(50.0, a.mean());
        assertEquals(50.0, a.median());
        assertEquals(0.0, a.min());
        assertEquals(100.0, a.max());
        assertEquals(35.4, a.sd());
        assertEquals(0.29, a.agreement());
        assertEquals(List.of(0.0, 25.0, 50.0, 75.0, 100.0), a.scores());

        ElementStats b = report(2).elements().get(1);
        // b: P5 said don't know, so 50, 25, 75, 100 → mean 62.5, median (50+75)/2 = 62.5;
        // deviations ±12.5, ±37.5 → (156.25×2 + 1406.25×2)/4 = 781.25, √ = 27.95 → 28.0; agreement 1 − 27.95/50 = 0.44.
        assertEquals(4, b.n());
        assertEquals(62.5, b.mean());
        assertEquals(62.5, b.median());
        assertEquals(25.0, b.min());
        assertEquals(28.0, b.sd());
        assertEquals(0.44, b.agreement());
        assertEquals("high", b.band());
    }

    @Test
    void agreementIsOneForIdenticalScoresAndZeroForTwoOppositeCamps() {
        assertEquals(1.0, Stats.agreement(Stats.sd(List.of(60.0, 60.0, 60.0))));
        assertEquals(0.0, Stats.agreement(Stats.sd(List.of(0.0, 100.0, 0.0, 100.0))));
    }

    @Test
    void coverageAndOverallAreAveragedOverParticipants() {
        TeamReport r = report(2);
        // P5 answered 1 of 2 scored questions, everyone else 2 of 2: (4 × 1 + 0.5) / 5 = 0.9.
        assertEquals(0.9, r.coverage());
        // Overall per person (a and b weigh 1 each): 75, 50, 37.5, 62.5, 50 (a only) → 275/5 = 55.
        assertEquals(55.0, r.overallMean());
    }

    @Test
    void whileOtherIsStillBelowTheThresholdTheSmallestShownRoleJoinsIt() {
        TeamReport r = report(2);
        // marketing (1) < 2 → other = {P5}, still below 2 → the smallest shown role joins it:
        // sales 2 and leadership 2 tie, the first by name (leadership) goes → other = {P3, P4, P5}.
        assertEquals(
                List.of(
                        new GroupCount("sales", 2, List.of()),
                        new GroupCount("other", 3, List.of("leadership", "marketing"))),
                r.groups());
        assertTrue(r.breakdown());
        assertEquals(
                List.of("sales", "other"),
                r.heatmap().stream().map(TeamReport.RoleRow::role).toList());
        // sales a (100+75)/2 = 87.5, b (50+25)/2 = 37.5; other a (0+25+50)/3 = 25, b (75+100)/2 = 87.5 (P5: don't
        // know).
        assertEquals(Map.of("a", 87.5, "b", 37.5), r.heatmap().get(0).means());
        assertEquals(Map.of("a", 25.0, "b", 87.5), r.heatmap().get(1).means());
    }

    @Test
    void withThresholdThreeEveryRoleIsFoldedIntoOneOtherGroupAndThereIsNoBreakdown() {
        TeamReport r = report(3);
        // sales 2, leadership 2, marketing 1: all below 3, so all in other (5).
        assertEquals(List.of(new GroupCount("other", 5, List.of("leadership", "marketing", "sales"))), r.groups());
        assertFalse(r.breakdown());
        assertEquals(List.of(), r.heatmap());
        assertEquals(List.of(), r.gaps());
    }

    @Test
    void belowTheThresholdOverallOnlyTheCountIsReported() {
        TeamReport r = report(6);
        assertTrue(r.belowThreshold());
        assertEquals(5, r.participants());
        assertEquals(List.of(), r.elements());
        assertEquals(List.of(), r.groups());
        assertEquals(List.of(), r.heatmap());
        assertEquals(List.of(), r.prompts());
        assertEquals(List.of(), r.ownership());
    }

    @Test
    void perceptionGapsAreTheWidestRoleDifferencesLargestFirstAndFlaggedFromTheThreshold() {
        List<TeamReport.Gap> gaps = report(2).gaps();
        // Groups sales and other (see above). a: sales 87.5 − other 25 = 62.5; b: other 87.5 − sales 37.5 = 50.
        assertEquals(new TeamReport.Gap("a", "sales", 87.5, "other", 25.0, 62.5, true), gaps.get(0));
        assertEquals(new TeamReport.Gap("b", "other", 87.5, "sales", 37.5, 50.0, true), gaps.get(1));
        List<TeamReport.Gap> strict =
                TeamAggregator.aggregate(q, team(), 2, 60, null).gaps();
        assertTrue(strict.get(0).flagged());
        assertFalse(strict.get(1).flagged()); // 50 < 60
    }

    @Test
    void signSharesCountParticipantsAndTheTeamSignUsesAggregatedAnswers() {
        TeamReport.SignShare s1 = report(2).signs().get(0);
        // s1 fires when a < 50: for P3 (0) and P4 (25) → 2 of 5 = 0.4. The team's qa is the lower
        // median of 0,1,2,3,4 points = neutral → a = 50, not below 50: the team sign does not fire.
        assertEquals(new TeamReport.SignShare("s1", 2, 0.4, false), s1);
    }

    @Test
    void improveFirstRanksTeamMeansByWeightedGap() {
        // No team sign; weight × (100 − mean): a 1 × 50 = 50, b 1 × 37.5 = 37.5 → a, then b.
        assertEquals(
                List.of("a", "b"),
                report(2).improveFirst().stream().map(p -> p.element()).toList());
    }

    @Test
    void discussionPromptsOrderQuestionsByNormalisedSpreadOfPoints() {
        // The questions answered apart; the gaps, stages and signs among the prompts are in DiscussionTest.
        List<TeamReport.Prompt> prompts = report(2).prompts().stream()
                .filter(p -> p.kind().equals(Discussion.ITEM))
                .toList();
        // qa points 4,3,0,1,2: mean 2, SD √(10/5) = 1.414, ÷ (4/2) = 0.71.
        // qb points 2,1,3,4 (P5 don't know): mean 2.5, SD √(5/4) = 1.118, ÷ 2 = 0.56. lead is not scored.
        assertEquals(
                List.of("qa", "qb"),
                prompts.stream().map(TeamReport.Prompt::question).toList());
        assertEquals(0.71, prompts.get(0).spread());
        assertEquals(0.56, prompts.get(1).spread());
        assertEquals(5, prompts.get(1).n());
        assertEquals(
                List.of(
                        new ValueCount("strongly-disagree", 0),
                        new ValueCount("disagree", 1),
                        new ValueCount("neutral", 1),
                        new ValueCount("agree", 1),
                        new ValueCount("strongly-agree", 1),
                        new ValueCount("dont-know", 1)),
                prompts.get(1).distribution());
    }

    @Test
    void ownershipConsensusIsTheShareNamingTheMostNamedFunction() {
        TeamReport.StageConsensus lead = report(2).ownership().get(0);
        // sales 3, marketing 1, don't know 1 → sales leads, 3/5 = 0.6 ≥ 0.5: agreed.
        assertEquals("sales", lead.leading());
        assertEquals(5, lead.n());
        assertEquals(0.6, lead.agreement());
        assertTrue(lead.agreed());
        assertEquals(
                List.of(
                        new ValueCount("marketing", 1),
                        new ValueCount("sales", 3),
                        new ValueCount("no-one", 0),
                        new ValueCount("dont-know", 1)),
                lead.distribution());
    }

    @Test
    void aStageOrPromptWithFewerAnswersThanTheThresholdShowsNoDistribution() {
        // Threshold 5 over the five: qb has 5 answers (one "don't know"), lead 5 → both shown.
        assertTrue(TeamAggregator.aggregate(q, team(), 5, 20, null)
                .ownership()
                .get(0)
                .enoughAnswers());
        List<Participant> four = team().subList(0, 4);
        List<Participant> withoutLead = new java.util.ArrayList<>(four);
        Map<String, Answer> noLead =
                new HashMap<>(Map.of("qa", new Answer.Choice("agree"), "qb", new Answer.Choice("agree")));
        withoutLead.add(new Participant("sales", noLead, Scoring.score(q, noLead)));
        // Now only 4 of 5 answered "lead": 4 < 5, so only the count is given.
        TeamReport.StageConsensus lead = TeamAggregator.aggregate(q, withoutLead, 5, 20, null)
                .ownership()
                .get(0);
        assertFalse(lead.enoughAnswers());
        assertEquals(4, lead.n());
        assertEquals(null, lead.leading());
        assertEquals(List.of(), lead.distribution());
    }

    @Test
    void aStageWhereTheMostNamedAnswerIsNoOneIsNotAgreedHoweverManySayIt() {
        List<Participant> team = List.of(
                p("x", "agree", "agree", "no-one"),
                p("x", "agree", "agree", "no-one"),
                p("x", "agree", "agree", "sales"));
        TeamReport.StageConsensus lead =
                TeamAggregator.aggregate(q, team, 1, 20, null).ownership().get(0);
        assertEquals("no-one", lead.leading());
        assertEquals(0.67, lead.agreement());
        assertFalse(lead.agreed());
    }

    @Test
    void changeSinceTheLinkedWorkshopIsTheDifferenceOfTeamMeans() {
        // Earlier team: everyone answered qa disagree (25) and qb agree (75).
        List<Participant> before = List.of(p("x", "disagree", "agree", "sales"), p("x", "disagree", "agree", "sales"));
        TeamReport earlier = TeamAggregator.aggregate(q, before, 2, 20, null);
        List<TeamReport.Change> changes =
                TeamAggregator.aggregate(q, team(), 2, 20, earlier).changes();
        // a: 50 − 25 = +25; b: 62.5 − 75 = −12.5.
        assertEquals(
                List.of(new TeamReport.Change("a", 25.0, 50.0, 25.0), new TeamReport.Change("b", 75.0, 62.5, -12.5)),
                changes);
    }
}
