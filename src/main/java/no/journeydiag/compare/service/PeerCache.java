package no.journeydiag.compare.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The peer figures (non-empty histogram rows by metric) of each questionnaire version and segment,
 * kept for a short while. They move only with new submissions, and every report of a version
 * reads the same ones: reading them once per {@code ttl} instead of once per report takes the
 * largest query off the report page, at the price of a comparison up to {@code ttl} old. Bounded
 * by nature: one entry per version and segment, and segments are the options of at most three
 * compareBy questions. A zero {@code ttl} reads on every call.
 */
final class PeerCache {

    private record Key(String questionnaire, String version, String segment) {}

    private record Entry(long loadedAt, Map<String, Histogram.Ranks> byMetric) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier clock;

    PeerCache(Duration ttl, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.clock = nanoClock;
    }

    /**
     * The figures of {@code segments}, by segment then metric (a segment without responses maps to
     * an empty map); those not held or too old come from {@code load}, called once with all of them.
     */
    Map<String, Map<String, Histogram.Ranks>> get(
            String questionnaire,
            String version,
            List<String> segments,
            Function<List<String>, Map<String, Map<String, Histogram.Ranks>>> load) {
        long now = clock.getAsLong();
        Map<String, Map<String, Histogram.Ranks>> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String s : segments) {
            Entry e = ttlNanos > 0 ? entries.get(new Key(questionnaire, version, s)) : null;
            if (e != null && now - e.loadedAt() < ttlNanos) {
                out.put(s, e.byMetric());
            } else {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Map<String, Histogram.Ranks>> loaded = load.apply(missing);
            for (String s : missing) {
                Map<String, Histogram.Ranks> byMetric = Map.copyOf(loaded.getOrDefault(s, Map.of()));
                out.put(s, byMetric);
                if (ttlNanos > 0) {
                    entries.put(new Key(questionnaire, version, s), new Entry(now, byMetric));
                }
            }
        }
        return out;
    }

    /** Forgets everything, e.g. after a rebuild on this instance. */
    void clear() {
        entries.clear();
    }
}
