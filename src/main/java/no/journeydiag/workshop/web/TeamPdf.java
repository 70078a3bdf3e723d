package no.journeydiag.workshop.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import no.journeydiag.common.web.Formats;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The team report as PDF: a cover with the organisation, the date, the participants and the
 * consultancy's name and logo, then the same template and inline SVG charts as the page, laid out
 * by openhtmltopdf in the bundled DejaVu Sans. jsoup parses our HTML5 into the DOM the renderer
 * reads; the stylesheet is added as a DOM node, so no template ever emits unescaped text.
 */
public final class TeamPdf {

    @CheckedTemplate(basePath = "workshop")
    static class Templates {
        static native TemplateInstance teampdf(TeamView view, String date);
    }

    private static final String CSS = new String(read("/pdf/team-report.css"), StandardCharsets.UTF_8);
    private static final byte[] REGULAR = read("/pdf/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/pdf/fonts/DejaVuSans-Bold.ttf");

    private TeamPdf() {}

    public static byte[] render(TeamView view) {
        String html = Templates.teampdf(view, Formats.date(OffsetDateTime.now(), view.locale()))
                .setLocale(Locale.forLanguageTag(view.locale()))
                .render();
        Document doc = Jsoup.parse(html);
        doc.select("img.cover-logo").forEach(TeamPdf::embedLogo);
        keepHeadingsWithWhatFollows(doc);
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

    /**
     * A heading and a short block after it go into one unbreakable box; a list or table after a
     * heading may be longer than a page, so there the stylesheet's minimum space below a heading
     * ({@code -fs-page-break-min-height}) moves the heading on instead. Either way no page ends
     * with a heading whose text is on the next one.
     */
    private static void keepHeadingsWithWhatFollows(Document doc) {
        for (Element h : doc.select("main h2, main h3")) {
            Element next = h.nextElementSibling();
            if (next == null || next.is("h2, h3, ol, ul, table, div.table-wrap")) {
                continue;
            }
            Element keep = new Element("div").addClass("keep");
            h.before(keep);
            keep.appendChild(h);
            keep.appendChild(next);
        }
    }

    /**
     * The logo from the app's own static files ({@code /brand/logo.svg}) as a data address, since
     * the renderer has no base address to fetch it from; any other address is left out of the PDF
     * rather than fetched from the network while a consultant waits.
     */
    private static void embedLogo(Element img) {
        String src = img.attr("src");
        if (src.startsWith("data:image/")) {
            return;
        }
        byte[] bytes = src.startsWith("/") && !src.contains("..") ? optional("/META-INF/resources" + src) : null;
        String type = type(src);
        if (bytes == null || type == null) {
            img.remove();
            return;
        }
        img.attr(
                "src",
                "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes));
    }

    private static String type(String src) {
        String s = src.toLowerCase(Locale.ROOT).replaceAll("[?#].*", "");
        if (s.endsWith(".png")) {
            return "image/png";
        }
        if (s.endsWith(".jpg") || s.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return s.endsWith(".svg") ? "image/svg+xml" : null;
    }

    private static byte[] optional(String resource) {
        try (InputStream in = TeamPdf.class.getResourceAsStream(resource.replaceAll("[?#].*", ""))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] read(String resource) {
        byte[] bytes = optional(resource);
        if (bytes == null) {
            throw new IllegalStateException(resource + " is missing from the build");
        }
        return bytes;
    }
}
