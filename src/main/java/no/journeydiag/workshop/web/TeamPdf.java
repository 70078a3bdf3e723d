package no.journeydiag.workshop.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
 * The team report as PDF: the same template and inline SVG charts as the page, laid out by
 * openhtmltopdf. jsoup parses our HTML5 into the DOM the renderer reads; the stylesheet is
 * added as a DOM node, so no template ever emits unescaped text.
 */
public final class TeamPdf {

    @CheckedTemplate(basePath = "workshop")
    static class Templates {
        static native TemplateInstance teampdf(TeamView view);
    }

    private static final String CSS = read("/pdf/team-report.css");

    private TeamPdf() {}

    public static byte[] render(TeamView view) {
        String html = Templates.teampdf(view)
                .setLocale(java.util.Locale.forLanguageTag(view.locale()))
                .render();
        Document doc = Jsoup.parse(html);
        doc.head().appendElement("style").appendChild(new DataNode(CSS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useSVGDrawer(new BatikSVGDrawer());
            b.withW3cDocument(new W3CDom().fromJsoup(doc), "about:blank");
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String read(String resource) {
        try (InputStream in = TeamPdf.class.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
