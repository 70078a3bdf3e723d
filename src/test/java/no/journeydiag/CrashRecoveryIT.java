package no.journeydiag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A 201 means stored: the packaged jar is killed with SIGKILL right after a batch of acknowledged
 * writes (while more are in flight), and every acknowledged response, draft step, lead, workshop
 * change and webhook event must be there after a restart. -Dcrash.cycles=N runs more cycles
 * (bench/crash-loop.sh runs 25).
 */
class CrashRecoveryIT {

    /** Three on H2, whose commit path this guards; one on PostgreSQL, where the server keeps what it committed. */
    static final int CYCLES = Integer.getInteger("crash.cycles", TestDatabase.postgres() ? 1 : 3);

    static final int SUBMISSIONS = 60;
    static final String PASSWORD = "crash-test-admin-password";
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]{43})\"");
    /** A valid quick-check answer set (ResponseApiTest works its scores out by hand). */
    static final String BODY = "{\"answers\": {\"named-owner\": \"no\", \"value-measure\": \"campaign-results\","
            + " \"acquisition-targets\": \"agree\", \"value-drivers\": \"disagree\", \"owner-can-change\": \"disagree\","
            + " \"kpis-conflict\": \"agree\", \"reallocation\": \"next-plan\", \"reports-not-acted\": \"dont-know\","
            + " \"project-assets\": [\"crm\", \"dashboards\"], \"initiative-model\": \"project\", \"followed-up\": \"agree\","
            + " \"stopped-recently\": \"no\"}}";

    /** What the service acknowledged before it was killed. */
    record Acknowledged(Set<String> responses, Set<String> drafts, Set<String> leads, Set<Long> closedWorkshops) {}

    @Test
    void nothingAcknowledgedIsLostWhenTheProcessIsKilled() throws Exception {
        Assumptions.assumeTrue(PackagedApp.built(), "needs the packaged jar (failsafe runs after package)");
        try (PackagedApp app = new PackagedApp("crash")) {
            app.set("diagnostic.admin.password", PASSWORD)
                    // A webhook target that never answers: every event stays pending in the outbox, to be counted.
                    .set("diagnostic.webhooks.allow-http", "true")
                    .set("diagnostic.webhooks.allow-loopback", "true")
                    .set("diagnostic.webhooks.poll-every", "1h")
                    .set("diagnostic.webhooks.targets.crm.url", "http://127.0.0.1:9/hook")
                    .set("diagnostic.webhooks.targets.crm.secret", "crash-test-webhook-secret");
            List<Acknowledged> all = new ArrayList<>();
            app.start();
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                Acknowledged acked = writeThenKill(app, cycle);
                all.add(acked);
                assertStored(app, all); // read by JDBC while the process is dead
                app.start();
                for (Acknowledged a : all) {
                    for (String token : a.responses()) {
                        assertThat(app.status("/api/v1/results/" + token))
                                .as("result " + token + " after restart")
                                .isEqualTo(200);
                    }
                    for (String draft : a.drafts()) {
                        assertThat(app.get("/d/" + draft + "/1").body())
                                .as("draft " + draft)
                                .contains("value=\"yes\" checked");
                    }
                }
            }
        }
    }

    /** Writes of every kind at once from several threads; SIGKILL as soon as the batch's last 201 arrived. */
    static Acknowledged writeThenKill(PackagedApp app, int cycle) throws Exception {
        FormBrowser consultant = new FormBrowser(app.base()).login("admin", PASSWORD);
        consultant.page("/consultant/workshops/new");
        String workshop = FormBrowser.location(consultant.post(
                "/consultant/workshops",
                Map.of("organisation", "Crash " + cycle + " AS", "questionnaire", "quick-check")));
        long workshopId = Long.parseLong(workshop.substring(workshop.lastIndexOf('/') + 1));
        consultant.page(workshop);

        Set<String> responses = ConcurrentHashMap.newKeySet();
        java.util.Queue<String> withoutLead = new java.util.concurrent.ConcurrentLinkedQueue<>();
        Set<String> drafts = ConcurrentHashMap.newKeySet();
        Set<String> leads = ConcurrentHashMap.newKeySet();
        Set<Long> closed = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        String body = BODY;
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    int n = sent.incrementAndGet();
                    try {
                        if (thread == 0 && n % 4 == 0) {
                            drafts.add(draftStep(app));
                        } else if (thread == 1 && !withoutLead.isEmpty() && n % 3 == 0) {
                            String token = withoutLead.poll(); // one lead per result: a second would replace the first
                            String email = "lead-" + UUID.randomUUID() + "@example.com";
                            HttpResponse<String> r = app.postJson(
                                    "/api/v1/results/" + token + "/lead",
                                    "{\"email\": \"" + email + "\", \"consent\": true}");
                            if (r.statusCode() == 201) {
                                leads.add(email);
                            }
                        } else {
                            HttpResponse<String> r = app.postJson(
                                    "/api/v1/questionnaires/quick-check/responses",
                                    body,
                                    "Idempotency-Key",
                                    UUID.randomUUID().toString());
                            Matcher m = TOKEN.matcher(r.body());
                            if (r.statusCode() == 201 && m.find()) {
                                responses.add(m.group(1));
                                withoutLead.add(m.group(1));
                            }
                        }
                    } catch (Exception killed) {
                        return; // the process is gone: nothing was acknowledged by this request
                    }
                }
            });
        }
        org.awaitility.Awaitility.await("60 acknowledged submissions")
                .atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(5))
                .until(() -> responses.size() >= SUBMISSIONS);
        // A workshop change acknowledged in the same moment: closing it (303) must survive too.
        FormBrowser.location(consultant.post(workshop + "/close", Map.of()));
        closed.add(workshopId);
        app.kill();
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        // Snapshots taken after the kill: a write acknowledged in the last instant is in the sets, and must be stored.
        return new Acknowledged(Set.copyOf(responses), Set.copyOf(drafts), Set.copyOf(leads), Set.copyOf(closed));
    }

    /** Starts a draft and saves its first step (named-owner: yes); returns the draft token once the save was acknowledged. */
    static String draftStep(PackagedApp app) throws Exception {
        FormBrowser visitor = new FormBrowser(app.base());
        visitor.page("/a/quick-check");
        String step = FormBrowser.location(visitor.post("/a/quick-check/start", Map.of("lang", "en")));
        String token = step.split("/")[2];
        visitor.page(step);
        FormBrowser.location(visitor.post(step, Map.of("q.named-owner", "yes")));
        return token;
    }

    static void assertStored(PackagedApp app, List<Acknowledged> all) throws Exception {
        try (Connection c = DriverManager.getConnection(app.jdbcUrl(), app.jdbcUser(), app.jdbcPassword())) {
            for (Acknowledged a : all) {
                for (String token : a.responses()) {
                    assertThat(count(c, "SELECT COUNT(*) FROM response WHERE report_token = ?", token))
                            .as("response " + token)
                            .isOne();
                    // response.completed for the CRM, written in the same transaction as the response
                    assertThat(count(
                                    c,
                                    "SELECT COUNT(*) FROM webhook_delivery WHERE event_type = 'response.completed' AND payload LIKE ?",
                                    "%" + token + "%"))
                            .as("webhook event of " + token)
                            .isOne();
                }
                for (String draft : a.drafts()) {
                    assertThat(count(
                                    c,
                                    "SELECT COUNT(*) FROM draft WHERE draft_token = ? AND answers_json LIKE '%named-owner%'",
                                    draft))
                            .as("draft " + draft)
                            .isOne();
                }
                for (String email : a.leads()) {
                    assertThat(count(c, "SELECT COUNT(*) FROM lead WHERE email = ?", email))
                            .as("lead " + email)
                            .isOne();
                }
                for (long id : a.closedWorkshops()) {
                    assertThat(count(c, "SELECT COUNT(*) FROM workshop WHERE id = ? AND closed = TRUE", id))
                            .as("workshop " + id)
                            .isOne();
                }
            }
        }
    }

    static long count(Connection c, String sql, Object arg) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
