package no.journeydiag.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.lead.persistence.LeadEntity;
import no.journeydiag.response.Answers;
import no.journeydiag.workshop.Client;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * /consultant/leads lists the leads a consultant may see, newest first, dated in Oslo time the
 * reader's way, in English and Norwegian; another consultant's scope shows none of them.
 */
@QuarkusTest
class LeadsPageTest {

    static final String PASSWORD = "leads page passphrase";

    @Inject
    Accounts accounts;

    long consultant(String username) {
        if (accounts.accounts().stream().noneMatch(a -> a.username().equals(username))) {
            accounts.create(username, username + " Consultant", PASSWORD, "consultant");
        }
        return accounts.accounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
    }

    static void consentedAt(String email, String time) {
        QuarkusTransaction.requiringNew()
                .run(() -> LeadEntity.update("consentedAt = ?1 where email = ?2", OffsetDateTime.parse(time), email));
    }

    static List<Element> rows(Document d, String... emails) {
        return d.select("#leads tbody tr").stream()
                .filter(r -> Set.of(emails).contains(r.select("td").get(3).text()))
                .toList();
    }

    @Test
    void theTableListsTheLeadsAConsultantMaySeeNewestFirstInLocalTimeAndNoneToAnother() {
        long kari = consultant("kari");
        long ola = consultant("ola");
        String older = LeadTest.submit("quick-check", Answers.quickCheckCritical());
        String newer = LeadTest.submit("quick-check", Answers.quickCheckCritical());
        LeadScopeTest.lead(older, "eldre@example.no");
        LeadScopeTest.lead(newer, "nyere@example.no");
        // 5 March 08:07 UTC is 09:07 in Oslo (CET, UTC+1); 6 March 12:00 UTC is 13:00.
        consentedAt("eldre@example.no", "2026-03-05T08:07:00Z");
        consentedAt("nyere@example.no", "2026-03-06T12:00:00Z");
        accounts.setLeadQuestionnaires(kari, List.of("quick-check"), Set.of("quick-check", "journey-ownership"));
        accounts.setLeadQuestionnaires(ola, List.of("journey-ownership"), Set.of("quick-check", "journey-ownership"));

        Client k = new Client("10.15.1.1").login("kari", PASSWORD);
        Document nb = k.page("/consultant/leads?lang=nb", 200);
        assertEquals("nb", nb.select("html").attr("lang"));
        List<Element> mine = rows(nb, "eldre@example.no", "nyere@example.no");
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).select("td").eachText())
                .as("newest first")
                .startsWith("6. mars 2026 kl. 13.00", "quick-check", "–", "nyere@example.no");
        assertThat(mine.get(1).select("td").get(0).text()).isEqualTo("5. mars 2026 kl. 09.07");
        assertThat(mine.get(0).select("summary").text()).startsWith("versjon ");
        assertThat(mine.get(0).select("a").attr("href")).isEqualTo("/r/" + newer);
        assertThat(mine.get(0).select("a").text()).isEqualTo("Åpne rapporten");
        assertThat(nb.select("#leads th").eachText())
                .containsExactly("Registrert", "Spørreskjema", "Navn", "E-post", "Samtykke", "Rapport");
        assertThat(nb.select("main").text())
                .contains("Last ned alle leads (CSV)", "Nyeste først")
                .doesNotContain("Download all", "Newest first", "Open the report", "Contact details");
        assertThat(nb.select("a[href=/consultant/leads/export.csv]")).hasSize(1);

        Document en = k.page("/consultant/leads?lang=en", 200);
        assertThat(rows(en, "nyere@example.no").get(0).select("td").get(0).text())
                .isEqualTo("6 March 2026, 13:00 UTC+01:00");
        assertThat(rows(en, "eldre@example.no").get(0).select("td").get(0).text())
                .isEqualTo("5 March 2026, 09:07 UTC+01:00");

        Document olas = new Client("10.15.1.2").login("ola", PASSWORD).page("/consultant/leads", 200);
        assertThat(rows(olas, "eldre@example.no", "nyere@example.no"))
                .as("ola may see journey-ownership leads only")
                .isEmpty();
        assertThat(olas.text()).doesNotContain("eldre@example.no", "nyere@example.no");
    }
}
