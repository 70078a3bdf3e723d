package no.journeydiag;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The webhook outbox across a restart of the packaged jar: an event whose delivery failed while the
 * CRM was down is still pending after the service stops, and the next start delivers it once, with
 * the event id it was given before the restart.
 */
class OutboxRestartIT {

    record Row(String eventId, String status, int attempts) {}

    @Test
    void aDeliveryThatFailedBeforeARestartIsDeliveredOnceAfterItWithItsEventId() throws Exception {
        Assumptions.assumeTrue(PackagedApp.built(), "needs the packaged jar (failsafe runs after package)");
        int crmPort;
        try (ServerSocket free = new ServerSocket(0)) {
            crmPort = free.getLocalPort(); // nothing listens here during the first start
        }
        try (PackagedApp app = new PackagedApp("outbox-restart")) {
            app.set("diagnostic.webhooks.allow-http", "true")
                    .set("diagnostic.webhooks.allow-loopback", "true")
                    .set("diagnostic.webhooks.poll-every", "200ms")
                    .set("diagnostic.webhooks.backoff", "PT5S")
                    .set("diagnostic.webhooks.targets.crm.url", "http://127.0.0.1:" + crmPort + "/hook")
                    .set("diagnostic.webhooks.targets.crm.secret", "outbox-restart-webhook-secret")
                    .set("quarkus.log.category.\"no.journeydiag.webhook\".level", "DEBUG");
            app.start();
            assertThat(app.postJson("/api/v1/questionnaires/quick-check/responses", CrashRecoveryIT.BODY)
                            .statusCode())
                    .isEqualTo(201);
            Awaitility.await("a failed delivery attempt in the log")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> app.logText().contains("to 'crm' failed (attempt 1)"));
            app.terminate();
            app.awaitExit(Duration.ofSeconds(30));

            Row before = crmRow(app);
            assertThat(before.status()).isEqualTo("pending");
            assertThat(before.attempts()).isPositive();

            List<String> received = new CopyOnWriteArrayList<>();
            HttpServer crm = HttpServer.create(new InetSocketAddress("127.0.0.1", crmPort), 0);
            crm.createContext("/hook", exchange -> {
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                received.add(id != null ? id : exchange.getRequestHeaders().getFirst("X-Diagnostic-Event-Id"));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            crm.start();
            try {
                app.start();
                // The row waits out its 5 s backoff from the first start, then goes at the next tick.
                Awaitility.await("the pending event delivered after the restart")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> !received.isEmpty());
                // The CRM's 204 is in; stop only once the service has recorded it (a later start would resend).
                Awaitility.await("the delivery recorded")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> app.logText().contains("to 'crm' delivered (committed)"));
                app.terminate();
                app.awaitExit(Duration.ofSeconds(30));
            } finally {
                crm.stop(0);
            }
            assertThat(received).as("delivered once, with its id from before").containsExactly(before.eventId());
            assertThat(crmRow(app).status()).isEqualTo("delivered");
        }
    }

    static Row crmRow(PackagedApp app) throws Exception {
        try (Connection c = DriverManager.getConnection(app.jdbcUrl(), app.jdbcUser(), app.jdbcPassword());
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT event_id, status, attempts FROM webhook_delivery WHERE target = 'crm'")) {
            assertThat(r.next()).as("the CRM's delivery row").isTrue();
            Row row = new Row(r.getString(1), r.getString(2), r.getInt(3));
            assertThat(r.next()).as("one row for one response").isFalse();
            return row;
        }
    }
}
