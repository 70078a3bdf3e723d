package no.journeydiag.report.service;

import java.time.OffsetDateTime;
import java.util.List;
import no.journeydiag.compare.service.Comparisons;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A result, localized and ready to show: returned by {@code GET /api/v1/results/{token}} and
 * rendered by the report page, so both always say the same thing.
 */
@Schema(name = "Result", description = "A scored response, localized in the language it was given in.")
public record ReportView(
        @Schema(description = "Secret token of this result (256 bits); whoever has it can read the result")
        String token,

        @Schema(description = "Where the HTML report is") String reportUrl,
        QuestionnaireRef questionnaire,
        String locale,
        OffsetDateTime completedAt,
        String title,
        Overall overall,
        List<ElementView> elements,
        List<SignView> warningSigns,
        List<StageView> stages,

        @Schema(description = "Id of the first loop stage scoring below the questionnaire's threshold, or null")
        String breaksAt,

        @Schema(
                description =
                        "breaks (at breaksAt), holds, or unknown: too few answers in a stage before any break to say")
        String chain,

        @Schema(description = "The way of working the answers show (e.g. project logic or operating model), or null")
        ModeView mode,

        List<PriorityView> priorities,
        List<OwnershipView> ownershipMap,
        List<AnswerView> answers,

        @Schema(description = "How the scores compare with every completed response of this questionnaire version")
        ComparisonView comparison,

        @Schema(
                description =
                        "The figures the method section names; null for results of questionnaires in the older raw-points format")
        MethodView method,

        @Schema(description = "The overall verdict in one sentence, or why there is none")
        String verdict,

        @Schema(description = "A short plain summary written from the result")
        String summary,

        @Schema(description = "The next step the questionnaire offers (booking a conversation), or null")
        NextStepView nextStep) {

    @Schema(
            description = "A call to action: key says which offer applies (default, sign:{id} or band:{id}),"
                    + " url where it leads")
    public record NextStepView(String key, String title, String text, String label, String url) {}

    /** The organisation's mode: the first of the questionnaire's modes whose condition held. */
    public record ModeView(String id, String label, String description) {}

    /** How sure the report can be: the share of an element that must be answered, and the loop threshold, as shown. */
    public record MethodView(String minCoverage, String loopThreshold) {}

    @Schema(
            description =
                    "shown is false until enough responses exist; needed says how many more. segments: the same"
                            + " within each peer group the questionnaire's compareBy questions define (industry, size), by this response's answers")
    public record ComparisonView(
            boolean shown, long responses, long needed, Comparisons.Peers overall, List<SegmentView> segments) {}

    @Schema(description = "The comparison among those who gave the same answer to one compareBy question")
    public record SegmentView(
            String question,
            String value,

            @Schema(description = "The answer, in the report's language")
            String label,

            boolean shown,
            long responses,
            long needed,
            Comparisons.Peers overall) {}

    public record QuestionnaireRef(String id, String version) {}

    public record BandView(String id, String label, String colour, String text) {}

    @Schema(description = "Overall score 0–100 (one decimal; null when nothing scored was answered) and its band")
    public record Overall(
            Double score,
            BandView band,
            @Schema(description = NOTE) String scoreNote) {}

    static final String NOTE = "Null when there is a score; otherwise why there is none, in the result's language"
            + " (e.g. 'Not enough answers to score'). A missing score has no band.";

    public record ElementView(
            String id,
            String label,
            String description,

            @Schema(description = "0–100 with one decimal; null when none of its shown questions got a scored answer")
            Double score,

            BandView band,
            @Schema(description = NOTE) String scoreNote,

            @Schema(description = "Questions were shown but too few answered to judge it")
            boolean insufficient,

            @Schema(
                    description = "For an element too few answers could judge: the questions answered \"don't know\" or"
                            + " left out, which are what to find out")
            List<String> toFindOut,

            @Schema(description = "Share of this element's shown questions that were answered (0–1)")
            double coverage,

            int answered,
            int shown,

            @Schema(
                    description =
                            "Percentile among all responses and the peers' median and quartiles; null until shown")
            Comparisons.Peers peers) {}

    /** {@code unknown}: not triggered, but "don't know" answers or unscored elements leave it open. */
    public record SignView(
            String id,
            String label,
            String description,
            String recommendation,
            boolean triggered,
            List<EvidenceView> evidence,
            boolean unknown) {

        public SignView(
                String id,
                String label,
                String description,
                String recommendation,
                boolean triggered,
                List<EvidenceView> evidence) {
            this(id, label, description, recommendation, triggered, evidence, false);
        }
    }

    @Schema(description = "An answer (question, answer) or an element score (element, score) that made a sign fire")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record EvidenceView(
            String question,
            String questionText,
            List<String> answer,
            String answerText,
            String element,
            String elementLabel,
            Double score) {}

    public record StageView(
            String id,
            String label,
            Double score,
            @Schema(description = NOTE) String scoreNote,

            @Schema(description = "The first stage below the threshold; a stage without a score never breaks")
            boolean breaks) {}

    @Schema(
            description =
                    "One thing to improve first. kind: element (with its score, band and the fired signs that put it"
                            + " ahead), mode (the step out of the way of working, element null) or ownership (the lifecycle stages nobody leads)")
    public record PriorityView(
            String kind,
            String element,
            String label,
            Double score,
            BandView band,
            String recommendation,
            List<String> signs) {}

    @Schema(description = "Who leads a lifecycle stage; status is owned, shared, gap, unknown or unanswered")
    public record OwnershipView(String question, String stage, String value, String label, String status) {}

    public record AnswerView(String question, String section, String text, String answer) {}
}
