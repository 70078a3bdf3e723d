package no.journeydiag.workshop;

import static no.journeydiag.workshop.TeamFixture.Q;
import static no.journeydiag.workshop.TeamFixture.all;
import static no.journeydiag.workshop.TeamFixture.many;
import static no.journeydiag.workshop.TeamFixture.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;
import no.journeydiag.workshop.team.TeamReport.GroupCount;
import org.junit.jupiter.api.Test;

/** No shown group or cell stands for fewer than the threshold, alone or subtracted from the team (fixtures/team.yaml). */
class AnonymityTest {

    @Test
    void aLoneLeaderFoldedIntoOtherTakesTheSmallestRoleWithItSoNoGroupCanBeSubtractedToFindThem() {
        // Threshold 5: marketing 5 (qa agree = 75), sales 5 (neutral = 50), leadership 1 (strongly agree = 100).
        List<Participant> team = all(
                many(5, "marketing", "agree", "agree"),
                many(5, "sales", "neutral", "agree"),
                many(1, "leadership", "strongly-agree", "agree"));
        TeamReport r = TeamAggregator.aggregate(Q, team, 5, 20, null);
        // Folding only leadership would give other = {the leader}, and 11 × team − 5 × marketing − 5 × sales = the
        // leader.
        // So the smallest shown role joins other too (marketing and sales tie at 5: marketing first by name).
        assertEquals(
                List.of(
                        new GroupCount("sales", 5, List.of()),
                        new GroupCount("other", 6, List.of("leadership", "marketing"))),
                r.groups());
        // a: team (5 × 75 + 5 × 50 + 100) / 11 = 725 / 11 = 65.9; sales 50; other (5 × 75 + 100) / 6 = 79.2.
        assertEquals(65.9, r.elements().get(0).mean());
        assertEquals(
                List.of(Map.of("a", 50.0, "b", 75.0), Map.of("a", 79.2, "b", 75.0)),
                r.heatmap().stream().map(TeamReport.RoleRow::means).toList());
        // Whatever shown groups are taken from the team, the rest is nobody or at least 5 people.
        int shownTotal = r.groups().stream().mapToInt(GroupCount::count).sum();
        assertEquals(11, shownTotal);
        for (GroupCount g : r.groups()) {
            assertTrue(g.count() >= 5, g.toString());
            int rest = 11 - g.count();
            assertTrue(rest == 0 || rest >= 5, "team minus " + g.role() + " leaves " + rest);
        }
    }

    @Test
    void whenHiddenCellsHoldFewerThanTheThresholdTheNextSmallestCellIsHiddenToo() {
        // Threshold 2. b: sales 2 scores (agree 75), leadership 1 (neutral 50; the other said don't know), marketing 2
        // (disagree 25).
        List<Participant> team = all(
                many(2, "sales", "agree", "agree"),
                List.of(p("leadership", "agree", "neutral"), p("leadership", "agree", "dont-know")),
                many(2, "marketing", "agree", "disagree"));
        TeamReport r = TeamAggregator.aggregate(Q, team, 2, 20, null);
        assertEquals(
                List.of("sales", "leadership", "marketing"),
                r.heatmap().stream().map(TeamReport.RoleRow::role).toList());
        // leadership's b cell (1 score) is hidden; then team b − sales b − marketing b would be that one score,
        // so the smaller of sales and marketing (a tie at 2: marketing first by name) is hidden too: 1 + 2 = 3 hidden
        // scores.
        assertEquals(Map.of("a", 75.0, "b", 75.0), r.heatmap().get(0).means());
        assertEquals(Map.of("a", 75.0), r.heatmap().get(1).means());
        assertEquals(Map.of("a", 75.0), r.heatmap().get(2).means());
        // The team's b has 5 scores: (2 × 75 + 50 + 2 × 25) / 5 = 250 / 5 = 50.
        assertEquals(5, r.elements().get(1).n());
        assertEquals(50.0, r.elements().get(1).mean());
    }

    @Test
    void anElementEveryoneAnsweredDontKnowIsNotEnoughAnswersAndLeavesNothingOut() {
        List<Participant> team =
                all(many(3, "sales", "agree", "dont-know"), many(3, "product", "disagree", "dont-know"));
        TeamReport r = TeamAggregator.aggregate(Q, team, 3, 20, null);
        TeamReport.ElementStats b = r.elements().get(1);
        assertEquals("b", b.element());
        assertFalse(b.enoughAnswers());
        assertEquals(0, b.n());
        assertNull(b.mean());
        assertEquals(List.of(), b.scores());
        // Overall per person is a alone: 3 × 75 + 3 × 25 = 300, / 6 = 50.
        assertEquals(50.0, r.overallMean());
        assertTrue(r.heatmap().stream().noneMatch(row -> row.means().containsKey("b")));
        assertEquals(
                List.of("a"), r.improveFirst().stream().map(x -> x.element()).toList());
    }

    @Test
    void aTeamElementNeedsAtLeastTheThresholdOfScores() {
        // Threshold 3 over 4 people, 2 of whom have a b score: a is shown (4), b is not (2 < 3).
        List<Participant> team = all(many(2, "x", "agree", "agree"), many(2, "x", "agree", "dont-know"));
        TeamReport r = TeamAggregator.aggregate(Q, team, 3, 20, null);
        assertTrue(r.elements().get(0).enoughAnswers());
        assertFalse(r.elements().get(1).enoughAnswers());
        assertEquals(2, r.elements().get(1).n());
    }
}
