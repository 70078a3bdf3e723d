package no.journeydiag.response.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.JsonText;
import no.journeydiag.common.Tokens;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.response.event.ResponseCompleted;
import no.journeydiag.response.event.ResponseDeleted;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;
import no.journeydiag.scoring.ScoringResult;

/** Validates, scores and stores responses; reads them back with the questionnaire they were made with. */
@ApplicationScoped
public class ResponseService {

    /**
     * A client's Idempotency-Key and the hash of the request it came with: the first request with a
     * key stores the response, a retry with the same key and request finds it (see {@link #byIdempotencyKey}).
     */
    public record Idempotency(String key, String requestHash) {}

    private final QuestionnaireRegistry registry;
    private final JsonText json;
    private final jakarta.enterprise.event.Event<ResponseCompleted> completed;
    private final jakarta.enterprise.event.Event<ResponseDeleted> deleted;
    private final GroupCommit group;
    private final KeptResults kept;

    public ResponseService(
            QuestionnaireRegistry registry,
            JsonText json,
            jakarta.enterprise.event.Event<ResponseCompleted> completed,
            jakarta.enterprise.event.Event<ResponseDeleted> deleted,
            GroupCommit group,
            KeptResults kept) {
        this.group = group;
        this.kept = kept;
        this.registry = registry;
        this.json = json;
        this.completed = completed;
        this.deleted = deleted;
    }

    /**
     * Deletes a response at its holder's request: the response, its lead (by foreign key), the
     * draft it came from and any undelivered webhook events about it. Unknown tokens are a 404.
     */
    @Transactional
    public void delete(String token) {
        ResponseEntity e = Tokens.wellFormed(token) ? ResponseEntity.findByToken(token) : null;
        if (e == null) {
            throw new NotFound("There is no result for this link. It may have been deleted already.");
        }
        deleted.fire(new ResponseDeleted(stored(e)));
        no.journeydiag.response.persistence.DraftEntity.delete("responseToken", token);
        e.delete();
    }

    public QuestionnaireRegistry.Current questionnaire(String id) {
        return registry.find(id)
                .orElseThrow(() -> new NotFound("There is no questionnaire '" + id
                        + "'. GET /api/v1/questionnaires lists the ones available."));
    }

    /**
     * Checks the answers (throwing a 400 with every field error), scores them and stores the
     * response. Nothing is stored unless everything is valid. Called inside a transaction (a draft's
     * submit), the response is stored in it; otherwise checking and scoring happen on the caller's
     * thread and storing in the next group commit ({@link GroupCommit}), which returns once it is durable.
     */
    public Stored submit(String questionnaireId, String locale, Map<String, ?> rawAnswers, AnswerReader.Hidden hidden) {
        return submit(questionnaireId, locale, rawAnswers, hidden, null, null);
    }

    /** As above, for a workshop participant with the role they chose. */
    public Stored submit(
            String questionnaireId,
            String locale,
            Map<String, ?> rawAnswers,
            AnswerReader.Hidden hidden,
            Long workshopId,
            String role) {
        return submit(questionnaireId, locale, rawAnswers, hidden, workshopId, role, false);
    }

    /** As above; a {@code test} response is stored and reported, but never counted among the peers. */
    public Stored submit(
            String questionnaireId,
            String locale,
            Map<String, ?> rawAnswers,
            AnswerReader.Hidden hidden,
            Long workshopId,
            String role,
            boolean test) {
        return submit(questionnaireId, locale, rawAnswers, hidden, workshopId, role, test, null);
    }

    /**
     * As above, remembering the client's Idempotency-Key: a second response with the same key for
     * this questionnaire breaks a unique constraint at commit, so of two racing retries one is stored.
     */
    public Stored submit(
            String questionnaireId,
            String locale,
            Map<String, ?> rawAnswers,
            AnswerReader.Hidden hidden,
            Long workshopId,
            String role,
            boolean test,
            Idempotency idempotency) {
        return submit(questionnaireId, locale, rawAnswers, hidden, workshopId, role, test, idempotency, null);
    }

    /**
     * As above, with hidden-field values: a map from the API, read strictly (errors under
     * {@code hidden.}), or values a page has already read leniently ({@link Attribution}).
     */
    public Stored submit(
            String questionnaireId,
            String locale,
            Map<String, ?> rawAnswers,
            AnswerReader.Hidden hidden,
            Long workshopId,
            String role,
            boolean test,
            Idempotency idempotency,
            Map<String, ?> attribution) {
        QuestionnaireRegistry.Current current = questionnaire(questionnaireId);
        Questionnaire q = current.questionnaire();
        List<FieldError> errors = new java.util.ArrayList<>();
        String usedLocale = q.defaultLocale();
        if (locale != null && !locale.isBlank()) {
            if (q.locales().contains(locale)) {
                usedLocale = locale;
            } else {
                errors.add(new FieldError(
                        "locale", "'" + locale + "' is not offered; use one of: " + String.join(", ", q.locales())));
            }
        }
        AnswerReader.Outcome read =
                AnswerReader.read(q, rawAnswers == null ? Map.of() : rawAnswers, hidden, "answers.");
        errors.addAll(read.errors());
        Attribution.Outcome attributed = Attribution.strict(q, attribution, "hidden.");
        errors.addAll(attributed.errors());
        if (!errors.isEmpty()) {
            throw new Invalid("Some answers need fixing; see errors.", errors);
        }
        ScoringResult result = Scoring.score(q, read.answers());
        ResponseEntity e = new ResponseEntity();
        e.reportToken = Tokens.next();
        e.snapshotId = current.snapshotId();
        e.questionnaire = q.id();
        e.version = q.version();
        e.contentHash = q.contentHash();
        e.locale = usedLocale;
        e.answersJson = json.write(toJson(read.answers()));
        e.resultJson = json.write(result);
        e.workshopId = workshopId;
        e.participantRole = role;
        e.testOnly = test;
        e.attribution = attributed.values().isEmpty() ? null : json.write(attributed.values());
        e.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        if (idempotency != null) {
            e.idempotencyKey = idempotency.key();
            e.requestHash = idempotency.requestHash();
        }
        Stored stored = new Stored(e, q, read.answers(), result);
        if (QuarkusTransaction.isActive()) {
            return store(stored);
        }
        return group.submit(() -> store(stored), () -> e.id = null);
    }

    /** Inserts the response; its observers (histograms, outbox) write in the same transaction. */
    private Stored store(Stored stored) {
        stored.entity().persist();
        completed.fire(new ResponseCompleted(stored));
        return stored;
    }

    /** The response behind a report token, or a 404 that does not reveal whether it ever existed. */
    @Transactional
    public Stored byToken(String token) {
        ResponseEntity e = Tokens.wellFormed(token) ? ResponseEntity.findByToken(token) : null;
        if (e == null) {
            throw new NotFound("There is no result for this link. Check that the whole link was copied.");
        }
        return stored(e);
    }

    /**
     * As {@link #byToken}, for views that only read: the token is looked up in the database every
     * time (so a deleted result is gone at once on every instance), but a result read before is
     * not parsed again, since a stored response never changes.
     */
    @Transactional
    public Stored viewByToken(String token) {
        Long id = Tokens.wellFormed(token) ? ResponseEntity.idByToken(token) : null;
        if (id == null) {
            throw new NotFound("There is no result for this link. Check that the whole link was copied.");
        }
        Stored known = kept.get(id);
        if (known != null) {
            return known;
        }
        ResponseEntity e = ResponseEntity.findById(id);
        if (e == null) { // deleted between the two reads
            throw new NotFound("There is no result for this link. Check that the whole link was copied.");
        }
        Stored read = stored(e);
        kept.put(read);
        return read;
    }

    /**
     * Completed responses after the window's cursor, oldest first, of the given questionnaires (all
     * when empty), for partner feeds. Never workshop participants' responses: the team report is
     * their only view.
     */
    @Transactional
    public List<Stored> completedAfter(no.journeydiag.common.Feed.Window w, java.util.Set<String> questionnaires) {
        String q = "workshopId is null and " + w.where("createdAt");
        List<Object> params = w.params();
        if (!questionnaires.isEmpty()) {
            q += " and questionnaire in ?3";
            params.add(List.copyOf(questionnaires));
        }
        return ResponseEntity.<ResponseEntity>find(q + " order by createdAt, id", params.toArray())
                .page(0, w.limit())
                .list()
                .stream()
                .map(this::stored)
                .toList();
    }

    /** The response an earlier request with this Idempotency-Key made for this questionnaire, if any. */
    @Transactional
    public java.util.Optional<Stored> byIdempotencyKey(String questionnaireId, String key) {
        return java.util.Optional.ofNullable(ResponseEntity.findByIdempotencyKey(questionnaireId, key))
                .map(this::stored);
    }

    /** A stored response read back with the questionnaire version it was made with. */
    public Stored stored(ResponseEntity e) {
        Questionnaire q = registry.snapshot(e.snapshotId);
        Map<String, Object> raw = json.read(e.answersJson, new TypeReference<>() {});
        Map<String, Answer> answers =
                AnswerReader.read(q, raw, AnswerReader.Hidden.DROP, "").answers();
        return new Stored(e, q, answers, json.read(e.resultJson, new TypeReference<ScoringResult>() {}));
    }

    /** Answers in the API's own shape: option value, list of values, number or text. */
    public static Map<String, Object> toJson(Map<String, Answer> answers) {
        Map<String, Object> out = new LinkedHashMap<>();
        answers.forEach((id, a) -> out.put(
                id,
                a instanceof Answer.Choices c
                        ? c.selected()
                        : a instanceof Answer.Number n
                                ? (Object) n.value()
                                : a.values().get(0)));
        return out;
    }
}
