package no.journeydiag.webhook.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): {@code webhook-signature} holds
 * {@code v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">}, one per secret
 * that is valid now, separated by spaces, so a receiver keeps verifying while a secret is rotated.
 * A {@code whsec_} secret is the base64 of the key bytes; any other secret (an older configuration
 * file's) is keyed with its UTF-8 bytes.
 */
public final class Signatures {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    public static final String PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {}

    /** A new secret: {@code whsec_} and 32 random bytes in base64 (256 bits). */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} value: one {@code v1,…} per secret, space-separated. */
    public static String header(List<String> secrets, String id, long unixSeconds, String body) {
        return secrets.stream().map(s -> sign(s, id, unixSeconds, body)).collect(Collectors.joining(" "));
    }

    /** One signature, {@code v1,<base64>}. */
    public static String sign(String secret, String id, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static byte[] key(String secret) {
        if (secret.startsWith(PREFIX)) {
            return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** True when the secret is usable: a whsec_ one must be valid base64 of at least 24 bytes. */
    public static boolean wellFormed(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return secret.length() >= 16;
        }
        try {
            return key(secret).length >= 24;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
