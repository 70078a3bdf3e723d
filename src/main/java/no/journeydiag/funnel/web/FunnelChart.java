package no.journeydiag.funnel.web;

import java.util.List;

/** The drop-off chart as inline SVG made on the server: one bar per step, as wide as its share of the first. */
final class FunnelChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 200;
    private static final int BAR = 28;
    private static final int GAP = 10;

    private FunnelChart() {}

    static String svg(List<FunnelPage.Row> rows, String title) {
        if (rows.isEmpty()) {
            return "";
        }
        long max = rows.stream().mapToLong(FunnelPage.Row::total).max().orElse(1);
        int height = rows.size() * (BAR + GAP) + GAP;
        StringBuilder s = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"funnel-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"funnel-chart-title\"><title id=\"funnel-chart-title\">")
                .append(escape(title))
                .append("</title>");
        int y = GAP;
        for (FunnelPage.Row r : rows) {
            int w = max == 0 ? 0 : (int) Math.round((WIDTH - LABEL - 70) * (double) r.total() / max);
            s.append("<g data-step=\"")
                    .append(escape(r.step()))
                    .append("\">")
                    .append("<text x=\"0\" y=\"")
                    .append(y + BAR * 0.68)
                    .append("\" font-size=\"13\">")
                    .append(escape(r.label()))
                    .append("</text>")
                    .append("<rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(Math.max(w, 1))
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" fill=\"#1d4ed8\"></rect>")
                    .append("<text x=\"")
                    .append(LABEL + w + 6)
                    .append("\" y=\"")
                    .append(y + BAR * 0.68)
                    .append("\" font-size=\"13\">")
                    .append(r.total())
                    .append(r.ofPrevious().isEmpty() ? "" : " (" + escape(r.ofPrevious()) + ")")
                    .append("</text></g>");
            y += BAR + GAP;
        }
        return s.append("</svg>").toString();
    }

    /** One distribution as ten columns, each as tall as its share of the tallest, with its count above. */
    static String histogram(List<Long> bands, List<String> names, String title) {
        long max = Math.max(1, bands.stream().mapToLong(Long::longValue).max().orElse(1));
        int w = 40;
        int h = 120;
        StringBuilder s = new StringBuilder()
                .append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"funnel-histogram\" role=\"img\" viewBox=\"0 0 ")
                .append(bands.size() * w)
                .append(' ')
                .append(h + 36)
                .append("\"><title>")
                .append(escape(title))
                .append("</title>");
        for (int i = 0; i < bands.size(); i++) {
            long n = bands.get(i);
            int bar = (int) Math.round((h - 16) * (double) n / max);
            int x = i * w;
            s.append("<g data-band=\"")
                    .append(escape(names.get(i)))
                    .append("\"><rect x=\"")
                    .append(x + 4)
                    .append("\" y=\"")
                    .append(h - bar)
                    .append("\" width=\"")
                    .append(w - 8)
                    .append("\" height=\"")
                    .append(Math.max(bar, n > 0 ? 1 : 0))
                    .append("\" fill=\"#1d4ed8\"></rect><text x=\"")
                    .append(x + w / 2)
                    .append("\" y=\"")
                    .append(h - bar - 4)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">")
                    .append(n)
                    .append("</text><text x=\"")
                    .append(x + w / 2)
                    .append("\" y=\"")
                    .append(h + 16)
                    .append("\" font-size=\"9\" text-anchor=\"middle\">")
                    .append(escape(names.get(i)))
                    .append("</text></g>");
        }
        return s.append("</svg>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
