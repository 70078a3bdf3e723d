package no.journeydiag.compare.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import no.journeydiag.compare.persistence.HistogramStore;
import no.journeydiag.compare.persistence.HistogramStore.Cell;
import org.junit.jupiter.api.Test;

/** A group commit's counts: one addition per row with how many responses fell in it, in the one lock order. */
class FoldedCountsTest {

    /** Records what would be written instead of writing it. */
    static final class Recording extends HistogramStore {
        final List<String> written = new ArrayList<>();

        Recording() {
            super(null, "h2");
        }

        @Override
        public void add(String questionnaire, String version, SortedMap<Cell, Integer> counts) {
            counts.forEach((c, n) -> written.add(questionnaire + " " + version + " " + c.segment() + "|" + c.metric()
                    + "|" + c.bucket() + " +" + n));
        }
    }

    @Test
    void threeResponsesSharingBucketsBecomeOneAdditionPerRowInLockOrder() {
        FoldedCounts folded = new FoldedCounts();
        // two takers scored 50.0 overall and 40.0 on mandate, a third 70.0 and 40.0; one answered size=small
        folded.add("quick-check", "2.2", List.of(new Cell("", "overall", 500), new Cell("", "mandate", 400)));
        folded.add(
                "quick-check",
                "2.2",
                List.of(
                        new Cell("", "overall", 500),
                        new Cell("", "mandate", 400),
                        new Cell("size=small", "overall", 500)));
        folded.add("quick-check", "2.2", List.of(new Cell("", "overall", 700), new Cell("", "mandate", 400)));
        folded.add("journey-ownership", "1.1", List.of(new Cell("", "overall", 100)));
        Recording store = new Recording();

        assertThat(folded.open()).isTrue();
        folded.writeTo(store);

        assertThat(store.written)
                .containsExactly(
                        "journey-ownership 1.1 |overall|100 +1",
                        "quick-check 2.2 |mandate|400 +3",
                        "quick-check 2.2 |overall|500 +2",
                        "quick-check 2.2 |overall|700 +1",
                        "quick-check 2.2 size=small|overall|500 +1");
        assertThat(folded.open())
                .as("a response stored after the write counts at once")
                .isFalse();
    }

    @Test
    void theLockOrderIsSegmentThenMetricThenBucketNumerically() {
        List<Cell> cells = new ArrayList<>(List.of(
                new Cell("b", "overall", 5),
                new Cell("", "overall", 1000),
                new Cell("", "overall", 99),
                new Cell("", "mandate", 700),
                new Cell("a", "value", 1)));
        cells.sort(HistogramStore.ORDER);
        assertThat(cells)
                .containsExactly(
                        new Cell("", "mandate", 700),
                        new Cell("", "overall", 99),
                        new Cell("", "overall", 1000),
                        new Cell("a", "value", 1),
                        new Cell("b", "overall", 5));
    }
}
