package no.journeydiag.questionnaire.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.questionnaire.model.CallToAction;
import no.journeydiag.questionnaire.model.WarningSign;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Binds {@code callToAction}: the report's next step ({title, text, label, url}, texts in every
 * locale) with optional {@code bySign} and {@code byBand} offers keyed by sign and band id.
 */
final class CallToActionBinder {

    private static final Set<String> OFFER_KEYS = Set.of("title", "text", "label", "url");
    private static final Set<String> KEYS = Set.of("title", "text", "label", "url", "bySign", "byBand");

    private final YamlNodes y;

    CallToActionBinder(YamlNodes y) {
        this.y = y;
    }

    /** Null when {@code n} is null: the report then ends without a next step. */
    CallToAction callToAction(Node n, List<Band> bands, List<WarningSign> signs) {
        if (n == null) {
            return null;
        }
        Map<String, Node> f = y.fields(n, "callToAction", KEYS, Set.of("title", "label", "url"));
        CallToAction.Offer offer = offer(n, f, "callToAction");
        Set<String> signIds = Set.copyOf(signs.stream().map(WarningSign::id).toList());
        Set<String> bandIds = Set.copyOf(bands.stream().map(Band::id).toList());
        return new CallToAction(
                offer,
                byId(f.get("bySign"), "callToAction bySign", signIds, "warning sign"),
                byId(f.get("byBand"), "callToAction byBand", bandIds, "band"));
    }

    private Map<String, CallToAction.Offer> byId(Node n, String what, Set<String> known, String kind) {
        Map<String, CallToAction.Offer> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof MappingNode map)) {
            y.error(n, what + " must be a mapping of id: offer");
            return out;
        }
        for (NodeTuple t : map.getValue()) {
            String id = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (id == null || !known.contains(id)) {
                y.error(t.getKeyNode(), what + " '" + id + "' is not a " + kind + " id");
                continue;
            }
            String where = what + " " + id;
            Map<String, Node> f = y.fields(t.getValueNode(), where, OFFER_KEYS, Set.of("title", "label", "url"));
            out.put(id, offer(t.getValueNode(), f, where));
        }
        return out;
    }

    private CallToAction.Offer offer(Node n, Map<String, Node> f, String what) {
        String url = f.containsKey("url") ? y.string(f.get("url"), what + " url") : null;
        if (url != null && !url.matches("(?:https?://|\\$\\{booking-url\\})[^\\s\"<>]*")) {
            y.error(
                    f.get("url"),
                    what + " url '" + url + "' must be an absolute http(s) address or start with ${booking-url}");
            url = null;
        }
        return new CallToAction.Offer(
                y.text(f.get("title"), what + " title"),
                y.text(f.get("text"), what + " text"),
                y.text(f.get("label"), what + " label"),
                url);
    }
}
