package no.journeydiag.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    private final Targets targets;

    public Outbox(DiagnosticConfig config, JsonText json, Targets targets) {
        this.config = config;
        this.json = json;
        this.targets = targets;
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
                "status <> ?1 and (resultToken = ?2 or resultToken is null and payload like ?3)",
                DeliveryEntity.DELIVERED,
                deleted.token(),
                "%\"token\":\"" + deleted.token() + "\"%"); // rows written before result_token existed
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
        add(type, stored.questionnaireId(), stored.version(), result, stored.token(), lead, stored.attribution());
    }

    /** Adds one row per target that wants this event type for this questionnaire. */
    void add(
            String type,
            String questionnaire,
            String version,
            WebhookEvent.Result result,
            String reportToken,
            Object lead,
            Map<String, String> hidden) {
        List<Targets.Target> wanting = targets.forEvents().stream()
                .filter(t -> t.wants(type, questionnaire))
                .toList();
        if (wanting.isEmpty()) {
            return; // no event to write, so no payload to build
        }
        OffsetDateTime now = now();
        String eventId = UUID.randomUUID().toString();
        // Later than every event about this result written before, whichever targets took them.
        Integer last = DeliveryEntity.getEntityManager()
                .createQuery("select max(d.sequence) from DeliveryEntity d where d.resultToken = ?1", Integer.class)
                .setParameter(1, reportToken)
                .getSingleResult();
        int sequence = last == null ? 1 : last + 1;
        String body = json.write(new WebhookEvent(
                eventId,
                type,
                now,
                sequence,
                new WebhookEvent.Questionnaire(questionnaire, version),
                result,
                reportUrl(reportToken),
                lead,
                hidden));
        for (Targets.Target t : wanting) {
            persist(eventId, type, t.name(), body, reportToken, sequence, now);
        }
    }

    /** A webhook.test event for one target, so an admin can check the receiver and its signature check. */
    public String test(String target) {
        OffsetDateTime now = now();
        String eventId = UUID.randomUUID().toString();
        String body = json.write(new WebhookEvent(eventId, WebhookEvent.TEST, now, 1, null, null, null, null, null));
        persist(eventId, WebhookEvent.TEST, target, body, null, 1, now);
        return eventId;
    }

    /** Absolute, or null: a relative link means nothing outside the site. */
    String reportUrl(String token) {
        String base = PublicUrls.configured(config);
        return base.isEmpty() ? null : base + "/r/" + token;
    }

    private void persist(
            String eventId, String type, String target, String body, String token, int sequence, OffsetDateTime now) {
        DeliveryEntity d = new DeliveryEntity();
        d.eventId = eventId;
        d.eventType = type;
        d.target = target;
        d.payload = body;
        d.status = DeliveryEntity.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = now;
        d.giveUpAt = now.plus(config.webhooks().giveUpAfter());
        d.createdAt = now;
        d.resultToken = token;
        d.sequence = sequence;
        d.persist();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
