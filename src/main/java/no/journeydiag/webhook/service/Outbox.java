package no.journeydiag.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import no.journeydiag.common.JsonText;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.lead.event.LeadCaptured;
import no.journeydiag.response.event.ResponseCompleted;
import no.journeydiag.response.event.ResponseDeleted;
import no.journeydiag.response.service.Stored;
import no.journeydiag.scoring.ScoringResult;
import no.journeydiag.webhook.persistence.DeliveryEntity;

/**
 * Writes webhook events to the outbox table in the transaction that stores what they report
 * (a synchronous observer joins the caller's transaction): the response and its events are
 * stored together or not at all. {@link WebhookSender} delivers them later.
 */
@ApplicationScoped
public class Outbox {

    private final DiagnosticConfig config;
    private final JsonText json;

    public Outbox(DiagnosticConfig config, JsonText json) {
        this.config = config;
        this.json = json;
    }

    void onCompleted(@Observes ResponseCompleted completed) {
        add(WebhookEvent.RESPONSE_COMPLETED, completed.stored(), null);
    }

    void onLead(@Observes LeadCaptured captured) {
        add(WebhookEvent.LEAD_CAPTURED, captured.stored(), captured.lead());
    }

    /** A deleted response takes its undelivered events with it: they may carry the person's contact details. */
    void onDeleted(@Observes ResponseDeleted deleted) {
        DeliveryEntity.delete(
                "status <> ?1 and payload like ?2",
                DeliveryEntity.DELIVERED,
                "%\"token\":\"" + deleted.token() + "\"%");
    }

    /**
     * Adds the event about a stored response, with {@code lead} for lead.captured (only given with
     * consent). A workshop participant's response makes no event: its time, scores and report
     * token would single the person out beside the team report, which shows groups only.
     */
    public void add(String type, Stored stored, Object lead) {
        if (stored.workshopId() != null) {
            return;
        }
        ScoringResult r = stored.result();
        var result = new WebhookEvent.Result(
                stored.token(),
                r.overall().value(),
                r.overall().band(),
                r.elements().stream()
                        .map(x -> new WebhookEvent.Element(x.id(), x.score(), x.band()))
                        .toList(),
                r.warningSigns().stream()
                        .filter(ScoringResult.SignResult::triggered)
                        .map(ScoringResult.SignResult::id)
                        .toList());
        add(type, stored.questionnaireId(), stored.version(), result, stored.token(), lead);
    }

    /** Adds one row per target that wants this event type for this questionnaire. */
    void add(
            String type,
            String questionnaire,
            String version,
            WebhookEvent.Result result,
            String reportToken,
            Object lead) {
        if (config.webhooks().targets().isEmpty()) {
            return; // no event to write, so no payload to build on every submission
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String eventId = UUID.randomUUID().toString();
        String reportUrl = PublicUrls.report(config, reportToken);
        String body = json.write(new WebhookEvent(
                eventId, type, now, new WebhookEvent.Questionnaire(questionnaire, version), result, reportUrl, lead));
        for (Map.Entry<String, DiagnosticConfig.WebhookTarget> t :
                config.webhooks().targets().entrySet()) {
            var target = t.getValue();
            boolean wantsType = target.events().contains(type);
            boolean wantsQuestionnaire = target.questionnaires().contains("*")
                    || target.questionnaires().contains(questionnaire);
            if (!wantsType || !wantsQuestionnaire) {
                continue;
            }
            DeliveryEntity d = new DeliveryEntity();
            d.eventId = eventId;
            d.eventType = type;
            d.target = t.getKey();
            d.payload = body;
            d.status = DeliveryEntity.PENDING;
            d.attempts = 0;
            d.nextAttemptAt = now;
            d.giveUpAt = now.plus(config.webhooks().giveUpAfter());
            d.createdAt = now;
            d.persist();
        }
    }
}
