package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.WarningSign;
import org.yaml.snakeyaml.nodes.Node;

/** Binds {@code warningSigns}: rule-based flags, each with the condition that triggers it and the elements it concerns. */
final class WarningSignBinder {

    private final YamlNodes y;
    private final ConditionBinder conditions;

    WarningSignBinder(YamlNodes y, ConditionBinder conditions) {
        this.y = y;
        this.conditions = conditions;
    }

    /** The {@code warningSigns} list; {@code node} is null when the file has none. */
    List<WarningSign> warningSigns(Node node) {
        List<WarningSign> signs = new ArrayList<>();
        if (node == null) {
            return signs;
        }
        for (Node n : y.list(node, "warningSigns")) {
            Map<String, Node> s = y.fields(
                    n,
                    "a warning sign",
                    Set.of("id", "label", "description", "recommendation", "elements", "when"),
                    Set.of("id", "label", "recommendation", "when"));
            signs.add(new WarningSign(
                    y.id(s.get("id"), "warning sign id"),
                    y.text(s.get("label"), "warning sign label"),
                    y.text(s.get("description"), "warning sign description"),
                    y.text(s.get("recommendation"), "warning sign recommendation"),
                    s.containsKey("elements") ? y.stringList(s.get("elements"), "warning sign elements") : List.of(),
                    s.containsKey("when") ? conditions.condition(s.get("when")) : null,
                    YamlNodes.pos(n)));
        }
        return signs;
    }
}
