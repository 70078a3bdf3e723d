package no.journeydiag.report.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.journeydiag.compare.service.Comparisons;
import no.journeydiag.response.event.ResponseDeleted;

/**
 * Report pages rendered once and kept as bytes, least recently used dropped first within a byte
 * budget. A page is kept under its {@link Slot} (which link, language and address it answers) with
 * the {@link Version} of everything else it shows; a request whose version differs renders again.
 * The visitor's form token is cut out of the kept bytes and spliced in per request, so no visitor
 * is ever sent another's token, and each page's ETag covers the token it carries.
 */
@ApplicationScoped
public class ReportPageCache {

    /** Which page: the report's link, the language shown, the embed base and the link to share. */
    record Slot(String token, String locale, String base, String share) {}

    /** What the page shows beyond its stored result: the lead's state, the team link and the comparison. */
    record Version(boolean leadSaved, String teamUrl, Comparisons.Comparison comparison) {}

    /** A rendered page split where the form token stood; {@code digest} is the SHA-256 of the parts. */
    record Page(Version version, List<byte[]> parts, byte[] digest, int size) {

        /** The bytes for a visitor whose form token is {@code token} (unused when the page has no form). */
        byte[] bytes(String token) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            byte[] t = token.getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream out = new ByteArrayOutputStream(size + t.length * (parts.size() - 1));
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    out.writeBytes(t);
                }
                out.writeBytes(parts.get(i));
            }
            return out.toByteArray();
        }

        boolean hasToken() {
            return parts.size() > 1;
        }

        /** A strong ETag for these bytes with this token: the page's digest and the token, hashed together. */
        String etag(String token) {
            MessageDigest sha = sha256();
            sha.update(digest);
            if (hasToken()) {
                sha.update(token.getBytes(StandardCharsets.US_ASCII));
            }
            byte[] h = sha.digest();
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(h, 18)) + '"';
        }

        /** Splits {@code html} at each occurrence of {@code token} (null: kept whole). */
        static Page of(Version version, String html, String token) {
            List<byte[]> parts = new ArrayList<>();
            if (token == null || token.isEmpty()) {
                parts.add(html.getBytes(StandardCharsets.UTF_8));
            } else {
                int from = 0;
                for (int at = html.indexOf(token); at >= 0; at = html.indexOf(token, from)) {
                    parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
                    from = at + token.length();
                }
                parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
            }
            MessageDigest sha = sha256();
            int size = 0;
            for (byte[] p : parts) {
                sha.update(p);
                sha.update((byte) 0); // where a token goes: two splits of the same text differ
                size += p.length;
            }
            return new Page(version, List.copyOf(parts), sha.digest(), size);
        }
    }

    private final long budget;
    private final Counter hits;
    private final Counter misses;
    private final LinkedHashMap<Slot, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    @jakarta.inject.Inject
    ReportPageCache(no.journeydiag.config.DiagnosticConfig config, MeterRegistry meters) {
        this(config.reports().pageCacheBytes(), meters);
    }

    ReportPageCache(long budget, MeterRegistry meters) {
        this.budget = budget;
        this.hits = meters.counter("diagnostic.report.cache", "result", "hit");
        this.misses = meters.counter("diagnostic.report.cache", "result", "miss");
    }

    /** The page kept for {@code slot} at {@code version}, else the one {@code render} makes, kept. */
    Page get(Slot slot, Version version, Supplier<Page> render) {
        synchronized (this) {
            Page kept = pages.get(slot);
            if (kept != null && kept.version().equals(version)) {
                hits.increment();
                return kept;
            }
        }
        misses.increment();
        Page r = render.get(); // outside the lock: two first views of one page may both render
        Page made = new Page(version, r.parts(), r.digest(), r.size());
        put(slot, made);
        return made;
    }

    private synchronized void put(Slot slot, Page page) {
        if (page.size() > budget) {
            return;
        }
        Page old = pages.put(slot, page);
        bytes += page.size() - (old == null ? 0 : old.size());
        for (Iterator<Page> it = pages.values().iterator(); bytes > budget && it.hasNext(); ) {
            bytes -= it.next().size();
            it.remove();
        }
    }

    /** Drops every page of a report (all languages and addresses). */
    synchronized void forget(String token) {
        for (Iterator<Map.Entry<Slot, Page>> it = pages.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Slot, Page> e = it.next();
            if (e.getKey().token().equals(token)) {
                bytes -= e.getValue().size();
                it.remove();
            }
        }
    }

    /** A deleted result's pages go at once (they could not be served anyway: every view reads the result first). */
    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResponseDeleted deleted) {
        forget(deleted.token());
    }

    synchronized long bytes() {
        return bytes;
    }

    /** If-None-Match names {@code etag} (or is *); weak comparison, as RFC 9110 asks of it. */
    static boolean matches(jakarta.ws.rs.core.HttpHeaders headers, String etag) {
        String given = headers == null ? null : headers.getHeaderString("If-None-Match");
        if (given == null) {
            return false;
        }
        for (String t : given.split(",")) {
            String tag = t.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
