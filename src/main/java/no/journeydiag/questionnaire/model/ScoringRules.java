package no.journeydiag.questionnaire.model;

/**
 * How a questionnaire is scored (format 2). {@code maxItemShare}: the largest share of its element
 * one question may have unless it is marked {@code dominant}; {@code minCoverage}: the share of an
 * element's (or a stage's) weight that must be answered, not "don't know", for it to be judged.
 */
public record ScoringRules(double maxItemShare, double minCoverage) {

    public static final ScoringRules DEFAULT = new ScoringRules(0.35, 0.5);
}
