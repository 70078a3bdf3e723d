package no.journeydiag.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Counts events (a failed login, a wrong join code) per scope and client address, in the database so
 * that every instance sees the same count. Counts are kept per clock minute, and the current and the
 * previous minute are added up: any 60 seconds lie within two such minutes, so no client gets more than
 * its allowance in any 60 seconds, even across a minute boundary (a weighted estimate of the previous
 * minute let a test's ten failures straddling the boundary count as 9.9). The price: a client that used
 * it up waits until the minute after next at the latest.
 */
@ApplicationScoped
public class RateLimiter {

    private final EntityManager em;

    public RateLimiter(EntityManager em) {
        this.em = em;
    }

    /** The key for a request: the client's address (the forwarded one when proxy forwarding is configured). */
    public static String client(io.vertx.core.http.HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    /** True when {@code client} has already used its allowance of {@code perMinute} in {@code scope}. */
    public boolean exhausted(String scope, String client, int perMinute, long nowMillis) {
        long minute = nowMillis / 60_000;
        List<?> rows = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                        "SELECT window_minute, n FROM rate_limit WHERE scope = ?1 AND client = ?2 AND window_minute >= ?3")
                .setParameter(1, scope).setParameter(2, client).setParameter(3, minute - 1).getResultList());
        long count = 0;
        for (Object row : rows) {
            count += ((Number) ((Object[]) row)[1]).longValue();
        }
        return count >= perMinute;
    }

    /** Records one event for {@code client} in {@code scope}. */
    public void record(String scope, String client, long nowMillis) {
        long minute = nowMillis / 60_000;
        if (increment(scope, client, minute) == 0) {
            try { // the first event of this window; another instance may be inserting it too
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                                "INSERT INTO rate_limit (scope, client, window_minute, n) VALUES (?1, ?2, ?3, 0)")
                        .setParameter(1, scope).setParameter(2, client).setParameter(3, minute).executeUpdate());
            } catch (RuntimeException e) {
                if (!UniqueViolation.in(e)) {
                    throw e;
                }
            }
            increment(scope, client, minute);
        }
    }

    private int increment(String scope, String client, long minute) {
        // Its own transaction: a failed login's count must stick even when the request's work rolls back.
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "UPDATE rate_limit SET n = n + 1 WHERE scope = ?1 AND client = ?2 AND window_minute = ?3")
                .setParameter(1, scope).setParameter(2, client).setParameter(3, minute).executeUpdate());
    }

    @Scheduled(every = "1m", delayed = "1m")
    void forgetOldWindows() {
        long minute = System.currentTimeMillis() / 60_000;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM rate_limit WHERE window_minute < ?1")
                .setParameter(1, minute - 1).executeUpdate());
    }
}
