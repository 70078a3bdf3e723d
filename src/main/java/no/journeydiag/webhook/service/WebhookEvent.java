package no.journeydiag.webhook.service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON body POSTed to a webhook target. {@code eventId} is the same on every retry, so a
 * receiver that has seen it can ignore the repeat (delivery is at least once). {@code lead} is
 * present only on lead.captured events, and only with the person's consent. {@code sequence}
 * numbers the events about one result (1, 2, …) in the order they happened. {@code reportUrl} is
 * absolute, or null when the service has no public-base-url.
 */
public record WebhookEvent(
        String eventId,
        String type,
        OffsetDateTime time,
        int sequence,
        Questionnaire questionnaire,
        Result result,
        String reportUrl,
        Object lead,
        java.util.Map<String, String> hidden) {

    public static final String RESPONSE_COMPLETED = "response.completed";
    public static final String LEAD_CAPTURED = "lead.captured";
    /** Sent only when an admin asks for it, to one target. */
    public static final String TEST = "webhook.test";

    public record Questionnaire(String id, String version) {}

    /** The result summary; the full result is at GET /api/v1/results/{token}. */
    public record Result(
            String token, Double overall, String band, List<Element> elements, List<String> warningSigns) {}

    public record Element(String id, Double score, String band) {}
}
