package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.Stage;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds what describes the questionnaire as a whole: its {@code locales}, scoring {@code format},
 * {@code estimatedMinutes}, and the decision loop ({@code stages}, {@code loop} threshold).
 * Each method takes the top-level value node, null when the key is absent, and returns the default then.
 */
final class MetadataBinder {

    private final YamlNodes y;

    MetadataBinder(YamlNodes y) {
        this.y = y;
    }

    /** The declared locales, the default first; empty when none can be read. */
    List<String> locales(Node node) {
        List<String> locales = new ArrayList<>();
        if (node == null) {
            return locales;
        }
        for (Node n : y.list(node, "locales")) {
            String l = y.string(n, "locale");
            if (l == null) {
                continue;
            }
            if (!l.matches("[a-z]{2,3}(-[A-Z]{2})?")) {
                y.error(n, "locale '" + l + "' must be a language code such as en or nb");
            } else if (locales.contains(l)) {
                y.error(n, "locale '" + l + "' is listed twice");
            } else {
                locales.add(l);
            }
        }
        if (locales.isEmpty()) {
            y.error(node, "locales must list at least one language, the default first");
        }
        return locales;
    }

    /** 1 (raw points, the default) or 2 (every item normalised). */
    int format(Node node) {
        if (node == null) {
            return 1;
        }
        Integer v = y.integer(node, "format");
        if (v != null && v != 1 && v != 2) {
            y.error(
                    node,
                    "format must be 1 (raw points) or 2 (every item normalised; see docs/questionnaire-format.md)");
            return 1;
        }
        return v == null ? 1 : v;
    }

    int estimatedMinutes(Node node) {
        if (node == null) {
            return 10;
        }
        Integer m = y.integer(node, "estimatedMinutes");
        if (m != null && (m < 1 || m > 120)) {
            y.error(node, "estimatedMinutes must be between 1 and 120");
            return 10;
        }
        return m == null ? 10 : m;
    }

    /** The loop stages, in the order the loop runs. */
    List<Stage> stages(Node node) {
        List<Stage> stages = new ArrayList<>();
        if (node == null) {
            return stages;
        }
        for (Node n : y.list(node, "stages")) {
            Map<String, Node> s = y.fields(n, "a stage", Set.of("id", "label", "description"), Set.of("id", "label"));
            stages.add(new Stage(
                    y.id(s.get("id"), "stage id"),
                    y.text(s.get("label"), "stage label"),
                    y.text(s.get("description"), "stage description"),
                    YamlNodes.pos(n)));
        }
        return stages;
    }

    /** {@code loop: {threshold}}: the stage score below which the loop counts as broken (default 50). */
    double loopThreshold(Node node) {
        double threshold = 50;
        if (node == null) {
            return threshold;
        }
        Map<String, Node> l = y.fields(node, "loop", Set.of("threshold"), Set.of("threshold"));
        if (l.containsKey("threshold")) {
            Double t = y.number(l.get("threshold"), "loop threshold");
            if (t != null && (t < 0 || t > 100)) {
                y.error(l.get("threshold"), "loop threshold must be between 0 and 100");
            } else if (t != null) {
                threshold = t;
            }
        }
        return threshold;
    }
}
