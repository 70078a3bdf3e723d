package no.journeydiag.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Rate limits under a burst: requests sent at the same moment from one address must not slip in
 * under the allowance (counting happens before checking, atomically in the database).
 */
@QuarkusTest
class RateLimitRaceTest {

    static final int ALLOWANCE = 10; // diagnostic.auth.login-attempts-per-minute and workshops.join-attempts-per-minute

    @TestHTTPResource("/")
    URL base;

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Sends {@code n} form posts from {@code address} as close to the same moment as threads allow; returns status -> count. */
    Map<Integer, Integer> burst(int n, String address, String path, Client browser, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "csrf-token=" + browser.cookies.get("csrf-token"))
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + browser.csrf + "&" + form))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Integer> one = () -> {
                    ready.countDown();
                    go.await();
                    return http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                };
                sent.add(pool.submit(one));
            }
            ready.await();
            go.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> f : sent) {
                statuses.merge(f.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHundredParallelWrongLoginsGetExactlyTheAllowanceOfPasswordChecks() throws Exception {
        Client attacker = new Client("10.81.0.1");
        Map<Integer, Integer> statuses =
                burst(100, "10.81.0.1", "/login", attacker, "username=admin&password=wrong+guess");
        // 10 are counted within the allowance and get their password checked (401); 100 - 10 = 90 are refused unchecked
        assertEquals(Map.of(401, ALLOWANCE, 429, 100 - ALLOWANCE), statuses);
        Response right = attacker.post("/login", Map.of("username", "admin", "password", "test-admin-password"));
        assertEquals(429, right.statusCode(), "the right password is not even checked while over the allowance");
    }

    @Test
    void sixtyParallelWrongJoinCodesGetExactlyTheAllowanceOfUnknownCodeAnswers() throws Exception {
        Client guesser = new Client("10.81.0.2");
        Map<Integer, Integer> statuses = burst(60, "10.81.0.2", "/join", guesser, "code=QQQQ-QQQQ");
        // 10 "unknown code" (404) and 60 - 10 = 50 refused (429), where 17 got through before
        assertEquals(Map.of(404, ALLOWANCE, 429, 60 - ALLOWANCE), statuses);
    }

    @Test
    void aSuccessfulLoginDoesNotCountAgainstTheAllowance() {
        Client consultant = new Client("10.81.0.3");
        for (int i = 0; i < 9; i++) {
            assertEquals(
                    401,
                    consultant
                            .post("/login", Map.of("username", "admin", "password", "typo " + i))
                            .statusCode());
        }
        for (int i = 0; i < 5; i++) {
            consultant.login("admin", "test-admin-password");
        }
        // 9 failures + 5 successes: only the 9 count, so a 10th failure is still within the allowance of 10
        // (had the successes counted, 9 + 5 = 14 > 10 and it would be a 429); the 11th failure is refused.
        assertEquals(
                401,
                consultant
                        .post("/login", Map.of("username", "admin", "password", "typo 9"))
                        .statusCode());
        assertEquals(
                429,
                consultant
                        .post("/login", Map.of("username", "admin", "password", "typo 10"))
                        .statusCode());
    }

    @Test
    void addressesInOneIpv6NetworkShareTheirAllowance() {
        Client first = new Client("2001:db8:7:1::a");
        for (int i = 0; i < ALLOWANCE; i++) {
            assertEquals(
                    404,
                    first.post("/join", Map.of("code", "WWWW-WWW" + "ABCDEFGHJK".charAt(i)))
                            .statusCode());
        }
        // another address of the same /64: the same allowance, already used up
        assertEquals(
                429,
                new Client("2001:db8:7:1:ffff::b")
                        .post("/join", Map.of("code", "WWWW-WWWW"))
                        .statusCode());
        assertEquals(
                404,
                new Client("2001:db8:7:2::a")
                        .post("/join", Map.of("code", "WWWW-WWWW"))
                        .statusCode());
    }
}
