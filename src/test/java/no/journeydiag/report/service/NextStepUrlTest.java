package no.journeydiag.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Optional;
import no.journeydiag.config.DiagnosticConfig;
import org.junit.jupiter.api.Test;

/** Where a call to action starting with ${booking-url} leads, by what is configured. */
class NextStepUrlTest {

    private static ReportAssembler with(String booking, String contact) {
        DiagnosticConfig.Branding branding = (DiagnosticConfig.Branding) Proxy.newProxyInstance(
                DiagnosticConfig.Branding.class.getClassLoader(),
                new Class<?>[] {DiagnosticConfig.Branding.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "bookingUrl" -> Optional.ofNullable(booking);
                    case "contactUrl" -> Optional.ofNullable(contact);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        DiagnosticConfig config = (DiagnosticConfig) Proxy.newProxyInstance(
                DiagnosticConfig.class.getClassLoader(),
                new Class<?>[] {DiagnosticConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("branding")) {
                        return branding;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new ReportAssembler(config, null);
    }

    @Test
    void theBookingPageTakesThePlaceholdersPlaceAndKeepsTheOffersTopic() {
        ReportAssembler a = with("https://acme.example/book", "mailto:hello@acme.example");
        assertThat(a.nextStepUrl("${booking-url}")).isEqualTo("https://acme.example/book");
        assertThat(a.nextStepUrl("${booking-url}?topic=critical"))
                .isEqualTo("https://acme.example/book?topic=critical");
    }

    @Test
    void withoutABookingPageTheContactAddressIsUsedAsItIs() {
        ReportAssembler a = with(null, "mailto:hello@acme.example");
        // the offer's "?topic=critical" is not glued onto a mailto: or a page it was not written for
        assertThat(a.nextStepUrl("${booking-url}?topic=critical")).isEqualTo("mailto:hello@acme.example");
    }

    @Test
    void withNeitherThereIsNoNextStepAndAnAbsoluteAddressIsKept() {
        ReportAssembler a = with(" ", null);
        assertThat(a.nextStepUrl("${booking-url}")).isNull();
        assertThat(a.nextStepUrl("https://partner.example/book")).isEqualTo("https://partner.example/book");
    }
}
