package no.journeydiag.questionnaire.model;

/** A score range: {@code min <= score < max}, except that the last band also holds 100. */
public record Band(
        String id, double min, double max, LocalizedText label, String colour, LocalizedText text, Pos pos) {}
