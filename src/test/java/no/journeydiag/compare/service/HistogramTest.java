package no.journeydiag.compare.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Percentiles and quartiles of four scores, 10, 20, 20 and 40, worked out by hand. */
class HistogramTest {

    static Histogram four() {
        Histogram h = Histogram.empty();
        for (double s : new double[] {10, 20, 20, 40}) {
            h.counts()[Histogram.bucket(s)]++;
        }
        return h;
    }

    @Test
    void thePercentileCountsScoresBelowAndHalfOfThoseEqual() {
        Histogram h = four();
        assertEquals(4, h.total());
        assertEquals(50.0, h.percentile(20)); // (1 below + 2 equal / 2) / 4
        assertEquals(87.5, h.percentile(40)); // (3 + 1/2) / 4
        assertEquals(12.5, h.percentile(10)); // (0 + 1/2) / 4
        assertEquals(25.0, h.percentile(15)); // 1 below, none equal
        assertEquals(100.0, h.percentile(100));
    }

    @Test
    void quartilesAreNearestRank() {
        Histogram h = four();
        assertEquals(10.0, h.quantile(0.25)); // rank ceil(1) = 1st
        assertEquals(20.0, h.quantile(0.5)); // rank 2
        assertEquals(20.0, h.quantile(0.75)); // rank 3
        assertEquals(40.0, h.quantile(1.0));
    }

    @Test
    void scoresFallInTenthOfAPointBuckets() {
        assertEquals(0, Histogram.bucket(0));
        assertEquals(257, Histogram.bucket(25.7));
        assertEquals(1000, Histogram.bucket(100));
        assertEquals(1000, Histogram.bucket(100.04));
    }

    @Test
    void ranksFromTheNonEmptyRowsAnswerAsTheFullHistogramDoes() {
        // what a report reads: scores 10, 20, 20, 40 as three rows
        Histogram.Ranks r = Histogram.Ranks.of(new int[] {100, 200, 400}, new long[] {1, 2, 1});
        assertEquals(4, r.total());
        assertEquals(50.0, r.percentile(20)); // (1 below + 2 equal / 2) / 4
        assertEquals(25.0, r.percentile(15)); // between rows: 1 below, none equal
        assertEquals(100.0, r.percentile(100)); // above every row
        assertEquals(0.0, r.percentile(0)); // below every row
        assertEquals(10.0, r.quantile(0.25));
        assertEquals(20.0, r.quantile(0.5));
        assertEquals(40.0, r.quantile(1.0));
    }
}
