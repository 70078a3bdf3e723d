package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.questionnaire.model.Mode;
import no.journeydiag.questionnaire.model.OwnershipMap;
import no.journeydiag.questionnaire.model.PriorityRule;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds what the report makes of the scores: {@code bands}, {@code priorities} (what to improve
 * first), {@code modes} (project logic or operating model) and the {@code ownershipMap}.
 */
final class ReportRulesBinder {

    private final YamlNodes y;
    private final ConditionBinder conditions;

    ReportRulesBinder(YamlNodes y, ConditionBinder conditions) {
        this.y = y;
        this.conditions = conditions;
    }

    /** The {@code bands} list, low to high; min or max NaN where it cannot be read (coverage is then not checked). */
    List<Band> bands(Node node) {
        List<Band> bands = new ArrayList<>();
        for (Node n : node != null ? y.list(node, "bands") : List.<Node>of()) {
            Map<String, Node> b = y.fields(
                    n,
                    "a band",
                    Set.of("id", "min", "max", "label", "colour", "text"),
                    Set.of("id", "min", "max", "label", "colour"));
            Double min = b.containsKey("min") ? y.number(b.get("min"), "band min") : null;
            Double max = b.containsKey("max") ? y.number(b.get("max"), "band max") : null;
            String colour = b.containsKey("colour") ? y.string(b.get("colour"), "band colour") : null;
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
                y.error(b.get("colour"), "band colour '" + colour + "' must be a hex colour like #1a7f37");
                colour = null;
            }
            bands.add(new Band(
                    y.id(b.get("id"), "band id"),
                    min == null ? Double.NaN : min,
                    max == null ? Double.NaN : max,
                    y.text(b.get("label"), "band label"),
                    colour,
                    y.text(b.get("text"), "band text"),
                    YamlNodes.pos(n)));
        }
        return bands;
    }

    /**
     * {@code priorities: {count, triggeredSignsFirst, skipBands}}. Format 2 skips the top band by
     * default: a strong element needs no fixing first.
     */
    PriorityRule priorities(Node node, int format, int elementCount, List<Band> bands) {
        if (node == null) {
            return format >= 2 ? new PriorityRule(3, true, topBand(bands)) : PriorityRule.DEFAULT;
        }
        Map<String, Node> p =
                y.fields(node, "priorities", Set.of("count", "triggeredSignsFirst", "skipBands"), Set.of());
        // a boxed default: a bare 3 would unbox y.integer's null (not a whole number) and throw
        Integer count = p.containsKey("count") ? y.integer(p.get("count"), "priorities count") : Integer.valueOf(3);
        // format 2 may also list the mode's step and the ownership gap
        int most = Math.max(1, elementCount + (format >= 2 ? 2 : 0));
        if (count != null && (count < 1 || count > most)) {
            y.error(
                    p.get("count"),
                    "priorities count must be between 1 and " + most + " (the number of elements"
                            + (format >= 2 ? ", a mode's step and the ownership gap)" : ")"));
            count = 1;
        }
        List<String> skip = p.containsKey("skipBands") ? y.stringList(p.get("skipBands"), "skipBands") : null;
        for (String b : skip == null ? List.<String>of() : skip) {
            if (bands.stream().noneMatch(x -> b.equals(x.id()))) {
                y.error(p.get("skipBands"), "skipBands: '" + b + "' is not a band id");
            }
        }
        return new PriorityRule(
                count == null ? 3 : count,
                y.bool(p.get("triggeredSignsFirst"), "triggeredSignsFirst", true),
                skip != null ? skip : format >= 2 ? topBand(bands) : List.of());
    }

    /** The top band's id, skipped by default in format 2; none when there are no bands or its id is unreadable (reported). */
    private static List<String> topBand(List<Band> bands) {
        String top = bands.isEmpty() ? null : bands.get(bands.size() - 1).id();
        return top == null ? List.of() : List.of(top);
    }

    /** {@code ownershipMap: {rows, gapValues, sharedValues, gapRecommendation}}; null when the file has none. */
    OwnershipMap ownershipMap(Node node) {
        if (node == null) {
            return null;
        }
        Map<String, Node> o = y.fields(
                node, "ownershipMap", Set.of("rows", "gapValues", "sharedValues", "gapRecommendation"), Set.of("rows"));
        return new OwnershipMap(
                o.containsKey("rows") ? y.stringList(o.get("rows"), "ownershipMap rows") : List.of(),
                o.containsKey("gapValues") ? y.stringList(o.get("gapValues"), "gapValues") : List.of(),
                o.containsKey("sharedValues") ? y.stringList(o.get("sharedValues"), "sharedValues") : List.of(),
                o.containsKey("gapRecommendation") ? y.text(o.get("gapRecommendation"), "gapRecommendation") : null);
    }

    /** The {@code modes} list, each with the condition that puts a taker in it. */
    List<Mode> modes(Node node) {
        List<Mode> modes = new ArrayList<>();
        for (Node n : node != null ? y.list(node, "modes") : List.<Node>of()) {
            Map<String, Node> m = y.fields(
                    n,
                    "a mode",
                    Set.of("id", "label", "description", "recommendation", "when", "improveFirst"),
                    Set.of("id", "label", "when"));
            modes.add(new Mode(
                    y.id(m.get("id"), "mode id"),
                    y.text(m.get("label"), "mode label"),
                    y.text(m.get("description"), "mode description"),
                    y.text(m.get("recommendation"), "mode recommendation"),
                    m.containsKey("when") ? conditions.condition(m.get("when")) : null,
                    y.bool(m.get("improveFirst"), "improveFirst", false),
                    YamlNodes.pos(n)));
        }
        return modes;
    }
}
