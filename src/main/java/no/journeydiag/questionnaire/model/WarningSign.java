package no.journeydiag.questionnaire.model;

import java.util.List;

/** A rule-based warning sign; {@code elements} are the elements it puts first in "improve first". */
public record WarningSign(
        String id,
        LocalizedText label,
        LocalizedText description,
        LocalizedText recommendation,
        List<String> elements,
        Condition when,
        Pos pos) {}
