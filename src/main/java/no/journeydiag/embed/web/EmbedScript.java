package no.journeydiag.embed.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * /embed.js: cacheable. Its ETag is a hash of the content; /embed.js?v=ETAG is immutable for a
 * year, the plain URL (what sites paste) is revalidated every five minutes.
 */
@Path("/embed.js")
public class EmbedScript {

    static final String SOURCE = read();
    static final String VERSION = sha256(SOURCE).substring(0, 16);

    @GET
    public Response script(@QueryParam("v") String v, @HeaderParam("If-None-Match") String ifNoneMatch) {
        String etag = "\"" + VERSION + "\"";
        String cache = VERSION.equals(v) ? "public, max-age=31536000, immutable" : "public, max-age=300";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified()
                    .header("ETag", etag)
                    .header("Cache-Control", cache)
                    .build();
        }
        return Response.ok(SOURCE, "text/javascript; charset=utf-8")
                .header("ETag", etag)
                .header("Cache-Control", cache)
                .build();
    }

    private static String read() {
        try (InputStream in = EmbedScript.class.getResourceAsStream("/embed/embed.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
