package no.journeydiag.webhook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each kind of stored delivery error is put into the page language's sentence, keeping its variable part. */
class DeliveryErrorsTest {

    /** Renders a message as its key and arguments, so the test sees which sentence was chosen with what. */
    static final WebhookMsg KEYS = (WebhookMsg) Proxy.newProxyInstance(
            WebhookMsg.class.getClassLoader(),
            new Class<?>[] {WebhookMsg.class},
            (proxy, method, args) -> method.getName()
                    + (args == null
                            ? ""
                            : Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(",", "(", ")"))));

    @Test
    void everyKindTheSenderStoresGetsItsOwnSentence() {
        assertThat(DeliveryErrors.text("the target answered 503", KEYS)).isEqualTo("error_answered(503)");
        assertThat(DeliveryErrors.text("the target answered 302 (redirects are not followed)", KEYS))
                .isEqualTo("error_redirected(302)");
        assertThat(DeliveryErrors.text("the target 'crm' is no longer configured", KEYS))
                .isEqualTo("error_gone(crm)");
        assertThat(DeliveryErrors.text("the target 'crm' is disabled", KEYS)).isEqualTo("error_disabled(crm)");
        assertThat(DeliveryErrors.text("could not deliver: Connection refused", KEYS))
                .isEqualTo("error_unreachable(Connection refused)");
        assertThat(DeliveryErrors.text("not sent: crm.example.com does not resolve", KEYS))
                .isEqualTo("error_not_sent(crm.example.com does not resolve)");
        assertThat(DeliveryErrors.text("blocked: a loopback address", KEYS))
                .isEqualTo("error_blocked(a loopback address)");
        assertThat(DeliveryErrors.text("interrupted", KEYS)).isEqualTo("error_interrupted");
        assertThat(DeliveryErrors.text(null, KEYS)).isNull();
        assertThat(DeliveryErrors.text("something new", KEYS)).isEqualTo("something new");
    }

    @Test
    void everyErrorSentenceHasANorwegianText() throws IOException {
        Properties nb = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/wh_nb.properties")) {
            nb.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = Arrays.stream(WebhookMsg.class.getDeclaredMethods())
                .map(java.lang.reflect.Method::getName)
                .filter(n -> n.startsWith("error_"))
                .toList();
        assertThat(keys).hasSize(8);
        assertThat(nb.stringPropertyNames()).containsAll(keys);
        assertThat(nb.getProperty("error_answered")).isEqualTo("Mottakeren svarte {status}.");
    }
}
