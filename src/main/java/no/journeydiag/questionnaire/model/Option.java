package no.journeydiag.questionnaire.model;

/** One answer option of a choice question; {@code value} is the stable id clients send. */
public record Option(String value, LocalizedText label, int points, Pos pos) {}
