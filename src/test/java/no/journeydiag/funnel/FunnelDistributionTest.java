package no.journeydiag.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import no.journeydiag.attribution.MarketingProfile;
import no.journeydiag.compare.persistence.HistogramStore;
import no.journeydiag.funnel.service.FunnelReport;
import no.journeydiag.workshop.Client;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The dashboard shows each score's distribution in 10-point bands from the stored histograms, and the CSV too. */
@QuarkusTest
@TestProfile(MarketingProfile.class)
class FunnelDistributionTest {

    @Inject
    FunnelReport reports;

    @Inject
    HistogramStore histograms;

    List<Long> overall() {
        return reports.distributions("site-check", 0).stream()
                .filter(d -> d.metric().equals("overall"))
                .map(FunnelReport.Distribution::bands)
                .findFirst()
                .orElse(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
    }

    @Test
    void histogramBucketsAddUpIntoTenPointBandsOnThePageAndInTheCsv() {
        List<Long> before = overall();
        // A version no report compares with: 30 responses at 15.5 (bucket 155), 4 at 100.0 (bucket 1000,
        // the top band), 1 at 9.9 (bucket 99, the first band), and the same overall in one segment
        // only (a segment is not "everyone", so it must not count).
        String version = "dist-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            histograms.insert("site-check", version, "", "overall", 155, 30);
            histograms.insert("site-check", version, "", "overall", 1000, 4);
            histograms.insert("site-check", version, "", "overall", 99, 1);
            histograms.insert("site-check", version, "size=small", "overall", 155, 7);
        });
        List<Long> after = overall();
        // band 0 (0-10): +1; band 1 (10-20): +30; band 9 (90-100): +4; every other band unchanged
        assertThat(after.get(0) - before.get(0)).isEqualTo(1);
        assertThat(after.get(1) - before.get(1)).isEqualTo(30);
        assertThat(after.get(9) - before.get(9)).isEqualTo(4);
        for (int band = 2; band < 9; band++) {
            assertThat(after.get(band)).isEqualTo(before.get(band));
        }
        long total = after.stream().mapToLong(Long::longValue).sum();

        Client admin = new Client().login("admin", "test-admin-password");
        Document page = admin.page("/consultant/funnel?questionnaire=site-check&lang=nb", 200);
        // 35 or more responses: above the 30 "how you compare" waits for, so overall is shown
        assertThat(page.select("#funnel-spread tr[data-metric=overall] td").eachText())
                .containsExactly(
                        Long.toString(total),
                        after.get(0).toString(),
                        after.get(1).toString(),
                        after.get(2).toString(),
                        after.get(3).toString(),
                        after.get(4).toString(),
                        after.get(5).toString(),
                        after.get(6).toString(),
                        after.get(7).toString(),
                        after.get(8).toString(),
                        after.get(9).toString());
        assertThat(page.select("#funnel-spread tr[data-metric=overall] th").text())
                .isEqualTo("Samlet");
        assertThat(page.select("figure[data-metric=overall] svg.funnel-histogram g"))
                .hasSize(10);

        String csv = admin.req()
                .get("/consultant/funnel/export.csv?questionnaire=site-check")
                .asString();
        assertThat(csv)
                .contains("\r\nmetric,responses,0-10,10-20,20-30,30-40,40-50,50-60,60-70,70-80,80-90,90-100\r\n");
        assertThat(csv).contains("\r\noverall," + total + "," + after.get(0) + "," + after.get(1) + ",");
    }
}
