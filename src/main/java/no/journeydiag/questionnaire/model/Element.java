package no.journeydiag.questionnaire.model;

import java.util.Map;

/** A scored dimension, with a recommendation for every band id. */
public record Element(String id, LocalizedText label, LocalizedText description, double weight,
                      Map<String, LocalizedText> recommendations, Pos pos) {
}
