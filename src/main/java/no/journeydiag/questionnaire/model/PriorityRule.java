package no.journeydiag.questionnaire.model;

/** How the "improve first" list is built: its length, and whether sign-linked elements go first. */
public record PriorityRule(int count, boolean triggeredSignsFirst) {
    public static final PriorityRule DEFAULT = new PriorityRule(3, true);
}
