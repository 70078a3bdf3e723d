package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.LocalizedText;
import no.journeydiag.questionnaire.model.Pos;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed access to a composed YAML node tree that records a {@link Problem} (with line and column)
 * for everything it cannot read, instead of stopping at the first one.
 */
final class YamlNodes {

    private final String file;
    private final List<Problem> problems;
    private List<String> locales = List.of();

    YamlNodes(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void locales(List<String> declared) {
        this.locales = declared;
    }

    List<String> locales() {
        return locales;
    }

    static Pos pos(Node node) {
        return node == null
                ? Pos.NONE
                : new Pos(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    void error(Node node, String message) {
        Pos p = pos(node);
        problems.add(new Problem(file, p.line(), p.column(), message));
    }

    void error(Pos p, String message) {
        problems.add(new Problem(file, p.line(), p.column(), message));
    }

    /**
     * The keys of a mapping, checking that it is one, that every key is known, none repeats and
     * the required ones are there. Returns an empty map when {@code node} is not a mapping.
     */
    Map<String, Node> fields(Node node, String what, Set<String> allowed, Set<String> required) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            error(node, what + " must be a mapping of key: value");
            return out;
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                error(t.getKeyNode(), "keys in " + what + " must be plain words");
                continue;
            }
            String key = keyNode.getValue();
            if (!allowed.contains(key)) {
                error(keyNode, "unknown key '" + key + "' in " + what + suggestion(key, allowed));
            } else if (out.containsKey(key)) {
                error(keyNode, "key '" + key + "' appears twice in " + what);
            } else {
                out.put(key, t.getValueNode());
            }
        }
        for (String r : required.stream().sorted().toList()) {
            if (!out.containsKey(r)) {
                error(node, what + " is missing required key '" + r + "'");
            }
        }
        return out;
    }

    private static String suggestion(String key, Set<String> allowed) {
        String best = allowed.stream()
                .min(Comparator.comparingInt(a -> distance(a.toLowerCase(), key.toLowerCase())))
                .orElse(null);
        if (best != null && distance(best.toLowerCase(), key.toLowerCase()) <= 2) {
            return " (did you mean '" + best + "'?)";
        }
        return "; allowed keys are "
                + String.join(", ", allowed.stream().sorted().toList());
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    String string(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().trim();
        }
        error(node, what + " must be a non-empty text value");
        return null;
    }

    /** An id: lower-case letters, digits and dashes, used in URLs and API payloads. */
    String id(Node node, String what) {
        String s = string(node, what);
        if (s != null && !s.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            error(node, what + " '" + s + "' must use only a-z, 0-9 and '-' (at most 64 characters)");
            return null;
        }
        return s;
    }

    Integer integer(Node node, String what) {
        if (node instanceof ScalarNode s) {
            try {
                return Integer.valueOf(s.getValue().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(node, what + " must be a whole number");
        return null;
    }

    Double number(Node node, String what) {
        if (node instanceof ScalarNode s) {
            try {
                double d = Double.parseDouble(s.getValue().trim());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(node, what + " must be a number");
        return null;
    }

    boolean bool(Node node, String what, boolean fallback) {
        if (node == null) {
            return fallback;
        }
        if (node instanceof ScalarNode s) {
            String v = s.getValue().trim();
            if (v.equals("true")) {
                return true;
            }
            if (v.equals("false")) {
                return false;
            }
        }
        error(node, what + " must be true or false");
        return fallback;
    }

    List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        error(node, what + " must be a list (lines starting with '- ')");
        return List.of();
    }

    List<String> stringList(Node node, String what) {
        List<String> out = new ArrayList<>();
        if (node instanceof ScalarNode) {
            String s = string(node, what);
            if (s != null) {
                out.add(s);
            }
            return out;
        }
        for (Node n : list(node, what)) {
            String s = string(n, what + " entry");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Localized text: either a mapping locale → text, or a plain string meaning the default
     * locale. Every declared locale must be present.
     */
    LocalizedText text(Node node, String what) {
        if (node == null) {
            return LocalizedText.EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (node instanceof ScalarNode s) {
            if (s.getValue().isBlank()) {
                error(node, what + " must not be empty");
                return LocalizedText.EMPTY;
            }
            if (!locales.isEmpty()) {
                values.put(locales.get(0), s.getValue().strip());
            }
        } else if (node instanceof MappingNode) {
            Map<String, Node> f = fields(node, what, Set.copyOf(locales), Set.of());
            f.forEach((locale, v) -> {
                String t = string(v, what + " (" + locale + ")");
                if (t != null) {
                    values.put(locale, t);
                }
            });
        } else {
            error(node, what + " must be a text or a mapping of locale: text");
            return LocalizedText.EMPTY;
        }
        for (String locale : locales) {
            if (!values.containsKey(locale)) {
                error(node, what + " is missing the '" + locale + "' translation (every declared locale needs one)");
            }
        }
        return new LocalizedText(values);
    }
}
