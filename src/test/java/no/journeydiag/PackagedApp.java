package no.journeydiag;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The packaged jar (target/quarkus-app/quarkus-run.jar) as a process of its own, for what only the
 * shipped artifact shows: start-up, crash recovery after kill -9, graceful SIGTERM, a full disk.
 * Each instance has a directory under target/it/ for its H2 files (or a PostgreSQL schema when the
 * jar was built for PostgreSQL) and its log.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String name;
    private final Path dir;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final int port;
    private Process process;
    private int starts;

    /** An instance named {@code name} on a free port, its data in target/it/{name} (emptied now). */
    public PackagedApp(String name) throws IOException {
        this.name = name;
        this.dir = Path.of("target", "it", name).toAbsolutePath();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        set("quarkus.http.port", Integer.toString(port));
        set("diagnostic.data-dir", dir.resolve("data").toString());
        set("diagnostic.auth.secure-cookie", "false");
        if (TestDatabase.postgres()) {
            String schema = "it_" + name.replaceAll("[^a-z0-9]", "_");
            String url =
                    TestDatabase.pgUrl() + (TestDatabase.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            set("quarkus.datasource.jdbc.url", url);
            set("quarkus.datasource.username", TestDatabase.pgUser());
            set("quarkus.datasource.password", TestDatabase.pgPassword());
            set("quarkus.flyway.schemas", schema);
            set("quarkus.flyway.clean-disabled", "false");
            set("quarkus.flyway.clean-at-start", "true"); // the first start only; see start()
        }
    }

    /** True when the jar has been built (failsafe runs after package). */
    public static boolean built() {
        return Files.isRegularFile(JAR);
    }

    public PackagedApp set(String key, String value) {
        properties.put(key, value);
        return this;
    }

    public PackagedApp env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    public Path dir() {
        return dir;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return dir.resolve("log-" + starts + ".txt");
    }

    /** Starts the jar (again, on the same data after the first time) and waits until it is ready. */
    public PackagedApp start() throws IOException {
        launch();
        awaitReady();
        return this;
    }

    /** Starts the process without waiting for it to be ready. */
    public Process launch() throws IOException {
        if (starts > 0) {
            properties.remove("quarkus.flyway.clean-at-start"); // later starts keep what the first one stored
        }
        starts++;
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder b = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile());
        b.environment().remove("DIAGNOSTIC_ADMIN_PASSWORD"); // only what the test sets
        b.environment().putAll(environment);
        process = b.start();
        return process;
    }

    public void awaitReady() {
        Awaitility.await("packaged app " + name + " ready (log: " + log() + ")")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logText());
                    }
                    return status("/q/health/ready") == 200;
                });
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a container runtime sends it. */
    public void terminate() {
        process.destroy();
    }

    public int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " still running " + within + " after it was asked to stop");
        }
        return process.exitValue();
    }

    public Process process() {
        return process;
    }

    public String logText() {
        try {
            return Files.readString(log(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public int status(String path) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** JDBC URL of this instance's database, for checking what is stored while the process is stopped. */
    public String jdbcUrl() {
        return TestDatabase.postgres()
                ? properties.get("quarkus.datasource.jdbc.url")
                : "jdbc:h2:file:"
                        + Path.of(properties.get("diagnostic.data-dir")).resolve("diagnostic") + ";IFEXISTS=TRUE";
    }

    public String jdbcUser() {
        return TestDatabase.postgres() ? TestDatabase.pgUser() : "sa";
    }

    public String jdbcPassword() {
        return TestDatabase.postgres() ? TestDatabase.pgPassword() : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
