package no.journeydiag.report.rest;

import java.util.Locale;

/** Reads the Prefer request header (RFC 7240): preferences are comma-separated, parameters after ';'. */
final class Preferences {

    private Preferences() {}

    /** True when the client asked for {@code return=minimal}; anything else, or no header, is the default. */
    static boolean returnMinimal(String header) {
        if (header == null) {
            return false;
        }
        for (String preference : header.split(",")) {
            String token = preference.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (token.replace(" ", "").equals("return=minimal")
                    || token.replace(" ", "").equals("return=\"minimal\"")) {
                return true;
            }
        }
        return false;
    }
}
