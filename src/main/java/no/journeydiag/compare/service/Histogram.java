package no.journeydiag.compare.service;

/**
 * Scores 0–100 counted in 1,001 buckets of 0.1 point. Pure: the percentile and quartile rules
 * live here and are tested by hand.
 */
public record Histogram(long[] counts) {

    public static final int BUCKETS = 1001;

    public Histogram {
        if (counts.length != BUCKETS) {
            throw new IllegalArgumentException("a histogram has " + BUCKETS + " buckets");
        }
    }

    public static Histogram empty() {
        return new Histogram(new long[BUCKETS]);
    }

    /** The bucket of a score: tenths of a point, rounded half up. */
    public static int bucket(double score) {
        return (int) Math.max(0, Math.min(BUCKETS - 1, Math.round(score * 10)));
    }

    public long total() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** The mid-rank percentile of {@code score}; see {@link Ranks#percentile}. */
    public double percentile(double score) {
        return ranks().percentile(score);
    }

    /** The nearest-rank quantile; see {@link Ranks#quantile}. */
    public double quantile(double p) {
        return ranks().quantile(p);
    }

    /** The non-empty buckets with running totals, for answering several questions about one histogram. */
    public Ranks ranks() {
        int nonEmpty = 0;
        for (long c : counts) {
            if (c > 0) {
                nonEmpty++;
            }
        }
        int[] buckets = new int[nonEmpty];
        long[] cumulative = new long[nonEmpty];
        long sum = 0;
        int j = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (counts[i] > 0) {
                sum += counts[i];
                buckets[j] = i;
                cumulative[j++] = sum;
            }
        }
        return new Ranks(buckets, cumulative);
    }

    /**
     * A histogram as its non-empty buckets in ascending order with running totals: what a report
     * reads from the database (a few rows, not 1,001 counts), answering each question by binary search.
     */
    public record Ranks(int[] buckets, long[] cumulative) {

        /** From non-empty buckets in ascending order and their counts. */
        public static Ranks of(int[] buckets, long[] counts) {
            long[] cumulative = new long[counts.length];
            long sum = 0;
            for (int i = 0; i < counts.length; i++) {
                sum += counts[i];
                cumulative[i] = sum;
            }
            return new Ranks(buckets, cumulative);
        }

        public long total() {
            return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
        }

        /**
         * The share of responses below {@code score}, counting those equal to it as half (the mid-rank
         * percentile), 0–100. A score at the median of a symmetric group is at 50.
         */
        public double percentile(double score) {
            int b = bucket(score);
            int i = java.util.Arrays.binarySearch(buckets, b);
            int firstAtOrAbove = i >= 0 ? i : -i - 1;
            long below = firstAtOrAbove == 0 ? 0 : cumulative[firstAtOrAbove - 1];
            long equal = i >= 0 ? cumulative[i] - below : 0;
            return 100.0 * (below + equal / 2.0) / total();
        }

        /** The nearest-rank quantile: the smallest score with at least {@code p} of the responses at or below it. */
        public double quantile(double p) {
            long rank = Math.max(1, (long) Math.ceil(p * total()));
            int i = java.util.Arrays.binarySearch(cumulative, rank);
            int at = i >= 0 ? i : -i - 1; // the first running total reaching the rank
            return at < buckets.length ? buckets[at] / 10.0 : 100.0;
        }
    }
}
