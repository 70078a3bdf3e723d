package no.journeydiag.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Counts events (a failed login, a wrong join code) per scope and client address, in the database so
 * that every instance sees the same count. Counts are kept per clock minute, and the current and the
 * previous minute are added up: any 60 seconds lie within two such minutes, so no client gets more than
 * its allowance in any 60 seconds, even across a minute boundary. A refused attempt is not counted, so
 * a client that used up its allowance waits until the minute after next at the latest.
 * <p>
 * An attempt is counted before it is judged ({@link #attempt}): the increment and the sum are one
 * transaction, and the increment locks the minute's row, so parallel requests (on any instance) queue
 * there and each sees a different count. Checking first and counting afterwards let 100 parallel wrong
 * logins through 66 password checks instead of 10.
 */
@ApplicationScoped
public class RateLimiter {

    private final EntityManager em;

    public RateLimiter(EntityManager em) {
        this.em = em;
    }

    /**
     * The key for a request: the client's address (the forwarded one when proxy forwarding is configured).
     * An IPv6 client is keyed by its /64 network, which one household or server is given whole: per full
     * address, an attacker could draw a fresh allowance for each of 2^64 addresses.
     */
    public static String client(io.vertx.core.http.HttpServerRequest request) {
        String address = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        if (address != null && address.indexOf(':') >= 0) {
            address = ipv6Network(address);
        }
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }

    static String ipv6Network(String address) {
        try {
            // a literal only (it has a ':'), so no name is looked up
            InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // an IPv4-mapped address
            }
            byte[] b = parsed.getAddress();
            return String.format(
                    "%x:%x:%x:%x::/64",
                    (b[0] & 0xff) << 8 | (b[1] & 0xff),
                    (b[2] & 0xff) << 8 | (b[3] & 0xff),
                    (b[4] & 0xff) << 8 | (b[5] & 0xff),
                    (b[6] & 0xff) << 8 | (b[7] & 0xff));
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /**
     * Counts one attempt by {@code client} in {@code scope} and says whether it is within the allowance of
     * {@code perMinute}. A refused attempt is taken back off the count.
     */
    public boolean attempt(String scope, String client, int perMinute, long nowMillis) {
        return attempt(scope, client, perMinute, 1, nowMillis);
    }

    /**
     * As {@link #attempt(String, String, int, long)}, for an allowance per hour: this clock minute and
     * the 60 before it are added up, so any 60 minutes lie within the sum.
     */
    public boolean attemptPerHour(String scope, String client, int perHour, long nowMillis) {
        return attempt(scope, client, perHour, KEPT_MINUTES, nowMillis);
    }

    /** Minutes before the current one that a window may reach back; older counts are deleted. */
    private static final int KEPT_MINUTES = 60;

    private boolean attempt(String scope, String client, int allowance, int minutesBack, long nowMillis) {
        long minute = nowMillis / 60_000;
        if (countOne(scope, client, minute, minutesBack) <= allowance) {
            return true;
        }
        adjust(scope, client, minute, -1);
        return false;
    }

    /** Takes back an attempt that {@link #attempt} allowed at {@code nowMillis} (a login that succeeded). */
    public void forgive(String scope, String client, long nowMillis) {
        adjust(scope, client, nowMillis / 60_000, -1);
    }

    /** True when {@code client} has already used its allowance of {@code perMinute} in {@code scope}; counts nothing. */
    public boolean exhausted(String scope, String client, int perMinute, long nowMillis) {
        long minute = nowMillis / 60_000;
        return QuarkusTransaction.joiningExisting().call(() -> sum(scope, client, minute, 1)) >= perMinute;
    }

    /** Adds this attempt and returns the count of the window including it. */
    private long countOne(String scope, String client, long minute, int minutesBack) {
        for (int tries = 1; ; tries++) {
            try {
                // Its own transaction: the count must stick even when the request's own work rolls back.
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (increment(scope, client, minute) == 0) {
                        // the first event of this minute; another instance may be inserting it too (a unique violation)
                        em.createNativeQuery(
                                        "INSERT INTO rate_limit (scope, client, window_minute, n) VALUES (?1, ?2, ?3, 1)")
                                .setParameter(1, scope)
                                .setParameter(2, client)
                                .setParameter(3, minute)
                                .executeUpdate();
                    }
                    return sum(scope, client, minute, minutesBack);
                });
            } catch (RuntimeException e) {
                if (!UniqueViolation.in(e) || tries == 3) {
                    throw e;
                }
                // the other insert won and is committed: the next try increments its row
            }
        }
    }

    private int increment(String scope, String client, long minute) {
        return em.createNativeQuery(
                        "UPDATE rate_limit SET n = n + 1 WHERE scope = ?1 AND client = ?2 AND window_minute = ?3")
                .setParameter(1, scope)
                .setParameter(2, client)
                .setParameter(3, minute)
                .executeUpdate();
    }

    private void adjust(String scope, String client, long minute, int delta) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE rate_limit SET n = n + ?4 WHERE scope = ?1 AND client = ?2 AND window_minute = ?3 AND n + ?4 >= 0")
                        .setParameter(1, scope)
                        .setParameter(2, client)
                        .setParameter(3, minute)
                        .setParameter(4, delta)
                        .executeUpdate());
    }

    private long sum(String scope, String client, long minute, int minutesBack) {
        Object n = em.createNativeQuery(
                        "SELECT COALESCE(SUM(n), 0) FROM rate_limit WHERE scope = ?1 AND client = ?2 AND window_minute >= ?3")
                .setParameter(1, scope)
                .setParameter(2, client)
                .setParameter(3, minute - minutesBack)
                .getSingleResult();
        return ((Number) n).longValue();
    }

    @Scheduled(every = "1m", delayed = "1m", skipExecutionIf = WhileServing.class)
    void forgetOldWindows() {
        long minute = System.currentTimeMillis() / 60_000;
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM rate_limit WHERE window_minute < ?1")
                        .setParameter(1, minute - KEPT_MINUTES)
                        .executeUpdate());
    }
}
