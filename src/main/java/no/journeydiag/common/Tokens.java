package no.journeydiag.response.service;

import java.security.SecureRandom;
import java.util.Base64;

/** Report tokens: 256 bits from SecureRandom, URL-safe base64 without padding (43 characters). */
public final class ReportTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Cheap shape check so malformed tokens are refused without a database query. */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
    }
}
