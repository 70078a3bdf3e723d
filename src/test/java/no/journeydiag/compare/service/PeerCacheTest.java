package no.journeydiag.compare.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PeerCacheTest {

    private long now = 1_000_000_000L;
    private final List<List<String>> loads = new ArrayList<>();

    /** Loads one "overall" row per segment except "size=none", which has no responses; remembers what it was asked. */
    private final Function<List<String>, Map<String, Map<String, Histogram.Ranks>>> db = segments -> {
        loads.add(List.copyOf(segments));
        java.util.Map<String, Map<String, Histogram.Ranks>> out = new java.util.HashMap<>();
        for (String s : segments) {
            if (!s.equals("size=none")) {
                out.put(s, Map.of("overall", Histogram.Ranks.of(new int[] {500}, new long[] {loads.size()})));
            }
        }
        return out;
    };

    private long responses(Map<String, Map<String, Histogram.Ranks>> got, String segment) {
        Histogram.Ranks r = got.get(segment).get("overall");
        return r == null ? 0 : r.total();
    }

    @Test
    void figuresAreReadOncePerSegmentUntilTheyAreOlderThanTheTtl() {
        PeerCache cache = new PeerCache(Duration.ofSeconds(10), () -> now);

        var first = cache.get("q", "1", List.of("", "size=small"), db);
        now += 9_999_000_000L; // 9.999 s later: still fresh
        var second = cache.get("q", "1", List.of("", "size=small"), db);

        assertEquals(List.of(List.of("", "size=small")), loads);
        assertEquals(1, responses(first, ""));
        assertEquals(1, responses(second, "size=small"));

        now += 1_000_000L; // 10 s after the load: read again, both in one query
        var third = cache.get("q", "1", List.of("", "size=small"), db);
        assertEquals(List.of(List.of("", "size=small"), List.of("", "size=small")), loads);
        assertEquals(2, responses(third, ""));
    }

    @Test
    void onlyTheSegmentsNotHeldAreReadAndAnEmptySegmentIsHeldToo() {
        PeerCache cache = new PeerCache(Duration.ofSeconds(10), () -> now);
        cache.get("q", "1", List.of("", "size=none"), db);

        var got = cache.get("q", "1", List.of("", "size=none", "industry=retail"), db);

        assertEquals(List.of(List.of("", "size=none"), List.of("industry=retail")), loads);
        assertTrue(got.get("size=none").isEmpty());
        assertEquals(2, responses(got, "industry=retail"));
    }

    @Test
    void versionsAndQuestionnairesAreKeptApart() {
        PeerCache cache = new PeerCache(Duration.ofSeconds(10), () -> now);
        cache.get("q", "1", List.of(""), db);
        cache.get("q", "2", List.of(""), db);
        cache.get("other", "1", List.of(""), db);

        assertEquals(3, loads.size());
    }

    @Test
    void aZeroTtlReadsEveryTimeAndClearForgets() {
        PeerCache none = new PeerCache(Duration.ZERO, () -> now);
        none.get("q", "1", List.of(""), db);
        none.get("q", "1", List.of(""), db);
        assertEquals(2, loads.size());

        PeerCache kept = new PeerCache(Duration.ofMinutes(1), () -> now);
        kept.get("q", "1", List.of(""), db);
        kept.get("q", "1", List.of(""), db);
        assertEquals(3, loads.size());
        kept.clear();
        kept.get("q", "1", List.of(""), db);
        assertEquals(4, loads.size());
    }
}
