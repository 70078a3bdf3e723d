package no.journeydiag.questionnaire.model;

/**
 * A way of working the answers can show, such as "project logic" against "operating model". The
 * first mode whose {@code when} holds is the organisation's; with {@code improveFirst}, its
 * recommendation also enters "improve first".
 */
public record Mode(
        String id,
        LocalizedText label,
        LocalizedText description,
        LocalizedText recommendation,
        Condition when,
        boolean improveFirst,
        Pos pos) {}
