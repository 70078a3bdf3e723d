package no.journeydiag.workshop;

import static no.journeydiag.workshop.TeamFixture.Q;
import static no.journeydiag.workshop.TeamFixture.all;
import static no.journeydiag.workshop.TeamFixture.many;
import static no.journeydiag.workshop.TeamFixture.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.journeydiag.workshop.team.Anonymity;
import no.journeydiag.workshop.team.Releases;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;
import no.journeydiag.workshop.team.TeamReport.GroupCount;
import org.junit.jupiter.api.Test;

/** When a batch of answers may join a team report that has already been shown (threshold 3, fixtures/team.yaml). */
class ReleasesTest {

    static final int T = 3;

    /** The first release: 3 sales and 3 leadership, everyone answering qa and qb. */
    static List<List<Participant>> shown() {
        return List.of(all(many(3, "sales", "agree", "agree"), many(3, "leadership", "disagree", "neutral")));
    }

    @Test
    void theFirstReleaseIsAlwaysSafeBecauseNothingWasShownBefore() {
        assertTrue(Releases.safe(
                Q, List.of(), all(many(2, "sales", "agree", "agree"), many(1, "product", "agree", "dont-know")), T));
        assertTrue(
                Releases.safe(Q, List.of(), many(1, "sales", "agree", "agree"), T),
                "below the threshold: a count only");
        assertFalse(Releases.safe(Q, shown(), List.of(), T), "nothing to release");
    }

    @Test
    void oneOrTwoNewAnswersWaitSoTheReportBeforeAndAfterCannotBeSubtracted() {
        // Before: sales mean known over 3; after one more: 4 × after − 3 × before = the newcomer's score.
        assertFalse(Releases.safe(Q, shown(), many(1, "sales", "strongly-agree", "agree"), T));
        assertFalse(Releases.safe(Q, shown(), many(2, "sales", "strongly-agree", "agree"), T));
    }

    @Test
    void aBatchOfAtLeastTheThresholdInEveryGroupItChangesIsReleased() {
        assertTrue(Releases.safe(Q, shown(), many(3, "sales", "strongly-agree", "agree"), T));
        assertTrue(Releases.safe(
                Q, shown(), all(many(3, "sales", "agree", "agree"), many(3, "leadership", "agree", "agree")), T));
    }

    @Test
    void aBatchBigEnoughInAllButTooSmallForOneGroupWaits() {
        // 3 new in all, but leadership gains only one: after − before in leadership is that one person.
        assertFalse(Releases.safe(
                Q, shown(), all(many(2, "sales", "agree", "agree"), many(1, "leadership", "agree", "agree")), T));
    }

    @Test
    void aBatchWithTooFewNewScoresOnOneElementWaits() {
        // 3 new sales, but 2 said "don't know" on qb: sales' b mean and the team's b would change by one score.
        List<Participant> batch = List.of(
                p("sales", "agree", "agree"), p("sales", "agree", "dont-know"), p("sales", "agree", "dont-know"));
        assertFalse(Releases.safe(Q, shown(), batch, T));
    }

    @Test
    void aRoleOnceMergedIntoOtherStaysMergedSoTheEarlierOtherIsNeverSplit() {
        // First release: sales 3, leadership 1, marketing 2 → other = {leader, 2 marketing} (3), sales (3).
        List<Participant> first = all(
                many(3, "sales", "agree", "agree"),
                many(1, "leadership", "strongly-agree", "agree"),
                many(2, "marketing", "neutral", "agree"));
        List<Participant> three = many(3, "marketing", "neutral", "agree");
        List<Participant> everyone = all(first, three);
        // Folded afresh, 5 marketing would be shown and other = {leader} + the smallest role (sales 3):
        // other now − sales before = the leader alone.
        Anonymity.Layout afresh = Anonymity.layout(Q, everyone, T, Anonymity.Carry.NONE);
        assertEquals(List.of("marketing", "other"), List.copyOf(afresh.groups().keySet()));
        assertEquals(List.of("leadership", "sales"), afresh.merged());
        // Remembering that marketing was merged, other = {leader, 5 marketing}: the old other plus 3 new.
        assertTrue(Releases.safe(Q, List.of(first), three, T));
        TeamReport after =
                TeamAggregator.aggregate(Q, everyone, T, 20, null, Releases.carry(Q, List.of(first, three), T));
        assertEquals(
                List.of(
                        new GroupCount("sales", 3, List.of()),
                        new GroupCount("other", 6, List.of("leadership", "marketing"))),
                after.groups());
    }

    @Test
    void theReportOfReleasedBatchesKeepsWhatItsEarlierReportsKeptTogether() {
        List<Participant> first = all(
                many(3, "sales", "agree", "agree"),
                many(2, "product", "agree", "agree"),
                many(1, "marketing", "agree", "agree"));
        // first: product 2 and marketing 1 fold into other (3). Later 3 more product: product stays in other.
        Anonymity.Carry carry = Releases.carry(Q, List.of(first, many(3, "product", "agree", "agree")), T);
        assertEquals(java.util.Set.of("marketing", "product"), carry.merged());
        assertEquals(Anonymity.Carry.NONE, Releases.carry(Q, List.of(first), T), "the first report keeps nothing");
    }
}
