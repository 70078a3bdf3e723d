package no.journeydiag.workshop;

import static no.journeydiag.workshop.TeamFixture.Q;
import static no.journeydiag.workshop.TeamFixture.all;
import static no.journeydiag.workshop.TeamFixture.many;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamReport;
import no.journeydiag.workshop.team.TeamReport.FunctionChange;
import no.journeydiag.workshop.team.TeamReport.GroupChange;
import org.junit.jupiter.api.Test;

/**
 * The change since last time (threshold 3, fixtures/team.yaml: likert points 0–4 → 0, 25, 50, 75,
 * 100 on a via qa and on b via qb; sign s1 fires when a is below 50; everyone names sales as lead).
 */
class SinceTest {

    static final int T = 3;

    static TeamReport report(List<TeamAggregator.Participant> ps, TeamReport previous) {
        return TeamAggregator.aggregate(Q, ps, T, 20, previous);
    }

    /** Then: 3 sales a 75 b 75, 3 leadership a 25 b 50. */
    static TeamReport then() {
        return report(all(many(3, "sales", "agree", "agree"), many(3, "leadership", "disagree", "neutral")), null);
    }

    @Test
    void theGapNarrowsTheSignFallsAndEachFunctionsMoveIsShown() {
        // Now: 3 sales a 75 b 75, 3 leadership a 50 b 75.
        TeamReport now =
                report(all(many(3, "sales", "agree", "agree"), many(3, "leadership", "neutral", "agree")), then());
        TeamReport.SinceLast s = now.since();
        assertEquals(6, s.participantsBefore());
        assertEquals(6, s.participantsNow());
        assertEquals(List.of(new GroupChange("sales", 3, 3), new GroupChange("leadership", 3, 3)), s.groups());
        // a: then 75 − 25 = 50 (sales over leadership), now 75 − 50 = 25: narrowed by 25.
        var a = s.gaps().get(0);
        assertEquals("a", a.element());
        assertEquals(50.0, a.before().difference());
        assertEquals(25.0, a.now().difference());
        assertEquals(-25.0, a.widening());
        // b: then 75 − 50 = 25, now both 75: no gap left, so no widening figure.
        var b = s.gaps().get(1);
        assertEquals(25.0, b.before().difference());
        assertNull(b.now());
        assertNull(b.widening());
        // Sales unchanged; leadership a 25 → 50 and b 50 → 75, +25 each.
        assertEquals(
                List.of(
                        new FunctionChange("a", "sales", 75, 75, 0),
                        new FunctionChange("b", "sales", 75, 75, 0),
                        new FunctionChange("a", "leadership", 25, 50, 25),
                        new FunctionChange("b", "leadership", 50, 75, 25)),
                s.functions());
        // s1 (a below 50): then the 3 leadership of 6 = 0.5, now no one (50 is not below 50).
        assertEquals(List.of(new TeamReport.SignChange("s1", 0.5, 0.0)), s.signs());
        // Everyone names sales both times: 6 of 6 = 100 %, unchanged.
        assertEquals(List.of(new TeamReport.StageChange("lead", "sales", 1.0, "sales", 1.0, false)), s.stages());
    }

    @Test
    void aFunctionBelowTheThresholdNowIsFoldedAndNotComparedOnItsOwn() {
        TeamReport before = report(
                all(
                        many(3, "sales", "agree", "agree"),
                        many(3, "leadership", "disagree", "neutral"),
                        many(3, "product", "neutral", "neutral")),
                null);
        // Now product has 2 (< 3): "other" would hold 2, so the smallest shown role (leadership, 3, first
        // by name on the tie with sales) joins it: other = 5, and only sales is shown on its own.
        TeamReport now = report(
                all(
                        many(3, "sales", "agree", "agree"),
                        many(3, "leadership", "neutral", "agree"),
                        many(2, "product", "agree", "agree")),
                before);
        var s = now.since();
        assertEquals(
                List.of(
                        new GroupChange("sales", 3, 3),
                        new GroupChange("leadership", 3, null),
                        new GroupChange("product", 3, null),
                        new GroupChange("other", null, 5)),
                s.groups());
        assertEquals(
                List.of("sales"),
                s.functions().stream().map(FunctionChange::role).distinct().toList());
    }

    @Test
    void theKeptFiguresReadBackAsTheSameReportWithoutCommentsOrComparison() throws Exception {
        ObjectMapper json = new ObjectMapper();
        TeamReport kept = then().withoutComparison();
        TeamReport back = json.readValue(json.writeValueAsString(kept), TeamReport.class);
        assertEquals(kept, back);
        assertNull(back.since());
        // And it compares as the original does.
        var ps = all(many(3, "sales", "agree", "agree"), many(3, "leadership", "neutral", "agree"));
        assertEquals(report(ps, then()).since(), report(ps, back).since());
    }

    @Test
    void withoutAnEarlierReportOrBelowTheThresholdThereIsNoChange() {
        assertNull(then().since());
        TeamReport small = report(many(2, "sales", "agree", "agree"), null);
        assertNull(report(many(3, "sales", "agree", "agree"), small).since());
    }
}
