package no.journeydiag.response.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.JsonText;
import no.journeydiag.common.Tokens;
import no.journeydiag.common.WhileServing;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.Section;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.response.persistence.DraftEntity;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;
import org.jboss.logging.Logger;

/**
 * The step-by-step flow: a draft holds the answers so far under its own token; each step is a
 * section with at least one question shown for those answers, decided here and never by the browser.
 */
@ApplicationScoped
public class DraftService {

    private static final Logger LOG = Logger.getLogger(DraftService.class);

    /** A draft with its questionnaire and typed answers; the entity stays in this package. */
    public static final class Draft {
        private final DraftEntity entity;
        private final Questionnaire questionnaire;
        private final Map<String, Answer> answers;

        Draft(DraftEntity entity, Questionnaire questionnaire, Map<String, Answer> answers) {
            this.entity = entity;
            this.questionnaire = questionnaire;
            this.answers = answers;
        }

        DraftEntity entity() {
            return entity;
        }

        /** The secret in the draft's links. */
        public String token() {
            return entity.draftToken;
        }

        public String questionnaireId() {
            return entity.questionnaire;
        }

        public String locale() {
            return entity.locale;
        }

        /** The report's token once submitted, else null. */
        public String responseToken() {
            return entity.responseToken;
        }

        /** The workshop of a participant's draft, or null. */
        /** The utm_source hidden field the draft started with, or null: the funnel's source. */
        public String source() {
            if (entity.attribution == null) {
                return null;
            }
            try {
                Object v = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(entity.attribution)
                        .path("utm_source")
                        .textValue();
                return (String) v;
            } catch (java.io.IOException e) {
                return null;
            }
        }

        public Long workshopId() {
            return entity.workshopId;
        }

        public Questionnaire questionnaire() {
            return questionnaire;
        }

        public Map<String, Answer> answers() {
            return answers;
        }

        /** The sections that have a shown question for the current answers: the steps, in order. */
        public List<Step> steps() {
            Set<String> shown = new LinkedHashSet<>(Scoring.shownQuestions(questionnaire, answers));
            List<Step> steps = new ArrayList<>();
            for (Section s : questionnaire.sections()) {
                List<Question> questions = s.questions().stream()
                        .filter(q -> shown.contains(q.id()))
                        .toList();
                if (!questions.isEmpty()) {
                    steps.add(new Step(steps.size() + 1, s, questions));
                }
            }
            return steps;
        }

        /** The first step with a required question unanswered, or the review when there is none (0). */
        public int resumeStep() {
            for (Step step : steps()) {
                if (step.questions().stream().anyMatch(q -> q.required() && !answers.containsKey(q.id()))) {
                    return step.number();
                }
            }
            return 0;
        }
    }

    public record Step(int number, Section section, List<Question> questions) {}

    /** What saving a step did: errors to show, or whether new follow-up questions appeared. */
    public record StepOutcome(Draft draft, List<FieldError> errors, boolean followUpsAppeared) {}

    private final QuestionnaireRegistry registry;
    private final ResponseService responses;
    private final DiagnosticConfig config;
    private final JsonText json;
    private final ParticipationGate gate;
    private final io.micrometer.core.instrument.Counter started;
    private final io.micrometer.core.instrument.Counter stepsSaved;

    public DraftService(
            QuestionnaireRegistry registry,
            ResponseService responses,
            DiagnosticConfig config,
            JsonText json,
            ParticipationGate gate,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.gate = gate;
        this.started = meters.counter("diagnostic.drafts.started");
        this.stepsSaved = meters.counter("diagnostic.drafts.steps.saved");
        this.registry = registry;
        this.responses = responses;
        this.config = config;
        this.json = json;
    }

    @Transactional
    public Draft start(String questionnaireId, String locale) {
        return start(questionnaireId, locale, null, null);
    }

    /** Starts a draft with hidden-field values already read by {@link Attribution#lenient}. */
    @Transactional
    public Draft start(String questionnaireId, String locale, Map<String, String> attribution) {
        return startPrefilled(questionnaireId, locale, attribution, Map.of());
    }

    /**
     * Starts a draft with hidden-field values ({@link Attribution#lenient}) and prefilled answers
     * ({@link Prefill#lenient}); only a new draft takes them, so no answer the visitor gave is replaced.
     */
    @Transactional
    public Draft startPrefilled(
            String questionnaireId, String locale, Map<String, String> attribution, Map<String, List<String>> prefill) {
        Draft d = start(questionnaireId, locale, null, null);
        DraftEntity e = d.entity();
        if (attribution != null && !attribution.isEmpty()) {
            e.attribution = json.write(attribution);
        }
        Map<String, Answer> answers = Prefill.answers(d.questionnaire(), prefill == null ? Map.of() : prefill);
        if (answers.isEmpty()) {
            return d;
        }
        e.answersJson = json.write(ResponseService.toJson(answers));
        return new Draft(e, d.questionnaire(), answers);
    }

    /** Starts a draft; a workshop participant's draft carries the workshop and their role. */
    @Transactional
    public Draft start(String questionnaireId, String locale, Long workshopId, String role) {
        QuestionnaireRegistry.Current current = responses.questionnaire(questionnaireId);
        OffsetDateTime now = now();
        DraftEntity d = new DraftEntity();
        d.draftToken = Tokens.next();
        d.questionnaire = questionnaireId;
        d.snapshotId = current.snapshotId();
        d.locale = current.questionnaire().pickLocale(locale);
        d.answersJson = "{}";
        d.workshopId = workshopId;
        d.participantRole = role;
        d.createdAt = now;
        d.updatedAt = now;
        d.expiresAt = now.plus(config.drafts().ttl());
        d.persist();
        started.increment();
        return new Draft(d, current.questionnaire(), Map.of());
    }

    /** The draft behind a token; unknown, malformed and expired tokens are all a 404 that says how to go on. */
    @Transactional
    public Draft find(String token) {
        DraftEntity d = Tokens.wellFormed(token) ? DraftEntity.findByToken(token) : null;
        return load(d);
    }

    private Draft load(DraftEntity d) {
        if (d == null || d.expiresAt.isBefore(now())) {
            throw new NotFound(
                    "We could not find these answers",
                    "The link may be incomplete, or the saved answers have expired (they are kept for "
                            + config.drafts().ttl().toDays() + " days). You can start again from the home page.");
        }
        Questionnaire q = registry.snapshot(d.snapshotId);
        Map<String, Object> raw = json.read(d.answersJson, new TypeReference<>() {});
        return new Draft(
                d, q, AnswerReader.read(q, raw, AnswerReader.Hidden.DROP, "").answers());
    }

    /**
     * Replaces the answers of one step's questions with {@code submitted}, drops answers that the
     * rules now hide, and saves. Required questions of the step must be answered unless new
     * follow-up questions appeared in this step (then the step is shown again to answer them).
     */
    @Transactional
    public StepOutcome saveStep(String token, int stepNumber, Map<String, Object> submitted) {
        Draft draft = find(token);
        if (draft.responseToken() != null) {
            return new StepOutcome(draft, List.of(), false); // already submitted: nothing may change
        }
        Step step = step(draft, stepNumber);
        Set<String> before = ids(step.questions());
        Map<String, Object> raw = new LinkedHashMap<>(ResponseService.toJson(draft.answers()));
        List<FieldError> errors = new ArrayList<>();
        Set<String> sectionQuestions = ids(step.section().questions());
        for (String key : submitted.keySet()) {
            if (!sectionQuestions.contains(key)) {
                errors.add(new FieldError("answers." + key, "this question is not part of this step"));
            }
        }
        if (!errors.isEmpty()) {
            return new StepOutcome(draft, errors, false);
        }
        sectionQuestions.forEach(raw::remove);
        raw.putAll(submitted);
        AnswerReader.Outcome read = AnswerReader.read(draft.questionnaire(), raw, AnswerReader.Hidden.DROP, "answers.");
        Draft updated = new Draft(draft.entity(), draft.questionnaire(), read.answers());
        Step after = updated.steps().stream()
                .filter(s -> s.section().id().equals(step.section().id()))
                .findFirst()
                .orElse(null);
        Set<String> afterIds = after == null ? Set.of() : ids(after.questions());
        // A follow-up matters only if it still needs an answer (with JavaScript it may already have one).
        boolean appeared = afterIds.stream()
                .anyMatch(id -> !before.contains(id)
                        && draft.questionnaire().question(id).required()
                        && !read.answers().containsKey(id));
        // Only this step's problems count here; other steps are checked at review.
        List<FieldError> stepErrors = read.errors().stream()
                .filter(e -> afterIds.contains(e.field().substring("answers.".length())))
                .filter(e -> !(appeared && e.message().equals(AnswerReader.REQUIRED)))
                .toList();
        // A value that is not an option is tampering or a stale page: leave the draft as it was.
        // Missing answers are normal: save what was given so nothing typed is lost.
        boolean invalid = stepErrors.stream().anyMatch(e -> !e.message().equals(AnswerReader.REQUIRED));
        if (invalid) {
            return new StepOutcome(draft, stepErrors, false);
        }
        DraftEntity d = draft.entity();
        d.answersJson = json.write(ResponseService.toJson(read.answers()));
        d.updatedAt = now();
        d.expiresAt = d.updatedAt.plus(config.drafts().ttl());
        stepsSaved.increment();
        return new StepOutcome(updated, stepErrors, appeared);
    }

    /**
     * Submits once: the first call stores the response, every later call (double click, refresh,
     * re-POST) returns the same report token. The draft row is locked meanwhile.
     */
    @Transactional
    public String submit(String token) {
        DraftEntity locked = Tokens.wellFormed(token) ? DraftEntity.lockByToken(token) : null;
        Draft draft = load(locked);
        if (locked.responseToken != null) {
            return locked.responseToken;
        }
        if (locked.workshopId != null) {
            gate.checkOpen(locked.workshopId); // a closed workshop keeps the draft but takes no answers
        }
        Stored stored = responses.submit(
                locked.questionnaire,
                locked.locale,
                ResponseService.toJson(draft.answers()),
                AnswerReader.Hidden.DROP,
                locked.workshopId,
                locked.participantRole,
                false,
                null,
                locked.attribution == null
                        ? null
                        : json.read(
                                locked.attribution,
                                new com.fasterxml.jackson.core.type.TypeReference<
                                        java.util.LinkedHashMap<String, Object>>() {}));
        locked.responseToken = stored.token();
        locked.updatedAt = now();
        return locked.responseToken;
    }

    /** Whether the draft can still be sent: always outside a workshop, inside one while it is open. */
    public boolean takesAnswers(Draft draft) {
        return draft.workshopId() == null || draft.responseToken() != null || gate.isOpen(draft.workshopId());
    }

    /** Switches the draft to {@code locale} when the questionnaire offers it; answers are unaffected. */
    @Transactional
    public Draft switchLocale(Draft draft, String locale) {
        if (locale == null
                || locale.equals(draft.locale())
                || !draft.questionnaire().locales().contains(locale)
                || draft.responseToken() != null) {
            return draft;
        }
        DraftEntity d = DraftEntity.findById(draft.entity().id);
        d.locale = locale;
        return new Draft(d, draft.questionnaire(), draft.answers());
    }

    public Step step(Draft draft, int number) {
        List<Step> steps = draft.steps();
        if (number < 1 || number > steps.size()) {
            throw new NotFound(
                    "There is no such step",
                    "This questionnaire has " + steps.size() + " steps. Continue from the link below.");
        }
        return steps.get(number - 1);
    }

    /** Deletes expired drafts; runs hourly on every instance, which is harmless (idempotent delete). */
    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = WhileServing.class)
    @Transactional
    void deleteExpired() {
        long n = deleteExpiredNow();
        if (n > 0) {
            LOG.infof("Deleted %d expired draft(s)", n);
        }
    }

    /** Deletes drafts past their expiry time; returns how many. */
    @Transactional
    public long deleteExpiredNow() {
        return DraftEntity.delete("expiresAt < ?1", now());
    }

    private static Set<String> ids(List<Question> questions) {
        Set<String> out = new LinkedHashSet<>();
        questions.forEach(q -> out.add(q.id()));
        return out;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
