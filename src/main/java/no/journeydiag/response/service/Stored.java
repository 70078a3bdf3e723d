package no.journeydiag.response.service;

import java.time.OffsetDateTime;
import java.util.Map;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.ScoringResult;

/**
 * A stored response with the questionnaire version it was scored against, its answers and result.
 * The entity stays in the service layer (package-private); everyone else reads these values.
 */
public final class Stored {

    private final ResponseEntity entity;
    private final Questionnaire questionnaire;
    private final Map<String, Answer> answers;
    private final ScoringResult result;

    Stored(ResponseEntity entity, Questionnaire questionnaire, Map<String, Answer> answers, ScoringResult result) {
        this.entity = entity;
        this.questionnaire = questionnaire;
        this.answers = answers;
        this.result = result;
    }

    ResponseEntity entity() {
        return entity;
    }

    public long id() {
        return entity.id;
    }

    /** The secret that opens the report. */
    public String token() {
        return entity.reportToken;
    }

    public String questionnaireId() {
        return entity.questionnaire;
    }

    public String version() {
        return entity.version;
    }

    /** The language the answers were given in. */
    public String locale() {
        return entity.locale;
    }

    /** The workshop a participant answered in, or null. */
    public Long workshopId() {
        return entity.workshopId;
    }

    /** The role a workshop participant chose, or null. */
    public String role() {
        return entity.participantRole;
    }

    /** A test or demo response, left out of "how you compare". */
    public boolean test() {
        return entity.testOnly;
    }

    public OffsetDateTime createdAt() {
        return entity.createdAt;
    }

    /** SHA-256 of the request an Idempotency-Key came with, or null. */
    public String requestHash() {
        return entity.requestHash;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Map<String, Answer> answers() {
        return answers;
    }

    /** Hidden-field values given with the response (utm_source…), in declaration order; empty when none. */
    public Map<String, String> attribution() {
        if (entity.attribution == null) {
            return Map.of();
        }
        try {
            return java.util.Collections.unmodifiableMap(new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(
                            entity.attribution,
                            new com.fasterxml.jackson.core.type.TypeReference<
                                    java.util.LinkedHashMap<String, String>>() {}));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored attribution is not JSON", e);
        }
    }

    public ScoringResult result() {
        return result;
    }
}
