package no.journeydiag.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, extended with field-level {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@org.eclipse.microprofile.openapi.annotations.media.Schema(
        description = "RFC 9457 problem details; errors name each field to fix",
        example = "{\"type\": \"about:blank\", \"title\": \"Invalid request\", \"status\": 400, "
                + "\"detail\": \"Some answers need fixing; see errors.\", \"instance\": \"/api/v1/questionnaires/quick-check/responses\", "
                + "\"errors\": [{\"field\": \"answers.named-owner\", \"message\": \"choose one of: yes, no\"}]}")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
