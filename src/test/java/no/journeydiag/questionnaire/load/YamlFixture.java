package no.journeydiag.questionnaire.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A valid questionnaire fixture that a test changes by YAML path, so each test states the one
 * thing it changes ({@code set("sections.s1.questions.q2.stage", "later")}) and where the problem
 * is expected ({@code lineOf("sections.s1.questions.q2")}), instead of replacing numbered lines.
 *
 * <p>A path is keys separated by dots; in a list, a segment picks the item whose {@code id} (or,
 * for options, {@code value}) it names, or the item at that index. The text is written afresh
 * (comments dropped, flow style kept), so line numbers come from {@link #lineOf}, never from the file.
 */
final class YamlFixture {

    private final Mapping root;

    private YamlFixture(Mapping root) {
        this.root = root;
    }

    /** The fixture {@code /fixtures/NAME} from the test class path. */
    static YamlFixture load(String name) {
        try (InputStream in = YamlFixture.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            Node node = new Yaml().compose(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new YamlFixture((Mapping) part(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at {@code path} to {@code yaml} (written on one line), adding the key last if absent. */
    YamlFixture set(String path, String yaml) {
        Target t = target(path, true);
        if (t.map() == null) {
            throw new IllegalArgumentException("set needs a key, not a list item: " + path);
        }
        t.map().entries.put(t.key(), new Raw(yaml));
        return this;
    }

    /** Adds {@code yaml} (written on one line) as the last item of the list at {@code path}. */
    YamlFixture add(String path, String yaml) {
        Target t = target(path, false);
        Part list =
                t.map() != null ? t.map().entries.get(t.key()) : t.list().items.get(t.index());
        if (!(list instanceof Sequence q)) {
            throw new IllegalArgumentException("add needs a list: " + path);
        }
        q.items.add(new Raw(yaml));
        return this;
    }

    /** Renames the key at {@code path}, keeping its place and value. */
    YamlFixture rename(String path, String newKey) {
        Target t = target(path, false);
        if (t.map() == null) {
            throw new IllegalArgumentException("rename needs a key, not a list item: " + path);
        }
        LinkedHashMap<String, Part> renamed = new LinkedHashMap<>();
        t.map().entries.forEach((k, v) -> renamed.put(k.equals(t.key()) ? newKey : k, v));
        t.map().entries.clear();
        t.map().entries.putAll(renamed);
        return this;
    }

    /** Removes the key or list item at {@code path}. */
    YamlFixture remove(String path) {
        Target t = target(path, false);
        if (t.map() != null) {
            t.map().entries.remove(t.key());
        } else {
            t.list().items.remove(t.index());
        }
        return this;
    }

    /** The 1-based line where the value at {@code path} starts in {@link #text()}, as the parser reports it. */
    int lineOf(String path) {
        Map<String, Integer> lines = new HashMap<>();
        new Writer(lines).mapping(root, "", 0, false);
        target(path, false); // fails on a path that names nothing
        Integer line = lines.get(resolved(path));
        if (line == null) {
            throw new IllegalArgumentException("nothing written at " + path);
        }
        return line;
    }

    String text() {
        return new Writer(new HashMap<>()).mapping(root, "", 0, false).text();
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text();
    }

    // ---------------------------------------------------------------- the tree

    private sealed interface Part permits Scalar, Raw, Mapping, Sequence {}

    private record Scalar(String value, DumperOptions.ScalarStyle style) implements Part {}

    /** YAML text put in by a test, written as given. */
    private record Raw(String yaml) implements Part {}

    private record Mapping(LinkedHashMap<String, Part> entries, boolean flow) implements Part {}

    private record Sequence(List<Part> items, boolean flow) implements Part {}

    private static Part part(Node node) {
        if (node instanceof ScalarNode s) {
            return new Scalar(s.getValue(), s.getScalarStyle());
        }
        boolean flow = node instanceof MappingNode m
                ? m.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                : ((SequenceNode) node).getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        if (node instanceof MappingNode m) {
            LinkedHashMap<String, Part> entries = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                entries.put(((ScalarNode) t.getKeyNode()).getValue(), part(t.getValueNode()));
            }
            return new Mapping(entries, flow);
        }
        List<Part> items = new ArrayList<>();
        ((SequenceNode) node).getValue().forEach(n -> items.add(part(n)));
        return new Sequence(items, flow);
    }

    /** Where a path ends: a key of a mapping, or an index into a list. */
    private record Target(Mapping map, String key, Sequence list, int index) {}

    private Target target(String path, boolean mayAdd) {
        String[] segments = path.split("\\.");
        Part at = root;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (at instanceof Mapping m) {
                if (!m.entries.containsKey(s) && !(last && mayAdd)) {
                    throw new IllegalArgumentException(
                            "no key '" + s + "' in " + path + "; keys are " + m.entries.keySet());
                }
                if (last) {
                    return new Target(m, s, null, -1);
                }
                at = m.entries.get(s);
            } else if (at instanceof Sequence q) {
                int index = indexOf(q, s, path);
                if (last) {
                    return new Target(null, null, q, index);
                }
                at = q.items.get(index);
            } else {
                throw new IllegalArgumentException("'" + s + "' is inside a plain value in " + path);
            }
        }
        throw new IllegalArgumentException("empty path");
    }

    private static int indexOf(Sequence q, String segment, String path) {
        for (int i = 0; i < q.items.size(); i++) {
            if (q.items.get(i) instanceof Mapping m && (named(m, "id", segment) || named(m, "value", segment))) {
                return i;
            }
        }
        if (segment.matches("\\d+") && Integer.parseInt(segment) < q.items.size()) {
            return Integer.parseInt(segment);
        }
        throw new IllegalArgumentException("no list item '" + segment + "' in " + path);
    }

    private static boolean named(Mapping m, String key, String name) {
        Part p = m.entries.get(key);
        return p instanceof Scalar s && s.value().equals(name)
                || p instanceof Raw r && r.yaml().equals(name);
    }

    /** The path with every list segment replaced by its index, as the writer records lines. */
    private String resolved(String path) {
        String[] segments = path.split("\\.");
        StringBuilder out = new StringBuilder();
        Part at = root;
        for (String s : segments) {
            String key = s;
            if (at instanceof Sequence q) {
                int index = indexOf(q, s, path);
                key = String.valueOf(index);
                at = q.items.get(index);
            } else if (at instanceof Mapping m) {
                at = m.entries.get(s);
            }
            out.append(out.isEmpty() ? "" : ".").append(key);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- writing

    /** Writes block style where the file had it, recording the line each value starts on. */
    private static final class Writer {
        private final List<String> out = new ArrayList<>();
        private final Map<String, Integer> lines;

        Writer(Map<String, Integer> lines) {
            this.lines = lines;
        }

        String text() {
            return String.join("\n", out) + "\n";
        }

        /** Writes the entries of {@code m}; with {@code onItemLine}, the first goes on the "- " line just written. */
        Writer mapping(Mapping m, String path, int indent, boolean onItemLine) {
            boolean first = true;
            for (Map.Entry<String, Part> e : m.entries.entrySet()) {
                String key = e.getKey();
                String prefix = first && onItemLine ? out.remove(out.size() - 1) + key : " ".repeat(indent) + key;
                String at = join(path, key);
                if (isBlock(e.getValue())) {
                    out.add(prefix + ":");
                    lines.put(at, out.size() + 1); // where the parser places a block value: its first entry
                    block(e.getValue(), at, indent + 2);
                } else {
                    out.add(prefix + ": " + inline(e.getValue(), at));
                }
                first = false;
            }
            return this;
        }

        private void block(Part value, String path, int indent) {
            if (value instanceof Mapping m) {
                mapping(m, path, indent, false);
                return;
            }
            List<Part> items = ((Sequence) value).items;
            for (int i = 0; i < items.size(); i++) {
                String itemPath = join(path, String.valueOf(i));
                Part item = items.get(i);
                if (item instanceof Mapping m && !m.flow && !m.entries.isEmpty()) {
                    out.add(" ".repeat(indent) + "- ");
                    lines.put(itemPath, out.size());
                    mapping(m, itemPath, indent + 2, true);
                } else {
                    out.add(" ".repeat(indent) + "- " + inline(item, itemPath));
                }
            }
        }

        /** A value on the current line; every path inside it starts on that line too. */
        private String inline(Part value, String path) {
            lines.put(path, out.size() + 1);
            if (value instanceof Raw r) {
                return r.yaml();
            }
            if (value instanceof Scalar s) {
                return scalar(s);
            }
            List<String> parts = new ArrayList<>();
            if (value instanceof Mapping m) {
                m.entries.forEach((k, v) -> parts.add(k + ": " + inline(v, join(path, k))));
                return "{" + String.join(", ", parts) + "}";
            }
            List<Part> items = ((Sequence) value).items;
            for (int i = 0; i < items.size(); i++) {
                parts.add(inline(items.get(i), join(path, String.valueOf(i))));
            }
            return "[" + String.join(", ", parts) + "]";
        }

        private static boolean isBlock(Part p) {
            return p instanceof Mapping m && !m.flow && !m.entries.isEmpty()
                    || p instanceof Sequence q && !q.flow && !q.items.isEmpty();
        }

        /** Plain where the file had it and it is safe anywhere; else double-quoted. */
        private static String scalar(Scalar s) {
            String v = s.value();
            boolean plainSafe = !v.isEmpty()
                    && v.matches("[^\\s\"'#&*!|>%@`\\[\\]{},:?-][^\\[\\]{},#\\n]*")
                    && !v.contains(": ")
                    && !v.endsWith(":")
                    && !v.endsWith(" ");
            if (s.style() == DumperOptions.ScalarStyle.PLAIN && plainSafe) {
                return v;
            }
            return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }

        private static String join(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
