package no.journeydiag.questionnaire.model;

/** Where something was written in its YAML file (1-based), so validation messages can point at it. */
public record Pos(int line, int column) {
    public static final Pos NONE = new Pos(0, 0);
}
