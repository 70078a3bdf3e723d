package no.journeydiag.workshop.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** A workshop as its consultant sees it. */
public record Workshop(
        long id,
        String organisation,
        String questionnaire,
        String questionnaireTitle,
        List<String> roles,
        int anonymityThreshold,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        boolean closed,
        boolean published,
        String joinCode,
        String joinCodeDisplay,
        String teamToken,
        State state,
        long participants,
        Long previousWorkshopId,
        String ownerName,
        OffsetDateTime createdAt,
        String language,
        boolean previousDeleted,
        long later) {

    /** open, not-yet-open or closed, as of now. */
    public enum State {
        OPEN,
        NOT_YET_OPEN,
        CLOSED;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
