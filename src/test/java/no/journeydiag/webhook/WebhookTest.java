package no.journeydiag.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import no.journeydiag.response.Answers;
import no.journeydiag.webhook.persistence.DeliveryEntity;
import no.journeydiag.webhook.service.AddressGuard;
import no.journeydiag.webhook.service.WebhookSender;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a receiver this test runs on loopback (allowed here by an explicit setting).
 * The scheduled sender is off; the tests call the sender themselves.
 */
@QuarkusTest
@TestProfile(WebhookTest.Profile.class)
class WebhookTest {

    static final int PORT = freePort();
    static final String SECRET = "a-shared-secret-of-32-characters";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("diagnostic.webhooks.allow-http", "true"),
                    Map.entry("diagnostic.public-base-url", "https://diagnostic.example.com"),
                    Map.entry("diagnostic.webhooks.allow-loopback", "true"),
                    // "off": the tests call the sender themselves, and a tick beside them would race them for a row
                    Map.entry("diagnostic.webhooks.poll-every", "off"),
                    Map.entry("diagnostic.webhooks.backoff", "PT0.05S"),
                    Map.entry("diagnostic.webhooks.targets.crm.url", "http://127.0.0.1:" + PORT + "/hook"),
                    Map.entry("diagnostic.webhooks.targets.crm.secret", SECRET),
                    Map.entry("diagnostic.webhooks.targets.crm.questionnaires", "quick-check"),
                    Map.entry("diagnostic.webhooks.targets.metadata.url", "http://169.254.169.254/latest/meta-data"),
                    Map.entry("diagnostic.webhooks.targets.metadata.secret", SECRET),
                    Map.entry("diagnostic.webhooks.targets.metadata.questionnaires", "quick-check"),
                    Map.entry("diagnostic.webhooks.targets.internal.url", "http://10.20.30.40/hook"),
                    Map.entry("diagnostic.webhooks.targets.internal.secret", SECRET),
                    Map.entry("diagnostic.webhooks.targets.internal.questionnaires", "quick-check"),
                    // Names only the stand-in DNS below knows; journey-ownership only, so the other tests never see
                    // them.
                    Map.entry("diagnostic.webhooks.targets.pinned.url", "http://crm.rebind.test:" + PORT + "/pinned"),
                    Map.entry("diagnostic.webhooks.targets.pinned.secret", SECRET),
                    Map.entry("diagnostic.webhooks.targets.pinned.questionnaires", "journey-ownership"),
                    Map.entry("diagnostic.webhooks.targets.later.url", "http://later.rebind.test:" + PORT + "/pinned"),
                    Map.entry("diagnostic.webhooks.targets.later.secret", SECRET),
                    Map.entry("diagnostic.webhooks.targets.later.questionnaires", "journey-ownership"));
        }
    }

    /** What the receiver saw: headers we care about and the body. */
    record Received(String eventId, String timestamp, String signature, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    /** The Host header of each request to /pinned. */
    final List<String> pinnedHosts = new CopyOnWriteArrayList<>();
    /** Whether the stand-in DNS knows later.rebind.test yet. */
    volatile boolean laterResolves;

    final AtomicInteger answer = new AtomicInteger(200);
    /** Requests the receiver has read and not yet answered. */
    final AtomicInteger waiting = new AtomicInteger();
    /** The most requests the receiver held at once. */
    final AtomicInteger mostWaiting = new AtomicInteger();

    volatile CountDownLatch hold;
    HttpServer receiver;

    @Inject
    WebhookSender sender;

    @BeforeEach
    void clean() {
        deleteDeliveries();
        // Stand-in DNS: *.rebind.test names exist only here, so a request that reaches the receiver
        // must have gone to the address the guard checked, never through a second look-up.
        QuarkusMock.installMockForType(
                new AddressGuard.Dns() {
                    @Override
                    public InetAddress[] resolve(String host) throws UnknownHostException {
                        if (host.equals("crm.rebind.test") || host.equals("later.rebind.test") && laterResolves) {
                            return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
                        }
                        if (host.endsWith(".rebind.test")) {
                            throw new UnknownHostException(host);
                        }
                        return super.resolve(host);
                    }
                },
                AddressGuard.Dns.class);
    }

    @AfterEach
    void stop() {
        stopReceiver();
    }

    void startReceiver() {
        try {
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body));
            mostWaiting.accumulateAndGet(waiting.incrementAndGet(), Math::max);
            CountDownLatch h = hold;
            if (h != null) {
                try {
                    h.await(2, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            waiting.decrementAndGet();
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.createContext("/pinned", exchange -> {
            exchange.getRequestBody().readAllBytes();
            pinnedHosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
            receiver = null;
        }
    }

    /**
     * A port that is free now, below the kernel's ephemeral range (32768 and up): the receiver binds
     * it only later, and meanwhile a random port of some other server or client may be handed out
     * from that range.
     */
    static int freePort() {
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 200; i++) {
            int port = 20000 + random.nextInt(12000);
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                return s.getLocalPort();
            } catch (IOException e) {
                // taken: try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    static String submitQuickCheck() {
        return given().contentType("application/json")
                .body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    /** Waits out the test profile's short backoff: the CRM's row is due again. */
    void awaitDue() {
        Awaitility.await("the retry is due")
                .atMost(Duration.ofSeconds(5))
                .until(() -> !delivery("crm").nextAttemptAt.isAfter(OffsetDateTime.now(ZoneOffset.UTC)));
    }

    @Transactional
    void deleteDeliveries() {
        DeliveryEntity.deleteAll();
    }

    @Transactional
    List<no.journeydiag.webhook.persistence.AttemptEntity> attempts(long delivery) {
        return no.journeydiag.webhook.persistence.AttemptEntity.list("deliveryId = ?1 order by id", delivery);
    }

    @Transactional
    DeliveryEntity delivery(String target) {
        return DeliveryEntity.find("target", target).firstResult();
    }

    @Test
    void aBacklogOfMoreThanOneBatchIsDeliveredInOneTick() {
        startReceiver();
        java.util.Set<String> tokens = new java.util.TreeSet<>();
        for (int i = 0; i < 45; i++) { // 45 events for the CRM, plus 90 for the two blocked targets
            tokens.add(submitQuickCheck());
        }
        sender.sendBacklog();
        java.util.List<String> delivered = received.stream()
                .map(r -> new JsonPath(r.body()).getString("result.token"))
                .sorted()
                .toList();
        assertEquals(
                List.copyOf(tokens),
                delivered,
                "every CRM event once (a short answer once made one fail after it arrived, and sent it again),"
                        + " not just the first batch of " + WebhookSender.BATCH);
        assertEquals(0, pending(), "nothing left for the next tick");
    }

    @Test
    void eventsAboutDifferentResultsAreSentSideBySide() throws Exception {
        startReceiver();
        for (int i = 0; i < 4; i++) {
            submitQuickCheck();
        }
        hold = new CountDownLatch(1); // the receiver keeps each request open until released
        var sending = java.util.concurrent.CompletableFuture.supplyAsync(sender::sendBacklog);
        Awaitility.await("four deliveries in flight at once")
                .atMost(Duration.ofSeconds(10))
                .until(() -> waiting.get() == 4);
        hold.countDown();
        sending.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(4, received.size());
        assertEquals(0, pending());
    }

    /** A second event about the same result for the CRM, written at the same moment, so with the same sequence. */
    @Transactional
    String twin(String token) {
        DeliveryEntity first = DeliveryEntity.find("resultToken = ?1 and target = ?2", token, "crm")
                .firstResult();
        DeliveryEntity d = new DeliveryEntity();
        d.eventId = java.util.UUID.randomUUID().toString();
        d.eventType = first.eventType;
        d.target = first.target;
        d.payload = first.payload.replace(first.eventId, d.eventId);
        d.status = DeliveryEntity.PENDING;
        d.nextAttemptAt = first.nextAttemptAt;
        d.giveUpAt = first.giveUpAt;
        d.createdAt = first.createdAt;
        d.resultToken = first.resultToken;
        d.sequence = first.sequence;
        d.persist();
        return d.eventId;
    }

    @Test
    void twoEventsAboutOneResultWithTheSameSequenceGoOneAfterTheOtherOldestFirst() throws Exception {
        startReceiver();
        String token = submitQuickCheck();
        String second = twin(token);
        hold = new CountDownLatch(1); // never released: each request is held for the receiver's 2 s
        sender.sendBacklog();
        assertEquals(2, received.size());
        assertEquals(second, received.get(1).eventId(), "the row written first goes first");
        assertEquals(1, mostWaiting.get(), "never both at once");
    }

    @Transactional
    long pending() {
        return DeliveryEntity.count("status", DeliveryEntity.PENDING);
    }

    @Test
    void aCompletedResponseIsPostedOnceWithAVerifiableSignature() {
        startReceiver();
        String token = submitQuickCheck();
        assertEquals(DeliveryEntity.PENDING, delivery("crm").status, "written with the response, sent later");
        sender.sendDue();
        assertEquals(1, received.size());
        Received r = received.get(0);
        JsonPath body = new JsonPath(r.body());
        assertEquals("response.completed", body.getString("type"));
        assertEquals(r.eventId(), body.getString("eventId"));
        assertEquals("quick-check", body.getString("questionnaire.id"));
        assertEquals(token, body.getString("result.token"));
        assertEquals(15.3f, body.getFloat("result.overall")); // worked out in ResponseApiTest
        assertEquals("https://diagnostic.example.com/r/" + token, body.getString("reportUrl"));
        assertEquals(1, body.getInt("sequence"));

        // Verify as a Standard Webhooks receiver would: base64 HMAC-SHA256 over "<id>.<timestamp>.<body>"
        // keyed with the secret's UTF-8 bytes (a configuration secret without whsec_), computed here
        // independently.
        String t = r.timestamp();
        assertEquals("v1," + hmacSha256(SECRET, r.eventId() + "." + t + "." + r.body()), r.signature());
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t)) < 60);

        assertEquals(DeliveryEntity.DELIVERED, delivery("crm").status);
        sender.sendDue();
        assertEquals(1, received.size(), "a delivered event is not sent again");
    }

    @Test
    void aTargetThatIsDownIsRetriedAndGetsTheEventOnceItIsBackWithTheSameEventId() throws Exception {
        submitQuickCheck();
        sender.sendDue(); // nobody listens: connection refused
        DeliveryEntity afterFirst = delivery("crm");
        assertEquals(DeliveryEntity.PENDING, afterFirst.status);
        assertEquals(1, afterFirst.attempts);
        assertTrue(afterFirst.lastError.startsWith("could not deliver"), afterFirst.lastError);

        startReceiver();
        answer.set(503); // up, but failing
        awaitDue();
        sender.sendDue();
        assertEquals(2, delivery("crm").attempts);
        assertEquals(503, delivery("crm").lastStatus);

        answer.set(200);
        awaitDue();
        sender.sendDue();
        assertEquals(DeliveryEntity.DELIVERED, delivery("crm").status);
        assertEquals(3, delivery("crm").attempts);
        assertEquals(2, received.size(), "the 503 attempt and the successful one");
        assertEquals(1, received.stream().map(Received::eventId).distinct().count(), "one event id across retries");
    }

    @Test
    void twoSendersAtOnceDeliverAnEventOnlyOnce() throws Exception {
        startReceiver();
        hold = new CountDownLatch(1); // the receiver holds the first request while the second sender runs
        submitQuickCheck();
        Thread first = new Thread(sender::sendDue);
        first.start();
        Awaitility.await("the first sender's request held by the receiver")
                .atMost(Duration.ofSeconds(5))
                .until(() -> received.size() == 1);
        sender.sendDue(); // like a second instance's scheduler: the row is claimed, so it is skipped
        hold.countDown();
        first.join(5000);
        assertEquals(1, received.size());
        assertEquals(DeliveryEntity.DELIVERED, delivery("crm").status);
    }

    @Test
    void internalAndMetadataAddressesAreNeverContacted() {
        submitQuickCheck();
        sender.sendDue();
        DeliveryEntity metadata = delivery("metadata");
        assertEquals(DeliveryEntity.FAILED, metadata.status);
        assertTrue(
                metadata.lastError.contains("169.254.169.254") && metadata.lastError.contains("link-local"),
                metadata.lastError);
        assertEquals(null, metadata.lastStatus, "no HTTP status: no request was made");
        DeliveryEntity internal = delivery("internal");
        assertEquals(DeliveryEntity.FAILED, internal.status);
        assertTrue(internal.lastError.contains("a private address"), internal.lastError);
    }

    @Test
    void anAdminCanRetryAFailedEvent() {
        submitQuickCheck();
        sender.sendDue();
        long id = delivery("metadata").id;
        sender.retry(id);
        assertEquals(DeliveryEntity.PENDING, delivery("metadata").status);
        assertEquals(1, delivery("metadata").attempts, "a retry keeps the count: the history is never reset");
        sender.sendDue();
        assertEquals(2, delivery("metadata").attempts);
        assertEquals(2, attempts(id).size(), "each attempt is kept with its outcome");
        assertTrue(
                attempts(id).get(1).error.startsWith("blocked:"), attempts(id).get(1).error);
    }

    @Test
    void aLeadGivenWithConsentIsSentAsItsOwnEventAndDeletingTheResultWithdrawsUndeliveredEvents() {
        startReceiver();
        String token = submitQuickCheck();
        given().contentType("application/json")
                .body(Map.of("email", "kari@example.no", "name", "Kari", "consent", true))
                .post("/api/v1/results/" + token + "/lead")
                .then()
                .statusCode(201);
        sender.sendDue();
        JsonPath lead = received.stream()
                .map(r -> new JsonPath(r.body()))
                .filter(j -> "lead.captured".equals(j.getString("type")))
                .findFirst()
                .orElseThrow();
        assertEquals("kari@example.no", lead.getString("lead.email"));
        assertEquals("2026-11", lead.getString("lead.consentVersion"));
        assertEquals(token, lead.getString("result.token"));

        stopReceiver();
        String second = submitQuickCheck();
        given().contentType("application/json")
                .body(Map.of("email", "ola@example.no", "consent", true))
                .post("/api/v1/results/" + second + "/lead")
                .then()
                .statusCode(201);
        assertEquals(2, pendingAbout(second), "response.completed and lead.captured for crm");
        given().delete("/api/v1/results/" + second).then().statusCode(204);
        assertEquals(0, pendingAbout(second));
    }

    @Test
    void theSenderConnectsToTheAddressItCheckedAndSendsTheNameAsHost() {
        startReceiver();
        laterResolves = true;
        submitJourneyOwnership();
        sender.sendDue();
        assertEquals(DeliveryEntity.DELIVERED, delivery("pinned").status, delivery("pinned").lastError);
        assertTrue(
                pinnedHosts.contains("crm.rebind.test:" + PORT), "the name, not the address, in Host: " + pinnedHosts);
    }

    @Test
    void aNameThatDoesNotResolveIsRetriedAndDeliveredOnceItDoes() {
        startReceiver();
        submitJourneyOwnership();
        sender.sendDue();
        DeliveryEntity first = delivery("later");
        assertEquals(DeliveryEntity.PENDING, first.status, "not failed after one attempt");
        assertEquals(1, first.attempts);
        assertTrue(first.lastError.contains("later.rebind.test does not resolve"), first.lastError);
        assertEquals(null, first.lastStatus, "no request was made");
        assertFalse(pinnedHosts.contains("later.rebind.test:" + PORT));

        laterResolves = true;
        makeDue("later");
        sender.sendDue();
        assertEquals(DeliveryEntity.DELIVERED, delivery("later").status, delivery("later").lastError);
        assertEquals(2, delivery("later").attempts);
        assertTrue(pinnedHosts.contains("later.rebind.test:" + PORT), pinnedHosts.toString());
    }

    static void submitJourneyOwnership() {
        given().contentType("application/json")
                .body(Map.of("answers", Answers.journeyOwnershipBest()))
                .post("/api/v1/questionnaires/journey-ownership/responses")
                .then()
                .statusCode(201);
    }

    /** The backoff has passed, without waiting for it. */
    @Transactional
    void makeDue(String target) {
        DeliveryEntity.update(
                "nextAttemptAt = ?1 where target = ?2",
                java.time.OffsetDateTime.now().minusSeconds(1),
                target);
    }

    @Transactional
    long pendingAbout(String token) {
        return DeliveryEntity.count(
                "target = ?1 and status = ?2 and payload like ?3", "crm", DeliveryEntity.PENDING, "%" + token + "%");
    }

    static String hmacSha256(String secret, String message) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
