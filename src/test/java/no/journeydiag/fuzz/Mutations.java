package no.journeydiag.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The bad input the fuzz test draws from. Each generator takes the run's Random, so one seed gives
 * one sequence of requests.
 */
final class Mutations {

    private Mutations() {}

    /**
     * Path segments: ids that are not numbers, negative, huge; broken escapes; raw bytes; traversal. None may
     * name a real id ("+1" and a fullwidth "１" both parse as 1), since destructive routes are sent with these.
     */
    static final List<String> SEGMENTS = List.of(
            "abc",
            "-1",
            "0",
            "-9223372036854775809",
            "99999999999999999999",
            "1e3",
            "0x10",
            "+999999",
            "%20",
            "%zz",
            "%",
            "%C3%28",
            "%FF%FE",
            "%00",
            "%0D%0A",
            "..",
            "%2e%2e",
            "a%2Fb",
            "%E2%80%AE",
            "%EF%BC%99%EF%BC%99%EF%BC%99%EF%BC%99%EF%BC%99%EF%BC%99",
            "\u00ff\u00fe",
            "{id}",
            "null",
            "jd_" + "x".repeat(40),
            "q".repeat(43),
            "Q".repeat(44),
            "x".repeat(600),
            "AAAA-AAAA",
            "%25",
            "%u0041",
            "';--",
            "<script>");

    /** Query strings, appended to the route's own. */
    static final List<String> QUERIES = List.of(
            "lang=%zz",
            "lang=",
            "lang=" + "x".repeat(3000),
            "lang=nb&lang=en&lang=xx",
            "%zz=1",
            "a=%C3%28",
            "lang=%FF",
            "since=yesterday",
            "since=2026-13-45T99:99:99Z",
            "since=%00",
            "after=-1",
            "after=abc",
            "after=99999999999999999999",
            "limit=0",
            "limit=-5",
            "limit=501",
            "limit=1e9",
            "limit=abc",
            "questionnaire=%E2%80%AE",
            "questionnaire=",
            "next=//evil.example",
            "next=%0D%0A",
            "expired=maybe",
            "out=2",
            "format=xml",
            "&&&",
            "=",
            "a[]=1&a[x]=2",
            "lang=nb;q=2");

    static final List<String> ACCEPT_LANGUAGE = List.of(
            "en;q=2",
            "nb;q=x",
            "*;q=-1",
            ";;;,,,",
            "x".repeat(2000),
            "q=1",
            "nb-NO;q=0.9;q=2",
            "\u00ff\u00fe",
            "en;q=1.0000000001",
            "-",
            "nb;;q",
            "en,".repeat(300));

    static final List<String> ACCEPT = List.of(
            "application/xml",
            "text/csv;q=abc",
            "garbage",
            "*/*;q=2",
            "",
            ";;;",
            "application/problem+json",
            "image/png",
            "text/html;charset=klingon",
            "application/json;q=0",
            "*/x");

    static final List<String> CONTENT_TYPES = List.of(
            "application/json; charset=klingon",
            "text/plain",
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "multipart/form-data; boundary=xyz",
            "application/x-www-form-urlencoded; charset=ebcdic",
            "",
            ";;;",
            "*/*",
            "application/json;;",
            "application/xml",
            "application/x-www-form-urlencoded; charset=utf-16",
            "application/octet-stream",
            "application/json; boundary=\"",
            "text/html");

    static final List<String> COOKIES = List.of(
            "garbage",
            "=;=;=",
            "jd_session=" + "x".repeat(500),
            "jd_session=%zz",
            "csrf-token=",
            "lang=\u00ff",
            "draft-w1=abc; draft-w-1=" + "q".repeat(43),
            "a=\"unterminated",
            "lang=nb;lang=en");

    static final List<String> AUTHORIZATION = List.of(
            "Bearer ",
            "Bearer jd_",
            "Bearer jd_" + "x".repeat(43),
            "Bearer jdp_%zz",
            "Basic YWRtaW46YWRtaW4=",
            "Bearer " + "x".repeat(5000),
            "bearer",
            "Bearer jd_\u00ff",
            "Negotiate abc",
            "Bearer  jd_ a b");

    /** Methods to send instead of the route's own (never DELETE: on a valid id that would delete what later requests name). */
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO");

    /** Values for one form field or JSON string. */
    static final List<String> VALUES = List.of(
            "",
            " ",
            "x".repeat(20_000),
            "\u0000",
            "%",
            "-1",
            "99999999999999999999",
            "abc",
            "2026-02-30T25:61",
            "null",
            "true",
            "\u202Eevil",
            "<script>alert(1)</script>",
            "=HYPERLINK(\"http://x\")",
            "a\r\nb",
            "/\t/evil.example",
            "/\u0000x",
            "\ud83d\ude00",
            "dont-know",
            "strongly-agree",
            "yes",
            "11",
            "NaN",
            "1e999",
            "../../etc/passwd");

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A form body: the fields given, with one kind of damage (or none). */
    static byte[] form(Random r, Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(encode(k) + "=" + encode(v)));
        switch (r.nextInt(9)) {
            case 0 -> pairs.add("x=%zz");
            case 1 -> {
                for (int i = 0; i < 1001; i++) {
                    pairs.add("f" + i + "=" + i);
                }
            }
            case 2 ->
                pairs.add(pick(r, List.copyOf(fields.keySet().isEmpty() ? List.of("x") : fields.keySet())) + "="
                        + encode(pick(r, VALUES)));
            case 3 -> pairs.add("v=%C3%28%FF%FE");
            case 4 -> pairs.add("long=" + "y".repeat(r.nextBoolean() ? 60_000 : 70_000));
            case 5 -> pairs.add("%00=%00&&=&==&a");
            case 6 ->
                pairs.replaceAll(p -> p.contains("=") && !p.startsWith("csrf-token")
                        ? p.substring(0, p.indexOf('=') + 1) + encode(pick(r, VALUES))
                        : p);
            case 7 -> pairs.add("q.named-owner=yes&q.named-owner=no&q.nope=1&q.=x");
            default -> {}
        }
        byte[] body = String.join("&", pairs).getBytes(StandardCharsets.ISO_8859_1);
        return r.nextInt(12) == 0 ? withRawBytes(body) : body;
    }

    /** A JSON body: the valid one given, or one of many ways to spoil it. */
    static byte[] json(Random r, String valid) {
        String j = switch (r.nextInt(16)) {
            case 0 -> valid.substring(0, Math.max(1, valid.length() / 2));
            case 1 -> "[".repeat(5000) + "]".repeat(5000);
            case 2 -> "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
            case 3 -> "{\"x\":\"" + "z".repeat(70_000) + "\"}";
            case 4 -> valid.length() > 2 ? valid.replaceFirst("\\{", "{\"dup\":1,\"dup\":2,") : valid;
            case 5 -> duplicateFirstKey(valid);
            case 6 -> "null";
            case 7 -> "";
            case 8 -> "\ufeff" + valid;
            case 9 -> valid + "}{";
            case 10 -> replaceValues(r, valid);
            case 11 -> "[" + valid + "]";
            case 12 -> "{'a': 1, /* comment */ \"b\": NaN}";
            case 13 -> "{\"n\": 1e999999, \"m\": -0, \"k\": 9223372036854775808, \"s\": \"\\u0000\\ud800\"}";
            case 14 -> valid.replace(":", ": {\"deep\": [[[[null]]]]} , \"x\":");
            default -> valid;
        };
        byte[] body = j.getBytes(StandardCharsets.UTF_8);
        return r.nextInt(10) == 0 ? withRawBytes(body) : body;
    }

    private static String duplicateFirstKey(String valid) {
        int colon = valid.indexOf(':');
        int open = valid.indexOf('{');
        if (colon < 0 || open < 0 || open > colon) {
            return valid;
        }
        int comma = valid.indexOf(',', colon);
        String first = valid.substring(open + 1, comma < 0 ? valid.lastIndexOf('}') : comma);
        return "{" + first + "," + valid.substring(open + 1);
    }

    /** Every scalar after a colon becomes something of another type. */
    private static String replaceValues(Random r, String valid) {
        List<String> odd = List.of(
                "null",
                "[]",
                "{}",
                "\"\"",
                "-1",
                "1.5",
                "true",
                "\"x\"",
                "99999999999999999999999",
                "[1,[2,[3]]]",
                "{\"a\":null}",
                "\"" + "w".repeat(5000) + "\"");
        return valid.replaceAll(
                ":\\s*(\"[^\"]*\"|-?\\d+(\\.\\d+)?|true|false|null)",
                ":" + pick(r, odd).replace("$", "\\$"));
    }

    /** Bytes that are not UTF-8: a lone continuation byte, an overlong slash, a truncated sequence. */
    private static byte[] withRawBytes(byte[] body) {
        byte[] bad = {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xE2, (byte) 0x82, (byte) 0xFF};
        int at = body.length / 2;
        byte[] out = new byte[body.length + bad.length];
        System.arraycopy(body, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(body, at, out, at + bad.length, body.length - at);
        return out;
    }
}
