package no.journeydiag.questionnaire.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A text in the asked locale, else the fallback, else any: also with no fallback (the home page asks so). */
class LocalizedTextTest {

    @Test
    void withoutAFallbackAMissingLocaleGivesAnyTextOrNothing() {
        assertThat(new LocalizedText(Map.of("en", "Hello")).in("nb", null)).isEqualTo("Hello");
        // a questionnaire without an intro: the home page rendered a 500 here
        assertThat(LocalizedText.EMPTY.in("nb", null)).isEmpty();
        assertThat(new LocalizedText(Map.of("en", "Hello", "nb", "Hei")).in("de", "nb"))
                .isEqualTo("Hei");
    }
}
