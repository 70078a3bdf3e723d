package no.journeydiag.scoring;

import java.util.List;

/**
 * Everything the engine computes for one set of answers. Language-neutral (ids and numbers only)
 * so it can be stored and rendered later in any locale against the questionnaire snapshot.
 */
public record ScoringResult(Score overall, List<ElementScore> elements, List<StageScore> stages, String breaksAt,
                            List<SignResult> warningSigns, List<Priority> priorities,
                            List<OwnershipRow> ownership, List<String> shownQuestions) {

    /** A score 0–100 with one decimal and its band; {@code value} is null when nothing was answered. */
    public record Score(Double value, String band) { }

    /** {@code coverage} = answered ÷ shown questions feeding the element (0–1, two decimals). */
    public record ElementScore(String id, Double score, String band, int answered, int shown, double coverage) { }

    public record StageScore(String id, Double score) { }

    public record SignResult(String id, boolean triggered, List<Evidence> evidence) { }

    /**
     * Why a sign fired: an answer ({@code question} and its {@code answer} values) or an element
     * score ({@code element} and its {@code score}).
     */
    public record Evidence(String question, List<String> answer, String element, Double score) {
        public static Evidence answer(String question, List<String> values) {
            return new Evidence(question, List.copyOf(values), null, null);
        }

        public static Evidence score(String element, double score) {
            return new Evidence(null, null, element, score);
        }
    }

    /** An element to improve first; {@code signs} are the triggered signs that put it ahead. */
    public record Priority(String element, Double score, String band, List<String> signs) { }

    /** status: owned, shared, gap, unknown (don't know) or unanswered. */
    public record OwnershipRow(String question, String value, String status) { }

    public ElementScore element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    public SignResult sign(String id) {
        return warningSigns.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
