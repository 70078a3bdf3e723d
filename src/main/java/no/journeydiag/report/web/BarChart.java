package no.journeydiag.report.web;

import java.util.ArrayList;
import java.util.List;

import no.journeydiag.report.service.ReportView;

/**
 * Geometry of the report's inline SVG bar chart, computed on the server so the template only
 * places numbers: one bar per element in its band colour, with coverage under the label.
 */
public record BarChart(int width, int height, int barX, int barWidth, List<Bar> bars, List<Tick> ticks) {

    static final int WIDTH = 640;
    static final int BAR_X = 220;
    static final int BAR_WIDTH = 340;
    static final int ROW = 56;
    static final int TOP = 24;

    public record Bar(String label, String scoreText, String coverageText, int y, int width, String colour, int textX) { }

    /** A band boundary drawn as a dashed vertical line. */
    public record Tick(int x, String label) { }

    public static BarChart of(ReportView r, List<Double> bandStarts) {
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (ReportView.ElementView e : r.elements()) {
            double score = e.score() == null ? 0 : e.score();
            int w = (int) Math.round(BAR_WIDTH * score / 100.0);
            String colour = e.band() == null ? "#8c959f" : e.band().colour();
            String scoreText = e.score() == null ? "no answers" : ReportExtensions.score(e.score());
            String coverage = "answered " + e.answered() + " of " + e.shown();
            bars.add(new Bar(e.label(), scoreText, coverage, y, w, colour, BAR_X + w + 8));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (Double start : bandStarts) {
            if (start > 0 && start < 100) {
                ticks.add(new Tick(BAR_X + (int) Math.round(BAR_WIDTH * start / 100.0), ReportExtensions.score(start)));
            }
        }
        return new BarChart(WIDTH, y + 8, BAR_X, BAR_WIDTH, bars, ticks);
    }
}
