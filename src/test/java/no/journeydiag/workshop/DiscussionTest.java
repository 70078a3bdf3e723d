package no.journeydiag.workshop;

import static no.journeydiag.workshop.FocusFixture.Q;
import static no.journeydiag.workshop.FocusFixture.many;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import no.journeydiag.workshop.team.Discussion;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;
import no.journeydiag.workshop.team.TeamReport.Prompt;
import org.junit.jupiter.api.Test;

/** The discussion prompts over fixtures/focus.yaml, ranked by points 0–100 worked out by hand. */
class DiscussionTest {

    /**
     * <pre>
     *   3 × marketing          qm 9 → 90    qv 5 + 5 → 50   lead marketing
     *   3 × customer service   qm 1 → 10    qv 5 + 5 → 50   lead no-one
     *   3 × operations         qm 2 → 20    qv 9 + 9 → 90   lead no-one
     * </pre>
     * mandate adds the lead's 1 point: (9 + 1) ÷ 11 = 90.9, (1 + 1) ÷ 11 = 18.2, (2 + 1) ÷ 11 = 27.3.
     */
    static List<Participant> room() {
        List<Participant> out = new ArrayList<>();
        out.addAll(many(3, "marketing", 9, 5, 5, "marketing"));
        out.addAll(many(3, "customer service", 1, 5, 5, "no-one"));
        out.addAll(many(3, "operations", 2, 9, 9, "no-one"));
        return out;
    }

    @Test
    void thePromptsLeadWithTheBiggestDisagreementsOfEveryKind() {
        TeamReport r = TeamAggregator.aggregate(Q, room(), 3, 20, null);
        // Stage: marketing names marketing (3 of 3 = 1.0), customer service no one (1.0): 100 × min(1, 1) = 100.
        // Sign weak-mandate (mandate below 50): customer service 3/3 = 1.0 and operations 1.0, marketing 0:
        //   100 × (1 − 0) = 100; most: customer service (first of the highest), few: marketing.
        // Gap mandate: marketing 90.9 − customer service 18.2 = 72.7 (flagged, ≥ 20).
        // Gap value-ownership: operations 90 − marketing 50 = 40 (customer service ties at 50, the first stays).
        // Items: qv1 and qv2 points 5,5,5,5,5,5,9,9,9: mean 6.33, SD √(6 × 1.78 + 3 × 7.11) ÷ 9 = √3.56 = 1.886,
        //   ÷ (10 ÷ 2) = 0.38 → 38; qm 9,9,9,1,1,1,2,2,2: mean 4, SD √((3 × 25 + 3 × 9 + 3 × 4) ÷ 9) = √12.67
        //   = 3.56, ÷ 5 = 0.71 → 71; lead scores 1 for everyone: no spread, no prompt.
        // 100 (stage), 100 (sign): ties keep the kinds' order gap, stage, sign, item; then 72.7, 71, 40, 38, 38.
        assertThat(r.prompts())
                .extracting(Prompt::kind, Prompt::question, Prompt::subject, Prompt::high, Prompt::low, Prompt::points)
                .containsExactly(
                        tuple(Discussion.STAGE, "lead", null, "marketing", "customer service", 100.0),
                        tuple(Discussion.SIGN, null, "weak-mandate", "customer service", "marketing", 100.0),
                        tuple(Discussion.GAP, null, "mandate", "marketing", "customer service", 72.7),
                        tuple(Discussion.ITEM, "qm", null, null, null, 71.0),
                        tuple(Discussion.GAP, null, "value-ownership", "operations", "marketing", 40.0),
                        tuple(Discussion.ITEM, "qv1", null, null, null, 38.0),
                        tuple(Discussion.ITEM, "qv2", null, null, null, 38.0));
    }

    @Test
    void aTeamThatSeesAnElementAlikeGetsNoGapPromptForIt() {
        // Everyone answers alike: no gap, no spread, no contradiction, no sign that splits functions.
        List<Participant> alike = new ArrayList<>();
        alike.addAll(many(3, "marketing", 5, 5, 5, "marketing"));
        alike.addAll(many(3, "customer service", 5, 5, 5, "marketing"));
        assertThat(TeamAggregator.aggregate(Q, alike, 3, 20, null).prompts()).isEmpty();
    }

    @Test
    void aFunctionFoldedIntoOtherIsNeverNamedInAPrompt() {
        // Threshold 3: finance (2) folds with the smallest named group, customer service (3), into "other".
        List<Participant> ps = room();
        ps.addAll(many(2, "finance", 0, 5, 5, "no-one"));
        TeamReport r = TeamAggregator.aggregate(Q, ps, 3, 20, null);
        assertThat(r.prompts()).isNotEmpty();
        assertThat(r.prompts()).extracting(Prompt::high, Prompt::low).contains(tuple("marketing", TeamReport.OTHER));
        assertThat(r.prompts().toString()).doesNotContain("finance").doesNotContain("customer service");
    }
}
