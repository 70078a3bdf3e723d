package no.journeydiag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started as the README says, with no variable set: it serves the public
 * assessment, and prints a one-time link that creates the first admin. Whatever stops a start prints
 * one line that says what to fix, without a stack trace.
 */
class FirstRunIT {

    static final Pattern SETUP_LINK = Pattern.compile("(/setup/[A-Za-z0-9_-]{43})");

    @Test
    void withNothingSetTheServiceStartsAndASetupLinkCreatesTheFirstAdmin() throws Exception {
        Assumptions.assumeTrue(PackagedApp.built(), "needs the packaged jar (failsafe runs after package)");
        try (PackagedApp app = new PackagedApp("first-run")) {
            app.start();
            assertThat(app.status("/")).isEqualTo(200);
            assertThat(app.status("/a/quick-check")).isEqualTo(200);
            assertThat(app.postJson("/api/v1/questionnaires/quick-check/responses", CrashRecoveryIT.BODY)
                            .statusCode())
                    .isEqualTo(201);

            Matcher m = SETUP_LINK.matcher(app.logText());
            assertThat(m.find())
                    .as("a setup link in the log:\n" + app.logText())
                    .isTrue();
            String setup = m.group(1);
            FormBrowser owner = new FormBrowser(app.base());
            owner.page(setup);
            HttpResponse<String> weak = owner.post(
                    setup,
                    Map.of(
                            "username",
                            "kari",
                            "displayName",
                            "Kari Nordmann",
                            "password",
                            "short",
                            "confirmation",
                            "short"));
            assertThat(weak.statusCode())
                    .as("a weak password is refused, the link still works")
                    .isEqualTo(400);
            assertThat(FormBrowser.location(owner.post(
                            setup,
                            Map.of(
                                    "username",
                                    "kari",
                                    "displayName",
                                    "Kari Nordmann",
                                    "password",
                                    "a long enough passphrase",
                                    "confirmation",
                                    "a long enough passphrase"))))
                    .isEqualTo("/consultant");
            assertThat(owner.get("/consultant").statusCode()).as("signed in").isEqualTo(200);
            assertThat(app.status(setup)).as("the link works once").isEqualTo(404);

            FormBrowser later = new FormBrowser(app.base()).login("kari", "a long enough passphrase");
            assertThat(later.get("/admin/accounts").statusCode())
                    .as("the new account is an admin")
                    .isEqualTo(200);

            app.kill();
            app.start();
            assertThat(SETUP_LINK.matcher(app.logText()).find())
                    .as("no new link once an admin exists")
                    .isFalse();
        }
    }

    @Test
    void whatStopsAStartIsOneLineWithoutAStackTrace() throws Exception {
        Assumptions.assumeTrue(PackagedApp.built(), "needs the packaged jar (failsafe runs after package)");
        try (PackagedApp weak = new PackagedApp("first-run-weak")) {
            weak.env("DIAGNOSTIC_ADMIN_PASSWORD", "secret").launch();
            assertThat(weak.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertOneLine(weak.logText(), "DIAGNOSTIC_ADMIN_PASSWORD");
        }
        if (TestDatabase.postgres()) {
            return; // the rest is about the embedded database's files and this machine's ports
        }
        try (PackagedApp running = new PackagedApp("first-run-a");
                PackagedApp sameData = new PackagedApp("first-run-b");
                PackagedApp samePort = new PackagedApp("first-run-c")) {
            running.start();
            sameData.set("diagnostic.data-dir", running.dir().resolve("data").toString())
                    .launch();
            assertThat(sameData.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertOneLine(sameData.logText(), "in use by another process");
            samePort.set(
                            "quarkus.http.port",
                            running.base().substring(running.base().lastIndexOf(':') + 1))
                    .launch();
            assertThat(samePort.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertOneLine(samePort.logText(), "port is in use");
        }
    }

    static void assertOneLine(String log, String saying) {
        List<String> reasons = log.lines()
                .filter(l -> l.startsWith("The service could not start:"))
                .toList();
        assertThat(reasons).as(log).hasSize(1);
        assertThat(reasons.get(0)).contains(saying);
        assertThat(log).as("no stack trace").doesNotContain("\tat ").doesNotContain("Caused by");
    }
}
