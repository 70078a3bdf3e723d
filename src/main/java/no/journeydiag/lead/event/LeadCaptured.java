package no.journeydiag.lead.event;

import no.journeydiag.lead.service.LeadService;
import no.journeydiag.response.service.Stored;

/**
 * Fired inside the transaction that stores a lead (given with consent), so that observers (the
 * webhook outbox) write in the same transaction.
 */
public record LeadCaptured(Stored stored, LeadService.Lead lead) {}
