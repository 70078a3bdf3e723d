package no.journeydiag.scoring;

import java.util.List;

/**
 * Everything the engine computes for one set of answers. Language-neutral (ids and numbers only)
 * so it can be stored and rendered later in any locale against the questionnaire snapshot. Results
 * stored before a component existed read it as null (or false, 0), which the accessors below allow for.
 */
public record ScoringResult(
        Score overall,
        List<ElementScore> elements,
        List<StageScore> stages,
        String breaksAt,
        List<SignResult> warningSigns,
        List<Priority> priorities,
        List<OwnershipRow> ownership,
        List<String> shownQuestions,
        String chain,
        ModeResult mode) {

    /** The chain breaks at {@link #breaksAt}. */
    public static final String BREAKS = "breaks";
    /** Every stage reaches the loop threshold. */
    public static final String HOLDS = "holds";
    /** Too few answers in a stage before any break to say where the chain breaks. */
    public static final String UNKNOWN = "unknown";

    public ScoringResult(
            Score overall,
            List<ElementScore> elements,
            List<StageScore> stages,
            String breaksAt,
            List<SignResult> warningSigns,
            List<Priority> priorities,
            List<OwnershipRow> ownership,
            List<String> shownQuestions) {
        this(
                overall,
                elements,
                stages,
                breaksAt,
                warningSigns,
                priorities,
                ownership,
                shownQuestions,
                breaksAt == null ? HOLDS : BREAKS,
                null);
    }

    /** breaks, holds or unknown (results stored before the verdict existed: from breaksAt). */
    public String chainVerdict() {
        return chain != null ? chain : breaksAt != null ? BREAKS : HOLDS;
    }

    /** A score 0–100 with one decimal and its band; {@code value} is null when it could not be judged. */
    public record Score(Double value, String band) {}

    /**
     * {@code coverage}: the share of the element's shown questions that were answered (format 1: by
     * count; format 2: by weight), 0–1 with two decimals. {@code insufficient}: questions were shown
     * but too few were answered to judge (format 2), so {@code score} and {@code band} are null.
     */
    public record ElementScore(
            String id, Double score, String band, int answered, int shown, double coverage, boolean insufficient) {
        public ElementScore(String id, Double score, String band, int answered, int shown, double coverage) {
            this(id, score, band, answered, shown, coverage, false);
        }
    }

    /** {@code coverage} and {@code insufficient} as for elements; null coverage in results stored before it existed. */
    public record StageScore(String id, Double score, Double coverage, boolean insufficient) {
        public StageScore(String id, Double score) {
            this(id, score, null, false);
        }
    }

    public record SignResult(String id, boolean triggered, List<Evidence> evidence, boolean unknown) {

        /** A sign judged on the answers (results stored before "unknown" existed read as judged). */
        public SignResult(String id, boolean triggered, List<Evidence> evidence) {
            this(id, triggered, evidence, false);
        }
    }

    /** The organisation's way of working ({@code id} of the first mode that held) and the answers that showed it. */
    public record ModeResult(String id, List<Evidence> evidence) {}

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

    /**
     * One thing to improve first. {@code kind} is {@link #ELEMENT} (then {@code element}, its score
     * and band, the fired {@code signs} that put it ahead, and {@code advice}: which of the band's
     * recommendations applies), {@link #MODE} (the step from the {@code mode} the organisation is in)
     * or {@link #OWNERSHIP} (the lifecycle {@code stages}, as ownership-map question ids, nobody leads).
     */
    public record Priority(
            String element,
            Double score,
            String band,
            List<String> signs,
            String kind,
            int advice,
            String mode,
            List<String> stages) {
        public static final String ELEMENT = "element";
        public static final String MODE = "mode";
        public static final String OWNERSHIP = "ownership";

        public Priority(String element, Double score, String band, List<String> signs) {
            this(element, score, band, signs, ELEMENT, 0, null, List.of());
        }

        /** element, mode or ownership (results stored before kinds existed hold elements only). */
        public String kindOrElement() {
            return kind == null ? ELEMENT : kind;
        }
    }

    /** status: owned, shared, gap, unknown (don't know) or unanswered. */
    public record OwnershipRow(String question, String value, String status) {}

    public ElementScore element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    public SignResult sign(String id) {
        return warningSigns.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
