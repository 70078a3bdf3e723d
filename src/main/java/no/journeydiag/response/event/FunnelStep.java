package no.journeydiag.response.event;

/**
 * A visitor reached a point of the flow: {@code landing}, {@code started}, {@code step-N},
 * {@code review}, {@code finished} (with the new result's token). {@code source} is the
 * utm_source hidden field or null; nothing else about the visitor. {@code draft} is the draft's
 * token (null for the landing page), so that each draft counts once per step.
 */
public record FunnelStep(
        String questionnaire, String step, String source, boolean embedded, String resultToken, String draft) {}
