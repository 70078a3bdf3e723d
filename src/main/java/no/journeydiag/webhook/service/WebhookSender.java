package no.journeydiag.webhook.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.journeydiag.common.WhileServing;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.webhook.persistence.AttemptEntity;
import no.journeydiag.webhook.persistence.DeliveryEntity;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox: at least once, with exponential backoff, from any number of instances.
 * A row is claimed with a conditional UPDATE (only one instance's update can match), so no event
 * is sent twice at the same time; the claim expires if an instance dies mid-send. The sender keeps
 * no state of its own: after a restart, pending rows are simply picked up again.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    public static final int BATCH = 20;
    /** How long one tick keeps sending while it finds full batches. */
    private static final java.time.Duration ROUNDS_FOR = java.time.Duration.ofSeconds(20);

    private final DiagnosticConfig config;
    private final AddressGuard.Dns dns;
    private final HttpClient http;
    private final Vertx vertx;
    private final java.util.concurrent.ExecutorService workers;
    private volatile boolean stopping;

    private final Targets targets;

    public WebhookSender(DiagnosticConfig config, AddressGuard.Dns dns, Vertx vertx, Targets targets) {
        this.config = config;
        this.targets = targets;
        this.dns = dns;
        this.vertx = vertx;
        this.workers = java.util.concurrent.Executors.newFixedThreadPool(
                config.webhooks().concurrency(), r -> {
                    Thread t = new Thread(r, "webhook-sender");
                    t.setDaemon(true);
                    return t;
                });
        // Vert.x rather than the JDK client: only it can connect to the address the guard checked.
        // No pooled connections (each send is pinned to the address checked for it), no redirects
        // (one could point inwards), and TLS verifies the certificate against the URL's host name.
        this.http = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(false).setVerifyHost(true).setConnectTimeout((int)
                        config.webhooks().timeout().toMillis()));
    }

    /** No new claims from now on; deliveries in flight get a timeout's time to finish and record their outcome. */
    void stop(@Observes io.quarkus.runtime.ShutdownEvent event) throws InterruptedException {
        stopping = true;
        workers.shutdown();
        workers.awaitTermination(2 * config.webhooks().timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Refuses to start with a target that could never be delivered to, naming it. */
    void validate(@Observes StartupEvent event) {
        for (Map.Entry<String, DiagnosticConfig.WebhookTarget> t :
                config.webhooks().targets().entrySet()) {
            String url = t.getValue().url();
            boolean https = url.startsWith("https://") || config.webhooks().allowHttp() && url.startsWith("http://");
            if (!https) {
                throw new IllegalStateException(
                        "Webhook target '" + t.getKey() + "': only https:// URLs are allowed (" + url + ")");
            }
            if (!Signatures.wellFormed(t.getValue().secret())) {
                throw new IllegalStateException("Webhook target '" + t.getKey()
                        + "': the secret needs at least 16 characters, or whsec_ and the base64 of 24 bytes or more");
            }
            for (String type : t.getValue().events()) {
                if (!type.equals(WebhookEvent.RESPONSE_COMPLETED) && !type.equals(WebhookEvent.LEAD_CAPTURED)) {
                    throw new IllegalStateException("Webhook target '" + t.getKey() + "': unknown event '" + type
                            + "'; use response.completed or lead.captured");
                }
            }
        }
        if (config.publicBaseUrl().isEmpty()) {
            LOG.warn("diagnostic.public-base-url is not set: webhook events and partner feeds carry no reportUrl"
                    + " (a relative link means nothing outside this site). Set it to the service's https:// address.");
        }
    }

    @Scheduled(
            every = "${diagnostic.webhooks.poll-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WhileServing.class)
    void tick() {
        try {
            sendBacklog();
        } catch (RuntimeException e) {
            if (stopping(e) || no.journeydiag.common.StorageHealth.isStorageFailure(e)) {
                // The service is stopping (or starting failed) or cannot reach its database: the rows stay
                // pending and the next tick, here or on another instance, picks them up. Not worth a stack trace.
                LOG.debugf("Webhook delivery round skipped: %s", e.getMessage());
                return;
            }
            throw e;
        }
    }

    /** The persistence layer is closed: the application is shutting down. */
    private static boolean stopping(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalStateException
                    && t.getMessage() != null
                    && t.getMessage().contains("is closed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends batch after batch while they come back full: a campaign can store more events per poll
     * than one batch holds (20 every 5 s was 4 a second). Bounded in time, so that shutdown and the
     * other instances get their turn. Returns how many attempts were made.
     */
    public int sendBacklog() {
        long until = System.nanoTime() + ROUNDS_FOR.toNanos();
        int attempts = 0;
        int round;
        do {
            round = sendDue();
            attempts += round;
        } while (round >= BATCH && System.nanoTime() < until);
        return attempts;
    }

    /** Sends one batch of the due deliveries this instance can claim; returns how many attempts were made. */
    public int sendDue() {
        OffsetDateTime now = now();
        List<Long> due = QuarkusTransaction.requiringNew()
                .call(() -> DeliveryEntity.find(
                                // An event waits while an earlier event about the same result is still pending for
                                // the same target, so lead.captured never arrives before its response.completed.
                                "from DeliveryEntity d where d.status = ?1 and d.nextAttemptAt <= ?2"
                                        + " and (d.lockedUntil is null or d.lockedUntil < ?2) and not exists ("
                                        + "select e.id from DeliveryEntity e where e.resultToken = d.resultToken"
                                        + " and e.target = d.target and e.status = ?1 and (e.sequence < d.sequence"
                                        // two events written at once may share a sequence: the older row goes first
                                        + " or e.sequence = d.sequence and e.id < d.id))"
                                        + " order by d.nextAttemptAt, d.sequence, d.id",
                                DeliveryEntity.PENDING,
                                now)
                        .page(0, BATCH)
                        .list()
                        .stream()
                        .map(d -> ((DeliveryEntity) d).id)
                        .toList());
        // Each due row with the events after it about the same result: one chain, one worker, in order.
        // The due rows themselves are about different results (or targets), so they go side by side.
        List<java.util.concurrent.Future<Integer>> chains = new java.util.ArrayList<>();
        try {
            for (Long id : due) {
                chains.add(workers.submit(() -> chain(id)));
            }
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // shutting down: the rows not started stay pending for the next start or another instance
        }
        int attempts = 0;
        for (java.util.concurrent.Future<Integer> c : chains) {
            attempts += finished(c);
        }
        return attempts;
    }

    /** Sends the row and then each next event about the same result for the same target; how many were attempted. */
    private int chain(long id) {
        int attempts = 0;
        for (Long next = id; next != null && !stopping && claim(next); next = nextInOrder(next)) {
            attempt(next);
            attempts++;
        }
        return attempts;
    }

    private static int finished(java.util.concurrent.Future<Integer> chain) {
        try {
            return chain.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Once an event is delivered, the next one about the same result for the same target may go at once. */
    private Long nextInOrder(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DeliveryEntity d = DeliveryEntity.findById(id);
            if (d == null || d.resultToken == null || !DeliveryEntity.DELIVERED.equals(d.status)) {
                return null;
            }
            DeliveryEntity next = DeliveryEntity.<DeliveryEntity>find(
                            "resultToken = ?1 and target = ?2 and status = ?3"
                                    + " and (sequence > ?4 or sequence = ?4 and id > ?5) order by sequence, id",
                            d.resultToken,
                            d.target,
                            DeliveryEntity.PENDING,
                            d.sequence,
                            d.id)
                    .firstResult();
            return next == null ? null : next.id;
        });
    }

    /** True when this instance now holds the row; a concurrent claim elsewhere makes the update match nothing. */
    boolean claim(long id) {
        OffsetDateTime now = now();
        OffsetDateTime until = now.plus(config.webhooks().timeout().multipliedBy(4));
        return QuarkusTransaction.requiringNew()
                .call(() -> DeliveryEntity.update(
                                "lockedUntil = ?1 where id = ?2 and status = ?3 and nextAttemptAt <= ?4 and (lockedUntil is null or lockedUntil < ?4)",
                                until,
                                id,
                                DeliveryEntity.PENDING,
                                now)
                        == 1);
    }

    private void attempt(long id) {
        DeliveryEntity d = QuarkusTransaction.requiringNew().call(() -> DeliveryEntity.findById(id));
        Targets.Target target = targets.named(d.target).orElse(null);
        Integer status = null;
        String error;
        long started = System.nanoTime();
        if (target == null) {
            finish(id, DeliveryEntity.FAILED, null, "the target '" + d.target + "' is no longer configured", started);
            return;
        }
        if (!target.enabled()) {
            finish(id, DeliveryEntity.FAILED, null, "the target '" + d.target + "' is disabled", started);
            return;
        }
        AddressGuard.Decision guard = AddressGuard.check(
                target.url(), config.webhooks().allowHttp(), config.webhooks().allowLoopback(), dns);
        if (!guard.allowed() && guard.temporary()) {
            retryLater(
                    id,
                    null,
                    "not sent: " + guard.refusal(),
                    started); // DNS may answer next time, like any failed attempt
            return;
        }
        if (!guard.allowed()) {
            // Never contacted: an internal address or a wrong URL is a setting to fix, not a passing failure.
            finish(id, DeliveryEntity.FAILED, null, "blocked: " + guard.refusal(), started);
            LOG.warnf("Webhook %s to '%s' blocked: %s", d.eventId, d.target, guard.refusal());
            return;
        }
        try {
            status = post(guard.target(), target.secrets(), d);
            if (status >= 200 && status < 300) {
                finish(id, DeliveryEntity.DELIVERED, status, null, started);
                return;
            }
            error = "the target answered " + status
                    + (status >= 300 && status < 400 ? " (redirects are not followed)" : "");
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            error = "could not deliver: "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        retryLater(id, status, error, started);
    }

    /**
     * POSTs the event to the checked address: the connection goes to {@code t.address()} while the
     * Host header, TLS SNI and certificate check use the URL's name. Returns the status code.
     */
    private int post(AddressGuard.Target t, List<String> secrets, DeliveryEntity d)
            throws ExecutionException, InterruptedException, TimeoutException {
        long timeout = config.webhooks().timeout().toMillis();
        long unixSeconds = System.currentTimeMillis() / 1000;
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(t.address(), t.port())))
                .setHost(t.host())
                .setPort(t.port())
                .setURI(t.pathAndQuery())
                .setSsl(t.https())
                .setFollowRedirects(false)
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout)
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "journey-diagnostic-webhooks/1")
                .putHeader("X-Diagnostic-Event", d.eventType)
                .putHeader(Signatures.ID, d.eventId)
                .putHeader(Signatures.TIMESTAMP, Long.toString(unixSeconds))
                .putHeader(Signatures.SIGNATURE, Signatures.header(secrets, d.eventId, unixSeconds, d.payload));
        // The chain starts on an event loop: started from this worker thread, the response's handler was
        // sometimes set only after a short answer had already ended, and end() then threw (the receiver had
        // the event; it was sent again). On the loop each handler is set before the next step can happen.
        io.vertx.core.Promise<Integer> status = io.vertx.core.Promise.promise();
        vertx.getOrCreateContext()
                .runOnContext(go -> http.request(options)
                        .compose(request -> request.send(Buffer.buffer(d.payload)))
                        .compose(response -> response.end().map(v -> response.statusCode())) // body read, dropped
                        .onComplete(status));
        return status.future().toCompletionStage().toCompletableFuture().get(2 * timeout, TimeUnit.MILLISECONDS);
    }

    private void finish(long id, String status, Integer httpStatus, String error, long started) {
        String[] which = new String[2];
        QuarkusTransaction.requiringNew().run(() -> {
            DeliveryEntity d = DeliveryEntity.findById(id);
            which[0] = d.eventId;
            which[1] = d.target;
            record(id, httpStatus, error, started);
            d.attempts++;
            d.status = status;
            d.lastStatus = httpStatus;
            d.lastError = truncate(error);
            d.lockedUntil = null;
            if (DeliveryEntity.DELIVERED.equals(status)) {
                d.deliveredAt = now();
            }
        });
        LOG.debugf("Webhook %s to '%s' %s (committed)", which[0], which[1], status);
    }

    private void retryLater(long id, Integer httpStatus, String error, long started) {
        QuarkusTransaction.requiringNew().run(() -> {
            DeliveryEntity d = DeliveryEntity.findById(id);
            record(id, httpStatus, error, started);
            d.attempts++;
            d.lastStatus = httpStatus;
            d.lastError = truncate(error);
            d.lockedUntil = null;
            List<Duration> backoff = config.webhooks().backoff();
            // Counted from the retry window's start, so an admin's retry begins with the shortest wait again.
            int inWindow = Math.max(1, d.attempts - d.attemptsBeforeRetry);
            OffsetDateTime next = now().plus(backoff.get(Math.min(inWindow, backoff.size()) - 1));
            if (next.isAfter(d.giveUpAt)) {
                d.status = DeliveryEntity.FAILED;
                LOG.warnf("Webhook %s to '%s' given up after %d attempts: %s", d.eventId, d.target, d.attempts, error);
            } else {
                d.nextAttemptAt = next;
                LOG.debugf(
                        "Webhook %s to '%s' failed (attempt %d), next at %s: %s",
                        d.eventId, d.target, d.attempts, next, error);
            }
        });
    }

    private static void record(long deliveryId, Integer httpStatus, String error, long started) {
        AttemptEntity a = new AttemptEntity();
        a.deliveryId = deliveryId;
        a.attemptedAt = now();
        a.httpStatus = httpStatus;
        a.error = truncate(error);
        a.durationMs = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        a.persist();
    }

    /** An admin's "try again": the event gets a fresh retry window; its attempts and their history are kept. */
    public void retry(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            DeliveryEntity d = DeliveryEntity.findById(id);
            if (d == null || DeliveryEntity.DELIVERED.equals(d.status)) {
                throw new no.journeydiag.common.DomainException.NotFound(
                        "There is no undelivered webhook event " + id + ".");
            }
            OffsetDateTime now = now();
            d.status = DeliveryEntity.PENDING;
            d.attemptsBeforeRetry = d.attempts;
            d.nextAttemptAt = now;
            d.giveUpAt = now.plus(config.webhooks().giveUpAfter());
            d.lockedUntil = null;
        });
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
