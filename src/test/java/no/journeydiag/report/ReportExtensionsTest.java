package no.journeydiag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.journeydiag.report.web.ReportExtensions;
import org.junit.jupiter.api.Test;

class ReportExtensionsTest {

    @Test
    void scoresShowOneDecimalAndADashWhenThereIsNone() {
        assertEquals("61.5", ReportExtensions.score(61.5));
        assertEquals("0.0", ReportExtensions.score(0.0));
        assertEquals("100.0", ReportExtensions.score(100.0));
        assertEquals("7.0", ReportExtensions.score(7.0));
        assertEquals("-2.5", ReportExtensions.score(-2.5), "team changes can be negative");
        assertEquals("-0.3", ReportExtensions.score(-0.3));
        assertEquals("–", ReportExtensions.score(null));
    }

    @Test
    void scoresWithMoreDecimalsAreRoundedHalfUp() {
        assertEquals("61.6", ReportExtensions.score(61.55));
        assertEquals("61.5", ReportExtensions.score(61.54));
        assertEquals("0.2", ReportExtensions.score(0.15));
        assertEquals("33.3", ReportExtensions.score(100.0 / 3));
        assertEquals("-1.3", ReportExtensions.score(-1.25));
    }
}
