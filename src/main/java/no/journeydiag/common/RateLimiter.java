package no.journeydiag.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts events per key (a client address) in a sliding one-minute window. Per instance: with n
 * instances an attacker gets n times the allowance, which still makes guessing hopeless; the
 * map is bounded so a flood of addresses cannot exhaust memory.
 */
public final class RateLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_KEYS = 10_000;

    private final int perMinute;
    private final Map<String, Deque<Long>> events = new LinkedHashMap<>(16, 0.75f, true);

    public RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** The key for a request: the client's address (the forwarded one when proxy forwarding is configured). */
    public static String client(io.vertx.core.http.HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** True when {@code key} has already used its allowance in the last minute. */
    public synchronized boolean exhausted(String key, long nowMillis) {
        Deque<Long> q = events.get(key);
        if (q == null) {
            return false;
        }
        while (!q.isEmpty() && q.peekFirst() <= nowMillis - WINDOW_MILLIS) {
            q.pollFirst();
        }
        return q.size() >= perMinute;
    }

    /** Records one event (e.g. a failed attempt) for {@code key}. */
    public synchronized void record(String key, long nowMillis) {
        events.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(nowMillis);
        if (events.size() > MAX_KEYS) {
            Iterator<String> oldest = events.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
