package no.journeydiag.report.web;

import java.util.ArrayList;
import java.util.List;
import no.journeydiag.report.service.ReportView;

/**
 * Geometry of the report's inline SVG bar chart, computed on the server so the template only
 * places numbers: one bar per element in its band colour, with coverage under the label.
 */
public record BarChart(int width, int height, int barX, int barWidth, List<Bar> bars, List<Tick> ticks) {

    // Labels sit above their bars so the chart stays legible when scaled down to a phone.
    static final int WIDTH = 400;
    static final int BAR_X = 0;
    static final int BAR_WIDTH = 340;
    static final int ROW = 64;
    static final int TOP = 8;

    /**
     * {@code y} is the label's baseline; the bar starts at {@code barY}. An element without a score
     * ({@code scored} false) gets no bar, and {@code scoreText} says why in words.
     */
    public record Bar(
            String id,
            boolean scored,
            String label,
            String scoreText,
            int answered,
            int shown,
            int y,
            int barY,
            int width,
            String colour,
            int textX,
            Peers peers) {}

    /** Where the middle half of all responses lie on this bar ({@code x} to {@code x + width}) and their median. */
    public record Peers(int x, int width, int median) {}

    /** A band boundary drawn as a dashed vertical line. */
    public record Tick(int x, String label) {}

    private static int x(double score) {
        return BAR_X + (int) Math.round(BAR_WIDTH * score / 100.0);
    }

    public static BarChart of(ReportView r, List<Double> bandStarts) {
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (ReportView.ElementView e : r.elements()) {
            double score = e.score() == null ? 0 : e.score();
            int w = (int) Math.round(BAR_WIDTH * score / 100.0);
            String colour = e.band() == null ? "#8c959f" : e.band().colour();
            String scoreText = e.score() == null ? e.scoreNote() : ReportExtensions.decimal(e.score(), r.locale());
            Peers peers = e.peers() == null
                    ? null
                    : new Peers(
                            x(e.peers().q1()),
                            Math.max(2, x(e.peers().q3()) - x(e.peers().q1())),
                            x(e.peers().median()));
            bars.add(new Bar(
                    e.id(),
                    e.score() != null,
                    e.label(),
                    scoreText,
                    e.answered(),
                    e.shown(),
                    y + 16,
                    y + 24,
                    w,
                    colour,
                    BAR_X + w + 6,
                    peers));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (Double start : bandStarts) {
            if (start > 0 && start < 100) {
                ticks.add(new Tick(BAR_X + (int) Math.round(BAR_WIDTH * start / 100.0), ReportExtensions.score(start)));
            }
        }
        return new BarChart(WIDTH, y + 4, BAR_X, BAR_WIDTH, bars, ticks);
    }
}
