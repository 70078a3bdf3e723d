package no.journeydiag.questionnaire.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the questionnaire endpoints; localized, without points or scoring rules. */
public final class QuestionnaireDtos {

    private QuestionnaireDtos() {}

    @Schema(name = "QuestionnaireSummary")
    public record Summary(
            String id,
            String version,
            String title,
            String description,
            List<String> locales,
            int questionCount,
            int estimatedMinutes) {}

    @Schema(name = "QuestionnaireDefinition", description = "What a client needs to render the form itself")
    public record Definition(
            String id,
            String version,
            @Schema(description = "Locale of the texts") String locale,
            List<String> locales,
            String title,
            String intro,
            int estimatedMinutes,
            List<ElementDto> elements,
            List<SectionDto> sections,

            @Schema(description = "Contact details asked for; null when none")
            LeadCaptureDto leadCapture) {}

    @Schema(name = "LeadCapture", description = "POST /api/v1/results/{token}/lead with these fields and consent: true")
    public record LeadCaptureDto(
            @Schema(enumeration = {"optional", "before-report"})
            String mode,

            List<String> fields,
            String consentVersion,

            @Schema(description = "The text the person agrees to")
            String consent) {}

    @Schema(name = "Element")
    public record ElementDto(String id, String label, String description) {}

    @Schema(name = "Section")
    public record SectionDto(
            String id,
            String title,
            @Schema(nullable = true) String intro,

            @Schema(description = "Condition on earlier answers; null when always shown", nullable = true)
            Map<String, Object> showIf,

            List<QuestionDto> questions) {}

    @Schema(name = "Question")
    public record QuestionDto(
            String id,

            @Schema(enumeration = {"likert", "single", "multi", "yesno", "scale", "text"})
            String type,

            String text,
            @Schema(nullable = true) String help,
            boolean required,
            List<OptionDto> options,

            @Schema(description = "\"dont-know\" / \"not-applicable\" when offered")
            List<OptionDto> reservedOptions,

            @Schema(description = "scale: lowest value; null for other types", nullable = true)
            Integer min,

            @Schema(description = "scale: highest value; null for other types", nullable = true)
            Integer max,

            @Schema(description = "text: longest answer in characters; null for other types", nullable = true)
            Integer maxLength,

            @Schema(description = "Condition on earlier answers; null when always shown", nullable = true)
            Map<String, Object> showIf) {}

    @Schema(name = "Option")
    public record OptionDto(String value, String label) {}
}
