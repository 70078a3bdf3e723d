package no.journeydiag.report.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/questionnaires/{id}/responses. Unknown properties are refused. */
@Schema(
        name = "SubmitResponse",
        example = "{\"locale\": \"en\", \"answers\": {\"named-owner\": \"no\", \"value-measure\": \"campaign-results\","
                + " \"acquisition-targets\": \"agree\", \"value-drivers\": \"disagree\", \"owner-can-change\": \"disagree\","
                + " \"kpis-conflict\": \"agree\", \"reallocation\": \"next-plan\", \"reports-not-acted\": \"dont-know\","
                + " \"project-assets\": [\"crm\", \"dashboards\"], \"initiative-model\": \"project\","
                + " \"followed-up\": \"agree\", \"stopped-recently\": \"no\"},"
                + " \"hidden\": {\"utm_source\": \"newsletter\", \"utm_campaign\": \"spring-2026\"}}")
public record SubmitRequest(
        @Schema(description = "Locale of the answers; the questionnaire's default when absent")
        String locale,

        @Schema(
                description =
                        "Question id → answer: an option value (single, likert, yesno), a list of option values"
                                + " (multi), an integer 0–10 (scale), a string (text), or \"dont-know\" / \"not-applicable\" where offered")
        Map<String, Object> answers,

        @Schema(
                description =
                        "true for a test or demo response: stored, scored and reported as usual, but never counted"
                                + " in \"how you compare\", so trying out an embed does not move real takers' percentiles")
        Boolean test,

        @Schema(
                description = "Hidden-field values (such as utm_source or a CRM id) the questionnaire declares under"
                        + " hiddenFields; stored with the response and sent in its webhooks and feeds",
                example = "{\"utm_source\": \"newsletter\", \"utm_campaign\": \"spring-2026\"}")
        Map<String, Object> hidden) {}
