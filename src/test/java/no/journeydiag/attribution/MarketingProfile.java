package no.journeydiag.attribution;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The marketing-site fixture (site-check: the quick check with hidden fields) and a webhook
 * receiver on loopback; the sender is slowed to once an hour and driven by the tests.
 */
public class MarketingProfile implements QuarkusTestProfile {

    public static final int RECEIVER_PORT = freePort();
    public static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"; // the Standard Webhooks test vector's

    /** A free port below the ephemeral range, which the receiver binds only later (see WebhookTest). */
    static int freePort() {
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 200; i++) {
            int port = 20000 + random.nextInt(12000);
            try (java.net.ServerSocket s =
                    new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                return s.getLocalPort();
            } catch (java.io.IOException e) {
                // taken: try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("diagnostic.questionnaires.dir", "src/test/resources/questionnaires-marketing"),
                Map.entry("diagnostic.public-base-url", "https://diagnostic.example.com"),
                Map.entry("diagnostic.webhooks.allow-http", "true"),
                Map.entry("diagnostic.webhooks.allow-loopback", "true"),
                // "off": the tests call the sender themselves; a tick beside them would race them for a row
                Map.entry("diagnostic.webhooks.poll-every", "off"),
                // Receivers come and go between tests on one port, so the sender's pooled connection can be dead;
                // the failed attempt is then retried at once, not in a minute.
                Map.entry("diagnostic.webhooks.backoff", "PT0.05S"),
                Map.entry("diagnostic.webhooks.targets.crm.url", "http://127.0.0.1:" + RECEIVER_PORT + "/hook"),
                Map.entry("diagnostic.webhooks.targets.crm.secret", SECRET),
                Map.entry("diagnostic.webhooks.targets.crm.questionnaires", "site-check"));
    }
}
