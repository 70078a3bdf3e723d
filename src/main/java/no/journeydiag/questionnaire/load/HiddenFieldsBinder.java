package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.HiddenField;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Binds {@code hiddenFields}: values passed along with the answers (utm_source, a CRM id), each a
 * plain id or {@code {id, maxLength}}. Ids are lower-case letters, digits and underscores, as in
 * the query parameters they usually come from.
 */
final class HiddenFieldsBinder {

    private static final int LONGEST = 2000;
    private final YamlNodes y;

    HiddenFieldsBinder(YamlNodes y) {
        this.y = y;
    }

    List<HiddenField> hiddenFields(Node n) {
        if (n == null) {
            return List.of();
        }
        List<HiddenField> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> items = y.list(n, "hiddenFields");
        if (items.size() > HiddenField.MOST_FIELDS) {
            y.error(n, "hiddenFields may list at most " + HiddenField.MOST_FIELDS + " fields");
        }
        for (Node item : items) {
            String id;
            int max = HiddenField.DEFAULT_MAX_LENGTH;
            if (item instanceof ScalarNode) {
                id = y.string(item, "hiddenFields entry");
            } else {
                Map<String, Node> f = y.fields(item, "hiddenFields entry", Set.of("id", "maxLength"), Set.of("id"));
                id = f.containsKey("id") ? y.string(f.get("id"), "hiddenFields id") : null;
                if (f.containsKey("maxLength")) {
                    Integer m = y.integer(f.get("maxLength"), "hiddenFields maxLength");
                    if (m != null && (m < 1 || m > LONGEST)) {
                        y.error(f.get("maxLength"), "hiddenFields maxLength must be between 1 and " + LONGEST);
                    } else if (m != null) {
                        max = m;
                    }
                }
            }
            if (id == null) {
                continue;
            }
            if (!id.matches("[a-z][a-z0-9_]{0,39}")) {
                y.error(
                        item,
                        "hidden field '" + id + "' must use only a-z, 0-9 and '_', starting with a letter"
                                + " (at most 40 characters)");
            } else if (!seen.add(id)) {
                y.error(item, "hidden field '" + id + "' is listed twice");
            } else {
                out.add(new HiddenField(id, max));
            }
        }
        return out;
    }
}
