package no.journeydiag.response.event;

import no.journeydiag.response.service.Stored;

/** Fired inside the transaction that deletes a response, for the features that hold data about it. */
public record ResponseDeleted(Stored stored) {

    public String token() {
        return stored.token();
    }
}
