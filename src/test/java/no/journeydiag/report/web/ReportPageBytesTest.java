package no.journeydiag.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The kept bytes of a report page on their own: splicing the token, the ETag, the byte budget. */
class ReportPageBytesTest {

    static final String A = "A".repeat(43);
    static final String B = "B".repeat(43);
    static final ReportPageCache.Version V1 = new ReportPageCache.Version(false, null, null);
    static final ReportPageCache.Version V2 = new ReportPageCache.Version(true, null, null);

    static ReportPageCache.Slot slot(String token) {
        return new ReportPageCache.Slot(token, "en", "", "http://localhost/r/" + token);
    }

    @Test
    void theTokenRenderedForOneVisitorIsReplacedByTheNextVisitorsEverywhere() {
        String html = "<form><input value=\"" + A + "\"></form><form><input value=\"" + A + "\"></form>ø";
        ReportPageCache.Page page = ReportPageCache.Page.of(V1, html, A);
        assertThat(page.hasToken()).isTrue();
        assertThat(new String(page.bytes(B), StandardCharsets.UTF_8)).isEqualTo(html.replace(A, B));
        assertThat(page.etag(A)).isNotEqualTo(page.etag(B)).isEqualTo(page.etag(A));
    }

    @Test
    void aPageWithoutAFormIsSentAsRenderedWithOneETagForAll() {
        ReportPageCache.Page page = ReportPageCache.Page.of(V1, "<p>no form</p>", null);
        assertThat(page.hasToken()).isFalse();
        assertThat(new String(page.bytes(""), StandardCharsets.UTF_8)).isEqualTo("<p>no form</p>");
        assertThat(page.etag(""))
                .isEqualTo(ReportPageCache.Page.of(V1, "<p>no form</p>", null).etag(""));
    }

    @Test
    void aNewVersionRendersAgainAndTheByteBudgetDropsTheLeastRecentlyViewed() {
        // Pages of 100 bytes in a budget of 250: two fit, a third drops the one viewed longest ago.
        ReportPageCache cache = new ReportPageCache(250, new SimpleMeterRegistry());
        AtomicInteger renders = new AtomicInteger();
        java.util.function.Supplier<ReportPageCache.Page> render = () -> {
            renders.incrementAndGet();
            return ReportPageCache.Page.of(null, "x".repeat(100), null);
        };
        cache.get(slot("one"), V1, render);
        cache.get(slot("two"), V1, render);
        cache.get(slot("one"), V1, render); // a hit, and "one" is now the more recent
        assertThat(renders).hasValue(2);
        cache.get(slot("three"), V1, render); // the third render; 300 > 250: "two" goes
        assertThat(renders).hasValue(3);
        assertThat(cache.bytes()).isEqualTo(200);
        cache.get(slot("one"), V1, render);
        assertThat(renders).as("one kept: a hit").hasValue(3);
        cache.get(slot("two"), V1, render); // rendered again; 300 > 250: "three" goes now
        assertThat(renders).as("two had been dropped").hasValue(4);
        assertThat(cache.bytes()).isEqualTo(200);
        cache.get(slot("two"), V2, render); // a lead was left: a new version replaces the page, 200 - 100 + 100
        assertThat(renders).hasValue(5);
        assertThat(cache.bytes()).isEqualTo(200);
        cache.forget("two");
        assertThat(cache.bytes()).isEqualTo(100);
    }
}
