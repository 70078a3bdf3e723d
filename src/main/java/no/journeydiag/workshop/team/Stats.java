package no.journeydiag.workshop.team;

import java.util.Arrays;
import java.util.List;

/** Descriptive statistics of a team's scores. Population formulas: the team is the whole group, not a sample. */
public final class Stats {

    private Stats() {}

    public static double mean(List<Double> xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.size();
    }

    /** The middle value, or the mean of the two middle values for an even count. */
    public static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    /** Population standard deviation: √(Σ(x − mean)² / n). */
    public static double sd(List<Double> xs) {
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / xs.size());
    }

    /**
     * Agreement on a 0–100 scale: {@code 1 − SD / 50}. 50 is the largest SD scores in 0–100 can
     * have (half the team at 0, half at 100), so 1 means everyone gave the same score and 0 means
     * the team is split into two opposite camps.
     */
    public static double agreement(double sd) {
        return Math.max(0, Math.min(1, 1 - sd / 50));
    }

    static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }

    static double round2(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
