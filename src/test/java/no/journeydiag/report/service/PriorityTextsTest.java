package no.journeydiag.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityTextsTest {

    @Test
    void norwegianQuotesEachNameSoAnOgInsideANameCannotBeMistakenForTheList() {
        assertThat(PriorityTexts.joined(List.of("Bruk", "Avslutning og gjenvinning"), "nb"))
                .isEqualTo("«Bruk» og «Avslutning og gjenvinning»");
        assertThat(PriorityTexts.joined(List.of("Kjøp", "Bruk", "Avslutning og gjenvinning"), "nb"))
                .isEqualTo("«Kjøp», «Bruk» og «Avslutning og gjenvinning»");
    }

    @Test
    void englishJoinsWithCommasAndAnd() {
        assertThat(PriorityTexts.joined(List.of("Buy & Begin", "Own & Use", "Leave & Re-engage"), "en"))
                .isEqualTo("Buy & Begin, Own & Use and Leave & Re-engage");
        assertThat(PriorityTexts.joined(List.of("Observe"), "en")).isEqualTo("Observe");
        assertThat(PriorityTexts.joined(List.of(), "nb")).isEmpty();
    }
}
