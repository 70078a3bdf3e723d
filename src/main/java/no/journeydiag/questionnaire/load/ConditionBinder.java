package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.Condition;
import no.journeydiag.questionnaire.model.Pos;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Binds a condition ({@code showIf}, {@code when}): a test of one answer or one element score, or
 * all/any/not/count over nested conditions. What it may refer to is checked later, on the whole file.
 */
final class ConditionBinder {

    private final YamlNodes y;

    ConditionBinder(YamlNodes y) {
        this.y = y;
    }

    /** The condition, or null after reporting why it cannot be read. */
    Condition condition(Node n) {
        if (!(n instanceof MappingNode map)) {
            y.error(n, "a condition must be a mapping such as {question: q1, equals: yes}");
            return null;
        }
        // The first key that names a kind of condition decides which keys the rest may use.
        Set<String> keys = new LinkedHashSet<>();
        map.getValue().forEach(t -> {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.add(k.getValue());
            }
        });
        Pos pos = YamlNodes.pos(n);
        if (keys.contains("question")) {
            return onAnswer(n, pos);
        }
        if (keys.contains("element")) {
            return onElement(n, pos);
        }
        if (keys.contains("all") || keys.contains("any")) {
            String k = keys.contains("all") ? "all" : "any";
            Map<String, Node> f = y.fields(n, "an '" + k + "' condition", Set.of(k), Set.of(k));
            List<Condition> of = conditions(f.get(k), k);
            return k.equals("all") ? new Condition.All(of, pos) : new Condition.Any(of, pos);
        }
        if (keys.contains("not")) {
            Map<String, Node> f = y.fields(n, "a 'not' condition", Set.of("not"), Set.of("not"));
            Condition c = condition(f.get("not"));
            return c == null ? null : new Condition.Not(c, pos);
        }
        if (keys.contains("count")) {
            return count(n, pos);
        }
        y.error(n, "unknown condition; start it with question, element, all, any, not or count");
        return null;
    }

    /** {question: q, equals | in | atLeast | atMost | answered: ...} */
    private Condition onAnswer(Node n, Pos pos) {
        Map<String, Node> f = y.fields(
                n,
                "a question condition",
                Set.of("question", "equals", "in", "atLeast", "atMost", "answered"),
                Set.of("question"));
        String q = y.string(f.get("question"), "condition question");
        List<String> tests =
                f.keySet().stream().filter(k -> !k.equals("question")).toList();
        if (tests.size() != 1) {
            y.error(n, "a question condition needs exactly one of equals, in, atLeast, atMost, answered");
            return null;
        }
        Node v = f.get(tests.get(0));
        return switch (tests.get(0)) {
            case "equals" -> new Condition.Equals(q, y.string(v, "equals"), pos);
            case "in" -> new Condition.In(q, new LinkedHashSet<>(y.stringList(v, "in")), pos);
            case "atLeast" -> {
                Double d = y.number(v, "atLeast");
                yield d == null ? null : new Condition.AtLeast(q, d, pos);
            }
            case "atMost" -> {
                Double d = y.number(v, "atMost");
                yield d == null ? null : new Condition.AtMost(q, d, pos);
            }
            default -> {
                if (!y.bool(v, "answered", true)) {
                    y.error(v, "write {not: {question: ..., answered: true}} instead of answered: false");
                }
                yield new Condition.Answered(q, pos);
            }
        };
    }

    /** {element: e, below | above | atLeast: score} */
    private Condition onElement(Node n, Pos pos) {
        Map<String, Node> f =
                y.fields(n, "an element condition", Set.of("element", "below", "above", "atLeast"), Set.of("element"));
        String e = y.string(f.get("element"), "condition element");
        List<String> limits =
                f.keySet().stream().filter(k -> !k.equals("element")).toList();
        if (limits.size() != 1) {
            y.error(n, "an element condition needs exactly one of below, above, atLeast");
            return null;
        }
        Double d = y.number(f.get(limits.get(0)), "score limit");
        if (d == null) {
            return null;
        }
        return switch (limits.get(0)) {
            case "below" -> new Condition.ElementBelow(e, d, pos);
            case "above" -> new Condition.ElementAbove(e, d, pos);
            default -> new Condition.ElementAtLeast(e, d, pos);
        };
    }

    /** {count: [conditions], atLeast: n, atMost: m}: how many of the nested conditions hold. */
    private Condition count(Node n, Pos pos) {
        Map<String, Node> f = y.fields(n, "a 'count' condition", Set.of("count", "atLeast", "atMost"), Set.of("count"));
        Integer least = f.containsKey("atLeast") ? y.integer(f.get("atLeast"), "atLeast") : null;
        Integer most = f.containsKey("atMost") ? y.integer(f.get("atMost"), "atMost") : null;
        if (!f.containsKey("atLeast") && !f.containsKey("atMost")) {
            y.error(n, "a 'count' condition needs atLeast and/or atMost");
        }
        return new Condition.Count(conditions(f.get("count"), "count"), least, most, pos);
    }

    private List<Condition> conditions(Node n, String what) {
        List<Condition> out = new ArrayList<>();
        List<Node> items = y.list(n, what);
        if (items.isEmpty() && n instanceof SequenceNode) {
            y.error(n, "'" + what + "' needs at least one condition");
        }
        for (Node c : items) {
            Condition cond = condition(c);
            if (cond != null) {
                out.add(cond);
            }
        }
        return out;
    }
}
