package no.journeydiag.questionnaire.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.journeydiag.questionnaire.model.CallToAction;
import org.junit.jupiter.api.Test;

/** A questionnaire's call to action: its offers, which one a result gets, and the mistakes the loader names. */
class CallToActionBinderTest {

    private static final String CTA = "{title: Talk to us, label: Book, url: 'https://example.com/book',"
            + " bySign: {s1: {title: Signs, label: Book, url: 'https://example.com/s1'}},"
            + " byBand: {low: {title: Low, label: Book, url: 'https://example.com/low'}}}";

    private static QuestionnaireParser.Outcome parse(YamlFixture yaml) {
        return QuestionnaireParser.parse("engine2.yaml", yaml.bytes());
    }

    private static List<String> problems(String cta) {
        return parse(FormatTwoChecksTest.engine2().set("callToAction", cta)).problems().stream()
                .map(Problem::message)
                .toList();
    }

    @Test
    void aFiredSignWinsOverTheBandAndTheBandOverTheDefault() {
        CallToAction cta = parse(FormatTwoChecksTest.engine2().set("callToAction", CTA))
                .questionnaire()
                .callToAction();
        assertThat(cta.choose(List.of("s1"), "low").key()).isEqualTo("sign:s1");
        assertThat(cta.choose(List.of(), "low").offer().url()).isEqualTo("https://example.com/low");
        assertThat(cta.choose(List.of(), "top").key()).isEqualTo("default");
        assertThat(cta.byKey("band:low").title().in("en", "en")).isEqualTo("Low");
        assertThat(cta.byKey("band:nope")).isNull();
        assertThat(cta.byKey("sign:")).isNull();
    }

    @Test
    void aQuestionnaireWithoutOneHasNoNextStep() {
        assertThat(parse(FormatTwoChecksTest.engine2()).questionnaire().callToAction())
                .isNull();
    }

    @Test
    void anOfferForAnUnknownSignOrBandIsRefused() {
        assertThat(problems("{title: T, label: L, url: 'https://example.com',"
                        + " bySign: {nope: {title: T, label: L, url: 'https://example.com'}},"
                        + " byBand: {never: {title: T, label: L, url: 'https://example.com'}}}"))
                .containsExactlyInAnyOrder(
                        "callToAction bySign 'nope' is not a warning sign id",
                        "callToAction byBand 'never' is not a band id");
    }

    @Test
    void aRelativeOrScriptAddressIsRefused() {
        assertThat(problems("{title: T, label: L, url: 'javascript:alert(1)'}"))
                .containsExactly(
                        "callToAction url 'javascript:alert(1)' must be an absolute http(s) address or start with ${booking-url}");
        assertThat(problems("{title: T, label: L, url: /book}"))
                .containsExactly(
                        "callToAction url '/book' must be an absolute http(s) address or start with ${booking-url}");
        assertThat(problems("{title: T, label: L, url: '${contact-url}'}"))
                .containsExactly("callToAction url '${contact-url}' must be an absolute http(s) address or start"
                        + " with ${booking-url}");
    }

    @Test
    void anAddressMayStartWithTheConfiguredBookingPage() {
        assertThat(problems("{title: T, label: L, url: '${booking-url}',"
                        + " byBand: {low: {title: T, label: L, url: '${booking-url}?topic=low'}}}"))
                .isEmpty();
    }

    @Test
    void anOfferNeedsItsTitleLabelAndAddress() {
        assertThat(problems("{text: Only text}"))
                .containsExactly(
                        "callToAction is missing required key 'label'",
                        "callToAction is missing required key 'title'",
                        "callToAction is missing required key 'url'");
    }
}
