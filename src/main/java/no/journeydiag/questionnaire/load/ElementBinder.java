package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.journeydiag.questionnaire.model.Advice;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.LocalizedText;
import no.journeydiag.questionnaire.model.ScoringRules;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Binds the scored dimensions: {@code elements} with their weights and the advice per band, and
 * the {@code scoring} rules that say how much one item may weigh and how many answers a score needs.
 */
final class ElementBinder {

    private final YamlNodes y;
    private final ConditionBinder conditions;

    ElementBinder(YamlNodes y, ConditionBinder conditions) {
        this.y = y;
        this.conditions = conditions;
    }

    /** {@code scoring: {maxItemShare, minCoverage}}; the defaults when {@code node} is null. */
    ScoringRules rules(Node node) {
        ScoringRules rules = ScoringRules.DEFAULT;
        if (node == null) {
            return rules;
        }
        Map<String, Node> r = y.fields(node, "scoring", Set.of("maxItemShare", "minCoverage"), Set.of());
        // Boxed defaults: a bare double would unbox y.number's null (not a number) and throw.
        Double share = r.containsKey("maxItemShare")
                ? y.number(r.get("maxItemShare"), "maxItemShare")
                : Double.valueOf(rules.maxItemShare());
        Double coverage = r.containsKey("minCoverage")
                ? y.number(r.get("minCoverage"), "minCoverage")
                : Double.valueOf(rules.minCoverage());
        if (share != null && (share <= 0 || share > 1)) {
            y.error(r.get("maxItemShare"), "maxItemShare must be a share above 0 and at most 1, e.g. 0.35");
            share = null;
        }
        if (coverage != null && (coverage <= 0 || coverage > 1)) {
            y.error(r.get("minCoverage"), "minCoverage must be a share above 0 and at most 1, e.g. 0.5");
            coverage = null;
        }
        return new ScoringRules(
                share == null ? rules.maxItemShare() : share, coverage == null ? rules.minCoverage() : coverage);
    }

    /** The {@code elements} list; recommendations are keyed by the ids of {@code bands}. */
    List<Element> elements(Node node, List<Band> bands) {
        List<Element> elements = new ArrayList<>();
        for (Node n : node != null ? y.list(node, "elements") : List.<Node>of()) {
            elements.add(element(n, bands));
        }
        return elements;
    }

    private Element element(Node n, List<Band> bands) {
        Map<String, Node> e = y.fields(
                n,
                "an element",
                Set.of("id", "label", "description", "weight", "recommendations"),
                Set.of("id", "label", "recommendations"));
        double weight = 1;
        if (e.containsKey("weight")) {
            Double w = y.number(e.get("weight"), "element weight");
            if (w != null && (w <= 0 || w > 100)) {
                y.error(e.get("weight"), "element weight must be greater than 0 and at most 100");
            } else if (w != null) {
                weight = w;
            }
        }
        Map<String, LocalizedText> recs = new LinkedHashMap<>();
        Set<String> bandIds = new LinkedHashSet<>();
        bands.stream()
                .map(Band::id)
                .filter(Objects::nonNull)
                .forEach(bandIds::add); // an unreadable id is reported on its band
        Map<String, List<Advice>> advice = new LinkedHashMap<>();
        if (e.containsKey("recommendations")) {
            y.fields(e.get("recommendations"), "recommendations (keys are band ids)", bandIds, bandIds)
                    .forEach((band, node) -> {
                        List<Advice> entries = advice(node, band);
                        advice.put(band, entries);
                        // the default (last) entry stands in where one text per band is read
                        Advice fallback = entries.isEmpty() ? null : entries.get(entries.size() - 1);
                        recs.put(band, fallback == null ? LocalizedText.EMPTY : fallback.text());
                    });
        }
        return new Element(
                y.id(e.get("id"), "element id"),
                y.text(e.get("label"), "element label"),
                y.text(e.get("description"), "element description"),
                weight,
                recs,
                advice,
                YamlNodes.pos(n));
    }

    /** A band's recommendation: one text, or a list of {when, text} tried in order, the last without when. */
    private List<Advice> advice(Node node, String band) {
        String what = "recommendation for band '" + band + "'";
        if (!(node instanceof SequenceNode)) {
            return List.of(new Advice(null, y.text(node, what), YamlNodes.pos(node)));
        }
        List<Advice> out = new ArrayList<>();
        List<Node> items = y.list(node, what);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Map<String, Node> a = y.fields(item, "a " + what, Set.of("when", "text"), Set.of("text"));
            boolean last = i == items.size() - 1;
            if (last && a.containsKey("when")) {
                y.error(item, what + ": the last entry is the default and takes no 'when'");
            } else if (!last && !a.containsKey("when")) {
                y.error(item, what + ": only the last entry may be without 'when' (it is the default)");
            }
            out.add(new Advice(
                    a.containsKey("when") ? conditions.condition(a.get("when")) : null,
                    y.text(a.get("text"), what),
                    YamlNodes.pos(item)));
        }
        if (items.isEmpty()) {
            y.error(node, what + " needs at least one text");
        }
        return out;
    }
}
