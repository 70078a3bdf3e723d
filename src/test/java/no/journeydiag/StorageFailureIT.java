package no.journeydiag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data directory on a file system that fills up, then turns read-only: no submission may get 201
 * unless it is stored, the others get 503 with Retry-After and a problem body, readiness goes DOWN,
 * and the service recovers by itself when space or write access is back. The file system is a small
 * tmpfs this test mounts, which needs root; without it the test skips loudly, and with
 * -Ddisk.tests=required (CI) it fails instead.
 */
class StorageFailureIT {

    static final Path MOUNT = Path.of("target", "it", "disk-mount").toAbsolutePath();
    static final boolean REQUIRED = "required".equals(System.getProperty("disk.tests"));
    static boolean mounted;

    @BeforeAll
    static void mountSmallFileSystem() throws Exception {
        Assumptions.assumeTrue(PackagedApp.built(), "needs the packaged jar (failsafe runs after package)");
        Assumptions.assumeFalse(TestDatabase.postgres(), "fills the disk of the embedded H2 database");
        Files.createDirectories(MOUNT);
        int code = run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", MOUNT.toString());
        mounted = code == 0;
        if (!mounted) {
            String why = "cannot mount a tmpfs (needs root): the disk-full test did not run";
            if (REQUIRED) {
                throw new AssertionError(why + " although -Ddisk.tests=required");
            }
            System.err.println("\n*** SKIPPED StorageFailureIT: " + why + " ***\n");
            Assumptions.abort(why);
        }
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", MOUNT.toString());
        }
    }

    @Test
    void aFullOrReadOnlyDiskGets503AndTheServiceRecoversByItself() throws Exception {
        Set<String> stored = new HashSet<>();
        try (PackagedApp app = new PackagedApp("disk")) {
            app.set("diagnostic.data-dir", MOUNT.resolve("data").toString())
                    .set("diagnostic.admin.password", "disk-full-admin-password")
                    .start();
            submit(app, 5, stored, null);
            assertThat(stored).hasSize(5);

            Path filler = MOUNT.resolve("filler");
            fill(filler);
            List<Integer> statuses = new ArrayList<>();
            submit(app, 30, stored, statuses);
            assertThat(statuses).as("submissions on a full disk").contains(503);
            Awaitility.await("readiness DOWN while the disk is full")
                    .atMost(Duration.ofSeconds(15))
                    .until(() -> app.status("/q/health/ready") == 503);
            assertThat(app.get("/q/health/ready").body())
                    .contains("database writes")
                    .contains("DOWN");

            Files.delete(filler);
            Awaitility.await("readiness UP once there is space again")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> app.status("/q/health/ready") == 200);
            int before = stored.size();
            submit(app, 5, stored, null);
            assertThat(stored).as("submissions after recovery").hasSize(before + 5);

            // A database file that is read-only when the service starts (a volume mounted read-only, say):
            // it starts and serves what it can read, says it is not ready, and refuses writes with 503.
            app.kill();
            assertThat(run("mount", "-o", "remount,ro", MOUNT.toString())).isZero();
            app.launch();
            Awaitility.await("the service answers on a read-only file system")
                    .atMost(Duration.ofSeconds(90))
                    .ignoreExceptions()
                    .until(() -> app.status("/q/health/ready") == 503);
            assertThat(app.status("/api/v1/results/" + stored.iterator().next()))
                    .as("reading still works")
                    .isEqualTo(200);
            statuses.clear();
            submit(app, 5, stored, statuses);
            assertThat(statuses).as("submissions on a read-only file system").containsOnly(503);

            assertThat(run("mount", "-o", "remount,rw", MOUNT.toString())).isZero();
            Awaitility.await("readiness UP once writable again")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> app.status("/q/health/ready") == 200);
            before = stored.size();
            submit(app, 5, stored, null);
            assertThat(stored)
                    .as("submissions after the file system is writable again")
                    .hasSize(before + 5);

            app.kill();
            try (Connection c = DriverManager.getConnection(app.jdbcUrl(), app.jdbcUser(), app.jdbcPassword());
                    ResultSet r = c.createStatement().executeQuery("SELECT report_token FROM response")) {
                Set<String> inDatabase = new HashSet<>();
                while (r.next()) {
                    inDatabase.add(r.getString(1));
                }
                assertThat(inDatabase)
                        .as("exactly the acknowledged responses, none of those refused")
                        .isEqualTo(stored);
            }
        }
    }

    /**
     * Submits {@code n} responses one after the other. A 201's token goes into {@code stored}; any
     * other answer must be a 503 problem with Retry-After (its status goes into {@code statuses}).
     */
    static void submit(PackagedApp app, int n, Set<String> stored, List<Integer> statuses) throws Exception {
        String body = CrashRecoveryIT.BODY;
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = app.postJson("/api/v1/questionnaires/quick-check/responses", body);
            if (statuses != null) {
                statuses.add(r.statusCode());
            }
            if (r.statusCode() == 201) {
                Matcher m = CrashRecoveryIT.TOKEN.matcher(r.body());
                assertThat(m.find()).isTrue();
                stored.add(m.group(1));
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(r.body())
                        .contains("\"status\":503")
                        .doesNotContain("Exception")
                        .doesNotContain("at org.");
            }
        }
    }

    /** Writes zeros until the file system says there is no space left. */
    static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (FileOutputStream out = new FileOutputStream(filler.toFile())) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // no space left on device: that is the point
        }
    }

    static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            if (p.exitValue() != 0) {
                System.err.println(String.join(" ", command) + ": " + out.strip());
            }
            return p.exitValue();
        } catch (IOException notThere) {
            return -1;
        }
    }
}
