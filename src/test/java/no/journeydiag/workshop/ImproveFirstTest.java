package no.journeydiag.workshop;

import static no.journeydiag.workshop.FocusFixture.Q;
import static no.journeydiag.workshop.FocusFixture.many;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import no.journeydiag.workshop.team.ImproveFirst;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;
import no.journeydiag.workshop.team.TeamReport.Focus;
import no.journeydiag.workshop.team.TeamReport.Reason;
import org.junit.jupiter.api.Test;

/**
 * "Improve first" over fixtures/focus.yaml: priority = weight × ((100 − mean) + ½ × disagreement
 * + ½ × ownership + ½ × 100 × sign share), every number below worked out by hand.
 */
class ImproveFirstTest {

    @SafeVarargs
    static List<Participant> all(List<Participant>... parts) {
        List<Participant> out = new ArrayList<>();
        for (List<Participant> p : parts) {
            out.addAll(p);
        }
        return out;
    }

    @Test
    void anEightyPointSplitBetweenFunctionsPutsMandateAheadOfALowerMeanEveryoneAgreesOn() {
        // Marketing 6 × 90 on mandate, customer service and operations 3 × 10 each; value-ownership (4 + 5) ÷ 20 = 45
        // for all twelve.
        List<Participant> team = all(
                many(6, "marketing", 9, 4, 5, null),
                many(3, "customer service", 1, 4, 5, null),
                many(3, "operations", 1, 4, 5, null));
        TeamReport r = TeamAggregator.aggregate(Q, team, 3, 20, null);
        // mandate: mean (6 × 90 + 6 × 10) ÷ 12 = 50; widest gap marketing 90 − customer service 10 = 80 (operations
        // ties at 10, the first lowest stays); SD 40, 2 × 40 = 80: disagreement 80. weak-mandate (below 50) fires for
        // the six at 10: 6 ÷ 12 = 0.5. Priority 50 + ½ × 80 + ½ × 100 × 0.5 = 50 + 40 + 25 = 115.
        // value-ownership: mean 45, SD 0, no gap, no sign: 100 − 45 = 55. The old rule (100 − mean alone; the sign
        // does not fire on the team's combined answers, median 5 → 50) would have put value-ownership first.
        assertThat(r.improveFirst())
                .extracting(Focus::element, Focus::score, Focus::priority)
                .containsExactly(tuple("mandate", 50.0, 115.0), tuple("value-ownership", 45.0, 55.0));
        assertThat(r.improveFirst().get(0).reasons())
                .containsExactly(
                        new Reason(ImproveFirst.SPLIT, null, 40.0, "marketing", "customer service", 80.0, null, null),
                        new Reason(ImproveFirst.SIGN, "weak-mandate", 25.0, null, null, 0.5, 6, 12));
        assertThat(r.improveFirst().get(0).signs()).containsExactly("weak-mandate");
        // Nothing but its mean speaks for value-ownership.
        assertThat(r.improveFirst().get(1).reasons())
                .containsExactly(new Reason(ImproveFirst.LOW, "low", 55.0, null, null, 45.0, null, null));
    }

    @Test
    void aStageNoOneLeadsMovesTheElementItFeedsAheadOfAnotherWithTheSameMeans() {
        // Six in one role, everyone qm 5 and qv 5 + 5: mandate (5 + 1) ÷ (10 + 1) = 54.5 (every lead scores 1 of 1),
        // value-ownership 10 ÷ 20 = 50. Only who they name for Leave differs between the two teams.
        List<Participant> agreed = many(6, "team", 5, 5, 5, "marketing");
        List<Participant> hole = all(many(4, "team", 5, 5, 5, "no-one"), many(2, "team", 5, 5, 5, "marketing"));
        // Agreed on marketing: mandate 100 − 54.5 = 45.5 < value-ownership 100 − 50 = 50.
        assertThat(TeamAggregator.aggregate(Q, agreed, 3, 20, null).improveFirst())
                .extracting(Focus::element, Focus::priority)
                .containsExactly(tuple("value-ownership", 50.0), tuple("mandate", 45.5));
        // Four of six say no one: 4 ÷ 6 = 0.67 ≥ a third; ownership 100 × 0.67 = 67, ½ × 67 = 33.5: 45.5 + 33.5 = 79.
        TeamReport r = TeamAggregator.aggregate(Q, hole, 3, 20, null);
        assertThat(r.improveFirst())
                .extracting(Focus::element, Focus::priority)
                .containsExactly(tuple("mandate", 79.0), tuple("value-ownership", 50.0));
        assertThat(r.improveFirst().get(0).reasons())
                .containsExactly(new Reason(ImproveFirst.HOLE, "lead", 33.5, null, null, 0.67, 4, 6));
    }

    @Test
    void aHoleNamedByFewerThanTheThresholdIsGivenWithoutItsCount() {
        // Two of six say no one: 2 ÷ 6 = 0.33, a third: a hole, but 2 < threshold 3, so no count (and no "of").
        // ½ × 100 × 0.33 = 16.5; mandate 45.5 + 16.5 = 62.
        List<Participant> team = all(many(2, "team", 5, 5, 5, "no-one"), many(4, "team", 5, 5, 5, "marketing"));
        Focus mandate =
                TeamAggregator.aggregate(Q, team, 3, 20, null).improveFirst().get(0);
        assertThat(mandate.element()).isEqualTo("mandate");
        assertThat(mandate.priority()).isEqualTo(62.0);
        assertThat(mandate.reasons())
                .containsExactly(new Reason(ImproveFirst.HOLE, "lead", 16.5, null, null, 0.33, null, 6));
    }

    @Test
    void functionsNamingDifferentLeadsAddTheContradictionToTheElementTheStageFeeds() {
        // Marketing 3 say marketing leads Leave, customer service 3 say no one; all qm 5, qv 5 + 5.
        // mandate 54.5 for all (45.5), value-ownership 50. Stage: no one 3 ÷ 6 = 0.5 → 50; the shown functions
        // name different leads → + 50: ownership 100, ½ × 100 = 50. Mandate 45.5 + 50 = 95.5.
        List<Participant> team =
                all(many(3, "marketing", 5, 5, 5, "marketing"), many(3, "customer service", 5, 5, 5, "no-one"));
        TeamReport r = TeamAggregator.aggregate(Q, team, 3, 20, null);
        assertThat(r.improveFirst())
                .extracting(Focus::element, Focus::priority)
                .containsExactly(tuple("mandate", 95.5), tuple("value-ownership", 50.0));
        // The hole (½ × 50 = 25) and the contradiction (½ × 50 = 25) tie: hole first, as found.
        assertThat(r.improveFirst().get(0).reasons())
                .containsExactly(
                        new Reason(ImproveFirst.HOLE, "lead", 25.0, null, null, 0.5, 3, 6),
                        new Reason(
                                ImproveFirst.CONTRADICTION,
                                "lead",
                                25.0,
                                "marketing",
                                "customer service",
                                null,
                                null,
                                null));
    }

    @Test
    void aFoldedFunctionIsNeverNamedInTheReasonsOnlyTheOtherGroup() {
        // Threshold 3: finance (2) is folded with the next smallest, operations (3), into "other" (5).
        // mandate: marketing 4 × 90, customer service 4 × 50, other (finance 2 × 0, operations 3 × 10)
        // = (0 + 0 + 30) ÷ 5 = 6. Gap marketing 90 − other 6 = 84.
        List<Participant> team = all(
                many(4, "marketing", 9, 5, 5, null),
                many(4, "customer service", 5, 5, 5, null),
                many(3, "operations", 1, 5, 5, null),
                many(2, "finance", 0, 5, 5, null));
        TeamReport r = TeamAggregator.aggregate(Q, team, 3, 20, null);
        Focus mandate = r.improveFirst().get(0);
        assertThat(mandate.element()).isEqualTo("mandate");
        assertThat(mandate.reasons().get(0))
                .extracting(Reason::kind, Reason::high, Reason::low, Reason::value)
                .containsExactly(ImproveFirst.SPLIT, "marketing", TeamReport.OTHER, 84.0);
        assertThat(r.improveFirst().toString()).doesNotContain("finance").doesNotContain("operations");
    }
}
