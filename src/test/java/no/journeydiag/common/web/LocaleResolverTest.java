package no.journeydiag.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocaleResolverTest {

    static List<String> languages(String header) {
        return LocaleResolver.acceptable(header).stream()
                .map(Locale::getLanguage)
                .toList();
    }

    @Test
    void languagesComeMostWantedFirstAndInHeaderOrderAtEqualWeight() {
        assertEquals(List.of("nb", "en", "sv"), languages("sv;q=0.3, nb-NO, en;q=0.9"));
        assertEquals(List.of("da", "nb"), languages("da,nb"));
    }

    @Test
    void aBrokenHeaderIsReadAsFarAsItMakesSenseAndNeverThrows() {
        assertEquals(List.of("en"), languages("en;q=2"), "a quality above 1 counts as 1");
        assertEquals(List.of("en"), languages("nb;q=abc, en"), "an unreadable quality leaves that range out");
        assertEquals(List.of("en"), languages("nb;q=0, en"), "q=0 means not this language");
        assertEquals(List.of("en"), languages("*, <script>, ;q=1, , en;;x=y"));
        assertEquals(List.of(), languages(";;;,,,"), "only separators");
        assertEquals(List.of(), languages("-"));
        assertEquals(List.of(), languages(""));
        assertEquals(List.of(), languages(null));
        assertEquals(List.of(), languages("q=-1;;;"));
        // only the first 32 ranges are read: "nb" as the 40th is never seen
        assertEquals(32, languages("en,".repeat(39) + "nb").size());
        assertEquals(
                List.of("en"),
                languages("en,".repeat(39) + "nb").stream().distinct().toList());
    }

    @Test
    void norwegianInAnyFormPicksBokmal() {
        assertEquals(
                "nb",
                LocaleResolver.resolve(null, Map.of(), LocaleResolver.acceptable("nn;q=0.8,de"), List.of("en", "nb")));
        assertEquals(
                "en",
                LocaleResolver.resolve(null, Map.of(), LocaleResolver.acceptable("nb;q=2x,de"), List.of("en", "nb")));
    }
}
