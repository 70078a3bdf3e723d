package no.journeydiag.response.event;

/** Fired inside the transaction that deletes a response, for the features that hold data about it. */
public record ResponseDeleted(String token) { }
