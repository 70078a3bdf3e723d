package no.journeydiag.common;

import java.util.List;

/**
 * RFC 4180 CSV with spreadsheet formula injection neutralised: a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
 * it as text instead of running it.
 */
public final class Csv {

    private Csv() {}

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** One record, CRLF-terminated as the RFC says. */
    public static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }
}
