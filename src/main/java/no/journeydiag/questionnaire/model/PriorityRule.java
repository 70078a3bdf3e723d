package no.journeydiag.questionnaire.model;

import java.util.List;

/**
 * How the "improve first" list is built: its length, whether sign-linked elements go first, and
 * the bands whose elements are never listed (format 2: the top band unless the file says otherwise).
 */
public record PriorityRule(int count, boolean triggeredSignsFirst, List<String> skipBands) {
    public static final PriorityRule DEFAULT = new PriorityRule(3, true);

    public PriorityRule {
        skipBands = skipBands == null ? List.of() : List.copyOf(skipBands);
    }

    public PriorityRule(int count, boolean triggeredSignsFirst) {
        this(count, triggeredSignsFirst, List.of());
    }
}
