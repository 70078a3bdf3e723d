package no.journeydiag.report.web;

import java.util.ArrayList;
import java.util.List;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.report.service.ReportView;

/**
 * Geometry of the report's inline SVG bar chart, computed on the server so the template only
 * places numbers: one bar per element in its band colour, its score and band named in words under
 * it (colour is never the only cue), and the band boundaries as numbered lines.
 */
public record BarChart(
        int width, int height, int barX, int barWidth, List<Bar> bars, List<Tick> ticks, List<Key> keys) {

    // Label above, bar, then score and band below: nothing overlaps when scaled down to a phone.
    static final int WIDTH = 400;
    static final int BAR_X = 0;
    static final int BAR_WIDTH = 400;
    static final int BAR_HEIGHT = 20;
    static final int ROW = 62;
    static final int TOP = 18; // room for the band boundaries' numbers

    /**
     * {@code y} is the label's baseline; the bar starts at {@code barY} and its words sit on
     * {@code valueY}. An element without a score ({@code scored} false) gets no bar, and
     * {@code scoreText} says why in words. {@code hatched}: the lowest band, striped so it differs
     * from the next band in greyscale and for red-green colour blindness.
     */
    public record Bar(
            String id,
            boolean scored,
            String label,
            String scoreText,
            String bandLabel,
            int answered,
            int shown,
            int y,
            int barY,
            int valueY,
            int width,
            String colour,
            boolean hatched,
            Peers peers) {}

    /** Where the middle half of all responses lie on this bar ({@code x} to {@code x + width}) and their median. */
    public record Peers(int x, int width, int median) {}

    /** A band named under the chart with its range: "0–40 Critical". */
    public record Key(String range, String label) {}

    /** A band boundary: a dashed line through the bars, numbered above them. */
    public record Tick(int x, String label) {}

    /** A band boundary as people write it: 40, not 40.0; a fraction in the locale's own way. */
    private static String bound(double value, String locale) {
        return value == Math.rint(value) ? Long.toString((long) value) : ReportExtensions.decimal(value, locale);
    }

    private static int x(double score) {
        return BAR_X + (int) Math.round(BAR_WIDTH * score / 100.0);
    }

    public static BarChart of(ReportView r, List<Band> bands) {
        String lowest = bands.isEmpty() ? null : bands.get(0).id();
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (ReportView.ElementView e : r.elements()) {
            double score = e.score() == null ? 0 : e.score();
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
                    e.band() == null ? null : e.band().label(),
                    e.answered(),
                    e.shown(),
                    y + 13,
                    y + 19,
                    y + 19 + BAR_HEIGHT + 16,
                    x(score) - BAR_X,
                    colour,
                    e.band() != null && e.band().id().equals(lowest),
                    peers));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (Band b : bands) {
            if (b.min() > 0 && b.min() < 100) {
                ticks.add(new Tick(x(b.min()), bound(b.min(), r.locale())));
            }
        }
        List<Key> keys = bands.stream()
                .map(b -> new Key(
                        bound(b.min(), r.locale()) + "–" + bound(b.max(), r.locale()),
                        b.label().in(r.locale(), r.locale())))
                .toList();
        return new BarChart(WIDTH, y, BAR_X, BAR_WIDTH, bars, ticks, keys);
    }
}
