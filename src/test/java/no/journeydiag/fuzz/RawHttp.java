package no.journeydiag.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 over a plain socket, one connection per request: the fuzz test must send what no well-behaved
 * client would (a broken %-escape in the path, raw bytes, any method), which java.net.URI refuses to build.
 */
final class RawHttp {

    /** One request; the target and header values are sent as ISO-8859-1, so each char below 256 is one raw byte. */
    record Request(String method, String target, List<String[]> headers, byte[] body) {

        Request with(String name, String value) {
            List<String[]> h = new ArrayList<>(headers);
            h.removeIf(x -> x[0].equalsIgnoreCase(name));
            h.add(new String[] {name, value});
            return new Request(method, target, h, body);
        }

        Request withBody(String contentType, byte[] bytes) {
            return new Request(method, target, headers, bytes).with("Content-Type", contentType);
        }

        Request withTarget(String t) {
            return new Request(method, t, headers, body);
        }

        Request withMethod(String m) {
            return new Request(m, target, headers, body);
        }

        /** What a failure report prints: enough to send the request again by hand. */
        String describe() {
            StringBuilder sb = new StringBuilder(method)
                    .append(' ')
                    .append(shorten(escape(target), 300))
                    .append('\n');
            for (String[] h : headers) {
                sb.append("  ")
                        .append(h[0])
                        .append(": ")
                        .append(shorten(escape(h[1]), 200))
                        .append('\n');
            }
            if (body != null) {
                sb.append("  body (")
                        .append(body.length)
                        .append(" bytes): ")
                        .append(shorten(escape(new String(body, StandardCharsets.ISO_8859_1)), 400))
                        .append('\n');
            }
            return sb.toString();
        }
    }

    /** The status (-1 when the server closed the connection without answering) and the start of the reply. */
    record Reply(int status, String text) {}

    private RawHttp() {}

    static Reply send(String host, int port, Request r) throws IOException {
        try (Socket s = new Socket(host, port)) {
            s.setSoTimeout(30_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((r.method() + " " + r.target() + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
            head.writeBytes(
                    ("Host: " + host + ":" + port + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
            for (String[] h : r.headers()) {
                head.writeBytes((h[0] + ": " + h[1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (r.body() != null) {
                head.writeBytes(("Content-Length: " + r.body().length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            OutputStream out = s.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (r.body() != null) {
                    out.write(r.body());
                }
                out.flush();
            } catch (IOException e) {
                // the server may answer (413, 431) and close before it has read everything: read what it said
            }
            return read(s.getInputStream());
        }
    }

    private static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0 && got.size() < 1_000_000; ) {
                got.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw e; // a hang is a failure too
        } catch (IOException e) {
            // reset after the reply: keep what arrived
        }
        String text = got.toString(StandardCharsets.UTF_8);
        if (!text.startsWith("HTTP/1.")) {
            return new Reply(-1, text);
        }
        int sp = text.indexOf(' ');
        return new Reply(Integer.parseInt(text.substring(sp + 1, sp + 4)), text);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c > 0x7e && c < 0xa0 || c == '\\') {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "… (" + s.length() + " chars)";
    }
}
