package no.journeydiag.questionnaire.model;

/** A stage of the observe → prioritise → act loop; stages are listed in loop order. */
public record Stage(String id, LocalizedText label, LocalizedText description, Pos pos) {}
