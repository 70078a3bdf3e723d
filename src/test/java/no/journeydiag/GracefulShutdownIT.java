package no.journeydiag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while submissions are in flight: the packaged jar finishes every request it has begun
 * (graceful shutdown, quarkus.shutdown.timeout), answers new ones with 503, then exits; what it
 * acknowledged is stored, and a retry with the same Idempotency-Key makes no second response.
 */
class GracefulShutdownIT {

    static final int IN_FLIGHT = 48;

    @Test
    void requestsInFlightAtSigtermAreAnsweredAndStoredOnce() throws Exception {
        Assumptions.assumeTrue(PackagedApp.built(), "needs the packaged jar (failsafe runs after package)");
        Assumptions.assumeFalse(
                TestDatabase.postgres(), "the HTTP layer's shutdown does not depend on the database; run on H2");
        try (PackagedApp app = new PackagedApp("sigterm")) {
            app.set("diagnostic.admin.password", "sigterm-admin-password").start();
            int port = Integer.parseInt(app.base().substring(app.base().lastIndexOf(':') + 1));
            byte[] body = CrashRecoveryIT.BODY.getBytes(StandardCharsets.UTF_8);
            int half = body.length / 2;

            // Each request's headers and half its body are sent; the server has begun them all.
            List<Socket> sockets = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                Socket s = new Socket("127.0.0.1", port);
                s.setSoTimeout(60_000);
                String key = UUID.randomUUID().toString();
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/v1/questionnaires/quick-check/responses HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Content-Type: application/json\r\nIdempotency-Key: " + key + "\r\nContent-Length: "
                                + body.length
                                + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, half);
                out.flush();
                sockets.add(s);
                keys.add(key);
            }
            // Round trips on another connection: by their answers the server has read the headers sent before them.
            for (int i = 0; i < 3; i++) {
                assertThat(app.status("/q/health/live")).isEqualTo(200);
            }

            app.terminate();
            for (Socket s : sockets) {
                s.getOutputStream().write(body, half, body.length - half);
                s.getOutputStream().flush();
            }
            // Every request gets a whole answer: 201 if the server had begun it (it finishes within the grace period),
            // or 503 if it only read it after SIGTERM (then nothing is stored and the client may retry).
            Map<String, String> tokens = new HashMap<>();
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                String response = readAll(sockets.get(i).getInputStream());
                assertThat(response).as("request " + i + " got a whole answer").matches("(?s)HTTP/1\\.1 (201|503) .*");
                if (response.startsWith("HTTP/1.1 201")) {
                    Matcher m = CrashRecoveryIT.TOKEN.matcher(response);
                    assertThat(m.find()).as(response).isTrue();
                    tokens.put(keys.get(i), m.group(1));
                } else {
                    refused.add(keys.get(i));
                }
                sockets.get(i).close();
            }
            assertThat(tokens)
                    .as("requests begun before SIGTERM are finished, not cut off")
                    .isNotEmpty();
            app.awaitExit(Duration.ofSeconds(45));

            app.start();
            for (Map.Entry<String, String> t : tokens.entrySet()) {
                assertThat(app.status("/api/v1/results/" + t.getValue())).isEqualTo(200);
                // A client that never saw its answer retries: it gets the first result, not a second response.
                HttpResponse<String> retry = app.postJson(
                        "/api/v1/questionnaires/quick-check/responses",
                        CrashRecoveryIT.BODY,
                        "Idempotency-Key",
                        t.getKey());
                assertThat(retry.statusCode()).isEqualTo(201);
                assertThat(retry.headers().firstValue("Idempotency-Replayed")).hasValue("true");
                assertThat(retry.body()).contains("\"token\":\"" + t.getValue() + "\"");
            }
            for (String key : refused) {
                HttpResponse<String> retry = app.postJson(
                        "/api/v1/questionnaires/quick-check/responses", CrashRecoveryIT.BODY, "Idempotency-Key", key);
                assertThat(retry.statusCode()).isEqualTo(201);
                assertThat(retry.headers().firstValue("Idempotency-Replayed"))
                        .as("a 503 stored nothing")
                        .isEmpty();
            }
            app.kill();
            try (var c = java.sql.DriverManager.getConnection(app.jdbcUrl(), app.jdbcUser(), app.jdbcPassword());
                    var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM response")) {
                r.next();
                assertThat(r.getLong(1))
                        .as("one response per request, retries included")
                        .isEqualTo(IN_FLIGHT);
            }
        }
    }

    @Test
    void aRequestAfterSigtermIsRefusedWith503OrNotAcceptedAtAll() throws Exception {
        Assumptions.assumeTrue(PackagedApp.built(), "needs the packaged jar (failsafe runs after package)");
        Assumptions.assumeFalse(
                TestDatabase.postgres(), "the HTTP layer's shutdown does not depend on the database; run on H2");
        try (PackagedApp app = new PackagedApp("sigterm-new")) {
            app.set("diagnostic.admin.password", "sigterm-admin-password").start();
            int port = Integer.parseInt(app.base().substring(app.base().lastIndexOf(':') + 1));
            // One request held open keeps the service in its grace period.
            Socket held = new Socket("127.0.0.1", port);
            byte[] body = CrashRecoveryIT.BODY.getBytes(StandardCharsets.UTF_8);
            held.getOutputStream()
                    .write(("POST /api/v1/questionnaires/quick-check/responses HTTP/1.1\r\nHost: x\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            held.getOutputStream().flush();
            // In flight means the server has taken the request up: wait until it counts it (the scrape counts itself).
            org.awaitility.Awaitility.await("the held request in flight")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> activeRequests(app) >= 2);
            app.terminate();
            org.awaitility.Awaitility.await("new requests refused during the grace period")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> {
                        try {
                            return app.postJson("/api/v1/questionnaires/quick-check/responses", CrashRecoveryIT.BODY)
                                            .statusCode()
                                    == 503;
                        } catch (java.io.IOException refused) {
                            return true; // the listener is closed: not accepted at all, so nothing stored either
                        }
                    });
            held.getOutputStream().write(body);
            held.getOutputStream().flush();
            held.setSoTimeout(30_000);
            assertThat(readAll(held.getInputStream())).startsWith("HTTP/1.1 201");
            held.close();
            app.awaitExit(Duration.ofSeconds(45));
        }
    }

    /** Requests the server is handling now, as its /q/metrics says (the scrape itself among them). */
    static double activeRequests(PackagedApp app) throws Exception {
        return app.get("/q/metrics")
                .body()
                .lines()
                .filter(l -> l.startsWith("http_server_active_requests{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    static String readAll(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.toString(StandardCharsets.UTF_8).contains("\"token\":\"")
                    && out.size() > 200
                    && out.toString(StandardCharsets.UTF_8).trim().endsWith("}")) {
                break;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
