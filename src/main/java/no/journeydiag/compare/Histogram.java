package no.journeydiag.compare;

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

    /**
     * The share of responses below {@code score}, counting those equal to it as half (the mid-rank
     * percentile), 0–100. A score at the median of a symmetric group is at 50.
     */
    public double percentile(double score) {
        int b = bucket(score);
        long below = 0;
        for (int i = 0; i < b; i++) {
            below += counts[i];
        }
        return 100.0 * (below + counts[b] / 2.0) / total();
    }

    /** The nearest-rank quantile: the smallest score with at least {@code p} of the responses at or below it. */
    public double quantile(double p) {
        long rank = Math.max(1, (long) Math.ceil(p * total()));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return i / 10.0;
            }
        }
        return 100.0;
    }
}
