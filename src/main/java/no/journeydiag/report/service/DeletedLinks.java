package no.journeydiag.report.service;

/** Whether a report link's result was deleted (rather than never existing or mistyped). */
public interface DeletedLinks {

    boolean wasDeleted(String token);
}
