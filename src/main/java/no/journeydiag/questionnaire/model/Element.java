package no.journeydiag.questionnaire.model;

import java.util.List;
import java.util.Map;

/**
 * A scored dimension, with a recommendation for every band id: {@code recommendations} holds each
 * band's default text, {@code advice} every entry of the band in order (the conditional ones first,
 * the default last), so that a recommendation can depend on the answers and not only on the band.
 */
public record Element(
        String id,
        LocalizedText label,
        LocalizedText description,
        double weight,
        Map<String, LocalizedText> recommendations,
        Map<String, List<Advice>> advice,
        Pos pos) {

    public Element {
        if (advice == null) {
            Map<String, List<Advice>> defaults = new java.util.LinkedHashMap<>();
            recommendations.forEach((band, text) -> defaults.put(band, List.of(new Advice(null, text, pos))));
            advice = defaults;
        }
    }

    /** An element whose recommendations depend on the band only. */
    public Element(
            String id,
            LocalizedText label,
            LocalizedText description,
            double weight,
            Map<String, LocalizedText> recommendations,
            Pos pos) {
        this(id, label, description, weight, recommendations, null, pos);
    }

    /** The recommendation of {@code band} at {@code index} of its advice (the default when out of range). */
    public LocalizedText recommendation(String band, int index) {
        List<Advice> entries = advice.get(band);
        if (entries == null || entries.isEmpty()) {
            return recommendations.getOrDefault(band, LocalizedText.EMPTY);
        }
        return entries.get(index >= 0 && index < entries.size() ? index : entries.size() - 1)
                .text();
    }
}
