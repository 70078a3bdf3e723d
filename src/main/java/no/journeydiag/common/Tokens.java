package no.journeydiag.common;

import java.security.SecureRandom;
import java.util.Base64;

/** Tokens for links, sessions and API keys: 256 bits from SecureRandom, URL-safe base64 without padding (43 characters). */
public final class Tokens {

    /**
     * One DRBG (NIST SP 800-90A) per thread: JFR showed request threads queueing on a shared
     * SecureRandom, whose default Linux implementation reads through one global lock.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom(); // every JDK since 9 has DRBG; this is only a fallback
        }
    });

    private Tokens() {}

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.get().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * What is stored for secrets we must recognise but never show again (sessions, API tokens):
     * SHA-256 hex. The tokens carry 256 random bits, so no salt or slow hash is needed.
     */
    public static String hash(String token) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Cheap shape check so malformed tokens are refused without a database query. */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != 43) {
            return false;
        }
        for (int i = 0; i < 43; i++) { // base64url, without compiling a regex per call
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
