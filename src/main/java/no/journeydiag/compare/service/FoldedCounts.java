package no.journeydiag.compare.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.journeydiag.compare.persistence.HistogramStore;
import no.journeydiag.compare.persistence.HistogramStore.Cell;

/**
 * The histogram counts of one group commit, gathered per response and written once before it
 * commits: a campaign's submissions share most of their rows (the same overall and element
 * buckets), so 64 responses make a few dozen updates instead of 320. Written in questionnaire,
 * version and {@link HistogramStore#ORDER}, the order a single submission takes the rows in.
 */
final class FoldedCounts {

    private record Version(String questionnaire, String version) {}

    private final SortedMap<Version, SortedMap<Cell, Integer>> counts =
            new TreeMap<>(Comparator.comparing(Version::questionnaire).thenComparing(Version::version));
    private boolean written;

    /** False once written: a response stored after that counts at once. */
    boolean open() {
        return !written;
    }

    void add(String questionnaire, String version, List<Cell> cells) {
        SortedMap<Cell, Integer> of =
                counts.computeIfAbsent(new Version(questionnaire, version), v -> new TreeMap<>(HistogramStore.ORDER));
        for (Cell c : cells) {
            of.merge(c, 1, Integer::sum);
        }
    }

    void writeTo(HistogramStore store) {
        written = true;
        for (Map.Entry<Version, SortedMap<Cell, Integer>> e : counts.entrySet()) {
            store.add(e.getKey().questionnaire(), e.getKey().version(), e.getValue());
        }
    }
}
