package no.journeydiag.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole mix against a running jar (bench/run-mixed.sh starts it): respondents stepping through
 * drafts of the 41-question journey-ownership form, API clients submitting quick-checks and reading
 * them (one in four of their takers leaving a lead on the report page), visitors rereading reports (with revalidation), a 40-person workshop joining over the
 * first minutes while a projector polls the live counts, then the team report read on their phones,
 * and every webhook delivery received here. Any status other than the expected one is an error.
 *
 * <p>Usage: {@code MixedLoad <base URL> <seconds> <admin password> <webhook port>}.
 */
public final class MixedLoad {

    private final String base;
    private final long endNanos;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Stats> stats = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final AtomicLong publicResponses = new AtomicLong();
    private final AtomicLong leads = new AtomicLong();
    private final AtomicLong webhooks = new AtomicLong();
    private final java.util.Set<String> webhookIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong modified = new AtomicLong();
    private final AtomicInteger participantsDone = new AtomicInteger();
    private volatile String teamUrl;

    private MixedLoad(String base, long seconds, String adminPassword) {
        this.base = base;
        this.endNanos = System.nanoTime() + seconds * 1_000_000_000L;
        this.adminPassword = adminPassword;
    }

    /** Latencies of one kind of request, in microseconds. */
    static final class Stats {
        private long[] micros = new long[1024];
        private int n;

        synchronized void add(long us) {
            if (n == micros.length) {
                micros = Arrays.copyOf(micros, n * 2);
            }
            micros[n++] = us;
        }

        synchronized String row(String name, double seconds) {
            long[] s = Arrays.copyOf(micros, n);
            Arrays.sort(s);
            return String.format(
                    "| %s | %,d | %.1f | %.1f ms | %.1f ms |",
                    name, n, n / seconds, at(s, 0.50) / 1000.0, at(s, 0.99) / 1000.0);
        }

        private static long at(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
        }
    }

    /** One browser: its cookies, sent back on every request. */
    final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> send(String kind, HttpRequest.Builder req, int... expected) {
            if (!cookies.isEmpty()) {
                StringBuilder c = new StringBuilder();
                cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(v));
                req.header("Cookie", c.toString());
            }
            long start = System.nanoTime();
            HttpResponse<String> r;
            try {
                r = http.send(req.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new Failed(kind + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failed(kind + ": interrupted");
            }
            stats.computeIfAbsent(kind, k -> new Stats()).add((System.nanoTime() - start) / 1000);
            for (String set : r.headers().allValues("set-cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            for (int e : expected) {
                if (r.statusCode() == e) {
                    return r;
                }
            }
            throw new Failed(kind + " " + r.request().uri().getPath() + ": " + r.statusCode() + " "
                    + r.body().substring(0, Math.min(200, r.body().length())));
        }

        HttpResponse<String> get(String kind, String path, int... expected) {
            return send(kind, HttpRequest.newBuilder(URI.create(base + path)).GET(), expected);
        }

        HttpResponse<String> post(String kind, String action, Map<String, List<String>> form, int... expected) {
            String path = action.replaceFirst("#.*", ""); // a browser never sends the fragment
            StringBuilder body = new StringBuilder();
            form.forEach((k, vs) -> vs.forEach(v -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
            return send(
                    kind,
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                    expected);
        }
    }

    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    private boolean running() {
        return System.nanoTime() < endNanos;
    }

    private static String path(HttpResponse<String> r) {
        String location = r.headers().firstValue("Location").orElseThrow(() -> new Failed("no Location"));
        URI u = URI.create(location);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** The form's fields as a browser would send them, each question answered at random. */
    static Map<String, List<String>> fill(Element form, Random random) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, List<String>> choices = new TreeMap<>();
        for (Element in : form.select("input, select, textarea")) {
            String name = in.attr("name");
            if (name.isEmpty() || in.hasAttr("disabled")) {
                continue;
            }
            switch (in.tagName().equals("input") ? in.attr("type") : in.tagName()) {
                case "hidden" ->
                    out.computeIfAbsent(name, k -> new ArrayList<>()).add(in.attr("value"));
                case "radio", "checkbox" ->
                    choices.computeIfAbsent(name, k -> new ArrayList<>()).add(in.attr("value"));
                case "select" -> {
                    List<String> options = in.select("option[value]").eachAttr("value").stream()
                            .filter(v -> !v.isEmpty())
                            .toList();
                    if (!options.isEmpty()) {
                        out.put(name, List.of(options.get(random.nextInt(options.size()))));
                    }
                }
                case "number", "range" -> out.put(name, List.of(in.attr("min").isEmpty() ? "1" : in.attr("min")));
                default -> {} // free text stays empty, as most takers leave it
            }
        }
        choices.forEach((name, values) -> out.put(name, List.of(values.get(random.nextInt(values.size())))));
        return out;
    }

    /** Steps from {@code path} (the first step) to the report; returns the report's path. */
    private String answer(Browser b, String path, Random random) {
        while (!path.endsWith("/review")) {
            Document step = Jsoup.parse(b.get("draft step", path, 200).body());
            Element form = step.selectFirst("form.step-form");
            if (form == null) {
                throw new Failed("no step form at " + path);
            }
            path = path(b.post("draft save", form.attr("action"), fill(form, random), 303));
        }
        Document review = Jsoup.parse(b.get("draft review", path, 200).body());
        Element form = review.selectFirst("form[action$=/submit]");
        return path(b.post("draft submit", form.attr("action"), fill(form, random), 303));
    }

    private void respondent(int seed) {
        Random random = new Random(seed);
        while (running()) {
            Browser b = new Browser();
            Document landing =
                    Jsoup.parse(b.get("landing", "/a/journey-ownership", 200).body());
            Element start = landing.selectFirst("form[action$=/start]");
            String first = path(b.post("draft start", start.attr("action"), fill(start, random), 303));
            String report = answer(b, first, random);
            publicResponses.incrementAndGet();
            HttpResponse<String> page = b.get("report page", report, 200);
            reports.add(report);
            String etag = page.headers().firstValue("ETag").orElseThrow();
            // 304, unless the peer figures moved in between and the page with them
            int again = b.send(
                            "report revalidated",
                            HttpRequest.newBuilder(URI.create(base + report))
                                    .header("If-None-Match", etag)
                                    .GET(),
                            304,
                            200)
                    .statusCode();
            (again == 304 ? notModified : modified).incrementAndGet();
        }
    }

    private static final String[] LIKERT = {"strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"};

    private void apiClient(int seed) {
        Random random = new Random(seed);
        Browser b = new Browser();
        while (running()) {
            String body = String.format(
                    "{\"answers\": {\"named-owner\": \"%s\", \"value-measure\": \"retention\", \"acquisition-targets\": \"%s\","
                            + " \"value-drivers\": \"%s\", \"owner-can-change\": \"%s\", \"kpis-conflict\": \"%s\","
                            + " \"reallocation\": \"next-plan\", \"reports-not-acted\": \"%s\", \"project-assets\": [\"crm\"],"
                            + " \"initiative-model\": \"project\", \"followed-up\": \"%s\", \"stopped-recently\": \"no\"}}",
                    random.nextBoolean() ? "yes" : "no",
                    LIKERT[random.nextInt(5)],
                    LIKERT[random.nextInt(5)],
                    LIKERT[random.nextInt(5)],
                    LIKERT[random.nextInt(5)],
                    LIKERT[random.nextInt(5)],
                    LIKERT[random.nextInt(5)]);
            HttpRequest.Builder req = HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/questionnaires/quick-check/responses"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (random.nextBoolean()) {
                req.header("Prefer", "return=minimal");
            }
            String created = b.send("api submit", req, 201).body();
            publicResponses.incrementAndGet();
            String token = created.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            b.get("api result", "/api/v1/results/" + token, 200);
            reports.add("/r/" + token);
            if (random.nextInt(4) == 0) { // the site links the report, and one in four leaves their details there
                Browser visitor = new Browser();
                Element lead = Jsoup.parse(
                                visitor.get("report page", "/r/" + token, 200).body())
                        .selectFirst("form.lead-form");
                Map<String, List<String>> form = fill(lead, random);
                form.put("email", List.of("lead-" + seed + "-" + random.nextInt(1_000_000) + "@example.com"));
                form.put("consent", List.of("yes"));
                visitor.post("lead", lead.attr("action"), form, 303);
                leads.incrementAndGet();
            }
        }
    }

    private void reader(int seed) {
        Random random = new Random(seed);
        Browser b = new Browser();
        while (running()) {
            if (reports.isEmpty()) {
                pause(100);
                continue;
            }
            b.get("report reread", reports.get(random.nextInt(reports.size())), 200);
        }
    }

    private Browser consultant() {
        Browser b = new Browser();
        Document login = Jsoup.parse(b.get("consultant", "/login", 200).body());
        Map<String, List<String>> form = fill(login.selectFirst("form[action$=/login]"), new Random(1));
        form.put("username", List.of("admin"));
        form.put("password", List.of(adminPassword));
        b.post("consultant", "/login", form, 303);
        return b;
    }

    /** The consultant creates the workshop, 40 people join over the first two minutes, the projector polls. */
    private void workshop(List<Thread> threads) {
        Browser c = consultant();
        Document create = Jsoup.parse(
                c.get("consultant", "/consultant/workshops/new", 200).body());
        Map<String, List<String>> form = fill(create.selectFirst("form[action$=/consultant/workshops]"), new Random(2));
        form.put("organisation", List.of("Load test AS"));
        form.put("questionnaire", List.of("quick-check"));
        form.put("roles", List.of("Marketing, Sales, Service, IT"));
        form.put("anonymityThreshold", List.of("5"));
        form.put("opensAt", List.of(""));
        form.put("closesAt", List.of(""));
        form.put("previous", List.of(""));
        String detail = path(c.post("consultant", "/consultant/workshops", form, 303));
        Document page = Jsoup.parse(c.get("consultant", detail, 200).body());
        String join = URI.create(page.selectFirst("#join-link").attr("value")).getPath();
        Thread projector = new Thread(() -> {
            while (running()) {
                c.get("projector counts", detail + "/counts", 200);
                pause(3000); // present.js polls every 3 s
            }
        });
        projector.start();
        threads.add(projector);
        CountDownLatch answered = new CountDownLatch(40);
        for (int i = 0; i < 40; i++) {
            int seed = 1000 + i;
            Thread p = new Thread(() -> {
                try {
                    participant(join, seed);
                    participantsDone.incrementAndGet();
                } catch (RuntimeException e) {
                    errors.add("participant: " + e.getMessage());
                } finally {
                    answered.countDown();
                }
            });
            p.start();
            threads.add(p);
            pause(3000);
        }
        try {
            answered.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Document d = Jsoup.parse(c.get("consultant", detail, 200).body());
        for (String action : List.of("/close", "/publish")) {
            Element f = d.selectFirst("form[action$=" + action + "]");
            c.post("consultant", f.attr("action"), fill(f, new Random(3)), 303);
            d = Jsoup.parse(c.get("consultant", detail, 200).body());
        }
        teamUrl = URI.create(d.selectFirst("#team-link").attr("value")).getPath();
    }

    private void participant(String join, int seed) {
        Random random = new Random(seed);
        Browser b = new Browser();
        Document role = Jsoup.parse(b.get("workshop join", join, 200).body());
        Element form = role.selectFirst("form[action$=/start]");
        String first = path(b.post("workshop join", form.attr("action"), fill(form, random), 303));
        String report = answer(b, first, random);
        b.get("workshop own report", report, 200);
    }

    private void phone(int seed) {
        Browser b = new Browser();
        while (running()) {
            if (teamUrl == null) {
                pause(500);
                continue;
            }
            b.get("team report", teamUrl, 200);
            pause(1000);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // think time of a simulated person, not a wait for a condition
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Thread user(String name, Runnable body) {
        Thread t = new Thread(
                () -> {
                    while (running()) {
                        try {
                            body.run();
                        } catch (RuntimeException e) {
                            errors.add(name + ": " + e.getMessage());
                        }
                    }
                },
                name);
        t.start();
        return t;
    }

    private void run(int webhookPort) throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", webhookPort), 64);
        receiver.createContext("/hook", ex -> {
            ex.getRequestBody().readAllBytes();
            webhooks.incrementAndGet();
            webhookIds.add(ex.getRequestHeaders().getFirst("webhook-id"));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        long started = System.nanoTime();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 6; i++) {
            int seed = i;
            threads.add(user("respondent-" + i, () -> respondent(seed)));
        }
        for (int i = 0; i < 3; i++) {
            int seed = 100 + i;
            threads.add(user("api-" + i, () -> apiClient(seed)));
        }
        for (int i = 0; i < 3; i++) {
            int seed = 200 + i;
            threads.add(user("reader-" + i, () -> reader(seed)));
        }
        for (int i = 0; i < 8; i++) {
            int seed = 300 + i;
            threads.add(user("phone-" + i, () -> phone(seed)));
        }
        Thread ws = new Thread(() -> {
            try {
                workshop(threads);
            } catch (RuntimeException e) {
                errors.add("workshop: " + e.getMessage());
            }
        });
        ws.start();
        threads.add(ws);
        while (running()) {
            pause(60_000);
            System.err.printf(
                    "%d s: %d public responses, %d leads, %d webhooks, %d errors%n",
                    (System.nanoTime() - started) / 1_000_000_000L,
                    publicResponses.get(),
                    leads.get(),
                    webhooks.get(),
                    errors.size());
            errors.stream().limit(3).forEach(e -> System.err.println("  " + e));
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // Every public response and lead is an event for the one target; wait for the outbox to drain.
        long expected = publicResponses.get() + leads.get();
        long waitUntil = System.nanoTime() + 120_000_000_000L;
        while (webhookIds.size() < expected && System.nanoTime() < waitUntil) {
            pause(500);
        }
        receiver.stop(0);
        System.out.printf("Mixed load: %.0f s%n%n", seconds);
        System.out.println("| Request | count | per second | p50 | p99 |");
        System.out.println("|---|---|---|---|---|");
        new TreeMap<>(stats).forEach((k, v) -> System.out.println(v.row(k, seconds)));
        System.out.printf(
                "%nPublic responses %,d, leads %,d, workshop participants finished %d of 40, team report %s.%n",
                publicResponses.get(),
                leads.get(),
                participantsDone.get(),
                teamUrl == null ? "never published" : "read");
        System.out.printf(
                "Webhook events received %,d of %,d, in %,d deliveries (more deliveries than events: some sent twice).%n",
                webhookIds.size(), expected, webhooks.get());
        System.out.printf(
                "Revalidations answered 304: %,d; with a new page (the peer figures had moved): %,d.%n",
                notModified.get(), modified.get());
        System.out.printf("Errors: %d%n", errors.size());
        errors.stream().limit(20).forEach(e -> System.out.println("  " + e));
        System.exit(errors.isEmpty() && participantsDone.get() == 40 && webhookIds.size() == expected ? 0 : 1);
    }

    public static void main(String[] args) throws Exception {
        new MixedLoad(args[0], Long.parseLong(args[1]), args[2]).run(Integer.parseInt(args[3]));
    }
}
