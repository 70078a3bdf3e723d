package no.journeydiag.webhook.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delivery's stored error in the page's language. The sender stores one fixed English sentence
 * per kind of failure (the API shows it as is); its kind and its variable part (a status, a
 * target's name, the network's own message) are read back here and put into the bundle's text.
 */
final class DeliveryErrors {

    private static final Pattern ANSWERED =
            Pattern.compile("the target answered (\\d{3})( \\(redirects are not followed\\))?");
    private static final Pattern GONE = Pattern.compile("the target '(.*)' is no longer configured");
    private static final Pattern DISABLED = Pattern.compile("the target '(.*)' is disabled");

    private DeliveryErrors() {}

    static String text(String stored, WebhookMsg msg) {
        if (stored == null || stored.isEmpty()) {
            return stored;
        }
        Matcher m = ANSWERED.matcher(stored);
        if (m.matches()) {
            return m.group(2) == null ? msg.error_answered(m.group(1)) : msg.error_redirected(m.group(1));
        }
        if ((m = GONE.matcher(stored)).matches()) {
            return msg.error_gone(m.group(1));
        }
        if ((m = DISABLED.matcher(stored)).matches()) {
            return msg.error_disabled(m.group(1));
        }
        if (stored.startsWith("could not deliver: ")) {
            return msg.error_unreachable(stored.substring("could not deliver: ".length()));
        }
        if (stored.startsWith("not sent: ")) {
            return msg.error_not_sent(stored.substring("not sent: ".length()));
        }
        if (stored.startsWith("blocked: ")) {
            return msg.error_blocked(stored.substring("blocked: ".length()));
        }
        if (stored.equals("interrupted")) {
            return msg.error_interrupted();
        }
        return stored;
    }
}
