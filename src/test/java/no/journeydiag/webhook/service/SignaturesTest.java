package no.journeydiag.webhook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard Webhooks signatures, checked against the reference libraries' published test vector. */
class SignaturesTest {

    // The vector every standardwebhooks library tests itself with (javascript/src/index.test.ts and
    // python/tests/test_webhooks.py in github.com/standard-webhooks/standard-webhooks).
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void theReferenceTestVectorSignsToThePublishedSignature() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", Signatures.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void duringARotationBothSecretsSignSeparatedByASpace() {
        String other = Signatures.newSecret();
        String header = Signatures.header(List.of(other, SECRET), ID, TIMESTAMP, BODY);
        String[] parts = header.split(" ");
        assertEquals(2, parts.length);
        assertEquals(Signatures.sign(other, ID, TIMESTAMP, BODY), parts[0]);
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", parts[1]);
    }

    @Test
    void aNewSecretIsWhsecAndThirtyTwoRandomBytes() {
        String a = Signatures.newSecret();
        assertTrue(a.startsWith("whsec_"), a);
        assertEquals(32, Base64.getDecoder().decode(a.substring(6)).length); // 256 bits
        assertFalse(a.equals(Signatures.newSecret()));
        assertTrue(Signatures.wellFormed(a));
    }

    @Test
    void aShortOrBrokenSecretIsRefused() {
        assertFalse(Signatures.wellFormed("fifteen-chars!!"));
        assertTrue(Signatures.wellFormed("sixteen-chars!!!"));
        assertFalse(Signatures.wellFormed("whsec_not base64!"));
        assertFalse(Signatures.wellFormed("whsec_" + Base64.getEncoder().encodeToString(new byte[16])));
    }
}
