package no.journeydiag.workshop.service;

import java.time.OffsetDateTime;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.workshop.team.TeamReport;

/** A team report with the questionnaire it is rendered against and how far it has been released. */
public record Team(Workshop workshop, Questionnaire questionnaire, TeamReport report, Release release) {

    /**
     * How far the team report has got: {@code released} responses are in it (released last at
     * {@code releasedAt}), {@code pending} newer ones wait for the workshop to close and for a
     * batch that singles no one out.
     */
    public record Release(long released, long pending, OffsetDateTime releasedAt) {
        public boolean never() {
            return released == 0;
        }
    }
}
