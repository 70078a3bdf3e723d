package no.journeydiag.report.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * The personal report as PDF: the report page itself (same template, same SVG chart), without
 * what only a screen needs, with its link and date in every page's footer, laid out by
 * openhtmltopdf in the bundled DejaVu Sans (no "fallback font" warnings, Norwegian letters in).
 */
final class ReportPdf {

    private static final String CSS = new String(read("/pdf/report.css"), StandardCharsets.UTF_8);
    private static final byte[] REGULAR = read("/pdf/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/pdf/fonts/DejaVuSans-Bold.ttf");

    private ReportPdf() {}

    /** {@code html}: the rendered report page; {@code footer}: the link and date, as text. */
    static byte[] render(String html, String footer) {
        Document doc = Jsoup.parse(html);
        doc.select("script, link, header.site, footer.site, .skip, .no-print, form, style")
                .remove();
        doc.select(".print-only").removeClass("print-only");
        doc.select("svg.chart").forEach(svg -> {
            String[] box = svg.attr("viewBox").split(" ");
            svg.attr("width", box[2]).attr("height", box[3]);
        });
        doc.body().prependElement("div").addClass("running").text(footer);
        doc.head().appendElement("style").appendChild(new DataNode(CSS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useSVGDrawer(new BatikSVGDrawer());
            b.useFont(() -> new ByteArrayInputStream(REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            b.useFont(() -> new ByteArrayInputStream(BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            b.withW3cDocument(new W3CDom().fromJsoup(doc), "about:blank");
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
