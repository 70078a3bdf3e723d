package no.journeydiag.response.event;

import no.journeydiag.response.service.Stored;

/**
 * Fired inside the transaction that stores a response, so that observers (the webhook outbox,
 * the comparison counts) write in the same transaction: all are stored, or none.
 */
public record ResponseCompleted(Stored stored) {}
