package no.journeydiag.questionnaire.model;

/** One recommendation of an element for a band; {@code when} null means "otherwise" (the last entry). */
public record Advice(Condition when, LocalizedText text, Pos pos) {}
