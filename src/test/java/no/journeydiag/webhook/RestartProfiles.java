package no.journeydiag.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Two app starts over one H2 file database, so a test can stop the app between a failed delivery
 * and its retry. Quarkus orders profiled test classes by profile name: Step1 runs before Step2.
 */
final class RestartProfiles {

    static final Path DATA = Path.of("target/restart-test-data");
    /** Where nothing listens during the first start; the second start's test listens there. */
    static final int PORT = 47000 + (int) (ProcessHandle.current().pid() % 1000);

    private RestartProfiles() {}

    static Map<String, String> config(boolean fresh) {
        Map<String, String> config =
                new java.util.HashMap<>(no.journeydiag.TestDatabase.isolated("restart_test", fresh));
        if (!no.journeydiag.TestDatabase.postgres()) { // on H2, a file that outlives the first start
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:./" + DATA + "/diagnostic;DB_CLOSE_ON_EXIT=FALSE");
        }
        // The scheduler stays off: its first tick at start-up would race the test for the pending row.
        config.putAll(Map.of(
                "quarkus.scheduler.enabled",
                "false",
                "diagnostic.data-dir",
                DATA.toString(),
                "diagnostic.webhooks.allow-http",
                "true",
                "diagnostic.webhooks.allow-loopback",
                "true",
                "diagnostic.webhooks.poll-every",
                "1h",
                "diagnostic.webhooks.backoff",
                "PT0.05S",
                "diagnostic.webhooks.targets.crm.url",
                "http://127.0.0.1:" + PORT + "/hook",
                "diagnostic.webhooks.targets.crm.secret",
                WebhookTest.SECRET));
        return config;
    }

    public static class Step1 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try { // a fresh database for this build's run
                if (Files.exists(DATA)) {
                    try (var files = Files.walk(DATA)) {
                        files.sorted(java.util.Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return config(true);
        }
    }

    public static class Step2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return config(false);
        }
    }
}
