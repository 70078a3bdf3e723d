package no.journeydiag.response.service;

import no.journeydiag.common.DomainException;

/**
 * Decides whether a workshop participant may still submit. Implemented by the workshop feature;
 * kept as an interface here so the respondent flow does not depend on workshops.
 */
public interface ParticipationGate {

    /** Throws a 409 problem when the workshop does not accept answers now. */
    void checkOpen(long workshopId);

    /** Whether the workshop accepts answers now; false when it is closed, not open yet or gone. */
    default boolean isOpen(long workshopId) {
        try {
            checkOpen(workshopId);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
