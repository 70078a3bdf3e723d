package no.journeydiag.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;
import no.journeydiag.workshop.team.TeamReport.Apart;
import no.journeydiag.workshop.team.TeamReport.SignGroup;
import no.journeydiag.workshop.team.TeamReport.StageGroup;
import org.junit.jupiter.api.Test;

/**
 * The team report by function over fixtures/team.yaml (likert 0–4 points → 0, 25, 50, 75, 100).
 *
 * <pre>
 *   2 × marketing          qa strongly-agree 100     qb agree 75      lead marketing
 *   2 × customer service   qa strongly-disagree 0    qb disagree 25   lead no-one
 *   2 × operations         qa disagree 25            qb neutral 50    lead no-one
 * </pre>
 */
class ByFunctionTest {

    static Participant p(String role, String qa, String qb, String lead) {
        Map<String, Answer> a = new HashMap<>();
        a.put("qa", new Answer.Choice(qa));
        a.put("qb", new Answer.Choice(qb));
        if (lead != null) {
            a.put("lead", new Answer.Choice(lead));
        }
        return new Participant(role, a, Scoring.score(TeamFixture.Q, a));
    }

    static List<Participant> room(int each) {
        List<Participant> out = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            out.add(p("marketing", "strongly-agree", "agree", "marketing"));
        }
        for (int i = 0; i < each; i++) {
            out.add(p("customer service", "strongly-disagree", "disagree", "no-one"));
        }
        for (int i = 0; i < each; i++) {
            out.add(p("operations", "disagree", "neutral", "no-one"));
        }
        return out;
    }

    @Test
    void everyFunctionThatStandsApartFromTheRestIsNamedNotOnlyTheHighestAndLowestPair() {
        TeamReport r = TeamAggregator.aggregate(TeamFixture.Q, room(2), 2, 20, null);
        // a: marketing 100 vs rest (0+0+25+25)/4 = 12.5 → +87.5; customer service 0 vs (100+100+25+25)/4 = 62.5
        //    → −62.5; operations 25 vs (100+100+0+0)/4 = 50 → −25.
        // b: marketing 75 vs (25+25+50+50)/4 = 37.5 → +37.5; customer service 25 vs (75+75+50+50)/4 = 62.5
        //    → −37.5; operations 50 vs (75+75+25+25)/4 = 50 → 0, under the 20-point threshold: left out.
        // Largest difference first; the two 37.5s keep element-then-group order.
        assertEquals(
                List.of(
                        new Apart("a", "marketing", 100.0, 12.5, 87.5),
                        new Apart("a", "customer service", 0.0, 62.5, -62.5),
                        new Apart("b", "marketing", 75.0, 37.5, 37.5),
                        new Apart("b", "customer service", 25.0, 62.5, -37.5),
                        new Apart("a", "operations", 25.0, 50.0, -25.0)),
                r.apart());
        assertEquals(20.0, r.gapThreshold());
    }

    @Test
    void aSignIsCountedPerFunctionSoTheRoomSeesWhoItFiresFor() {
        TeamReport r = TeamAggregator.aggregate(TeamFixture.Q, room(2), 2, 20, null);
        // s1 fires when a < 50: customer service (0) and operations (25), not marketing (100).
        assertEquals(
                List.of(
                        new SignGroup("s1", "marketing", 0, 2, 0.0),
                        new SignGroup("s1", "customer service", 2, 2, 1.0),
                        new SignGroup("s1", "operations", 2, 2, 1.0)),
                r.signGroups());
        // The whole team: 4 of 6 = 0.67.
        assertEquals(4, r.signs().get(0).count());
        assertEquals(0.67, r.signs().get(0).share());
    }

    @Test
    void theOwnershipMapByFunctionShowsWhoEachFunctionThinksLeads() {
        TeamReport r = TeamAggregator.aggregate(TeamFixture.Q, room(2), 2, 20, null);
        assertEquals(
                List.of(
                        new StageGroup("lead", "marketing", 2, "marketing", 1.0),
                        new StageGroup("lead", "customer service", 2, "no-one", 1.0),
                        new StageGroup("lead", "operations", 2, "no-one", 1.0)),
                r.ownershipGroups());
    }

    @Test
    void aFunctionWithTooFewAnswersToAStageIsHiddenWithTheNextSmallestSoTheTeamCannotGiveItAway() {
        List<Participant> ps = room(3); // threshold 3: every group has 3 members
        // Two in operations skip the stage question: operations has 1 answer (< 3), hidden. Hidden alone it
        // would be the team's 7 answers minus the 6 shown = that one person, so the smallest shown group is
        // hidden too (customer service and marketing both 3: "customer service" first by name): hidden
        // 1 + 3 = 4 ≥ 3. Only marketing is shown.
        List<Participant> room = new ArrayList<>(ps.subList(0, 7));
        room.add(p("operations", "disagree", "neutral", null));
        room.add(p("operations", "disagree", "neutral", null));
        TeamReport r = TeamAggregator.aggregate(TeamFixture.Q, room, 3, 20, null);
        assertEquals(List.of(new StageGroup("lead", "marketing", 3, "marketing", 1.0)), r.ownershipGroups());
    }

    @Test
    void withoutABreakdownNothingIsShownByFunction() {
        // Threshold 3 and 2 in each function: every role folds into "other", so no group stands apart.
        TeamReport r = TeamAggregator.aggregate(TeamFixture.Q, room(2), 3, 20, null);
        assertEquals(false, r.breakdown());
        assertEquals(List.of(), r.apart());
        assertEquals(List.of(), r.signGroups());
        assertEquals(List.of(), r.ownershipGroups());
    }
}
