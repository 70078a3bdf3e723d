package no.journeydiag.report.service;

/**
 * Where a click on a report's call to action is recorded: which questionnaire version and which
 * offer (default, sign:{id}, band:{id}), never who clicked. The funnel can observe or replace this.
 */
public interface CtaClicks {

    void clicked(String questionnaire, String version, String offer);

    /** Clicks counted so far for one offer, over all days. */
    long count(String questionnaire, String version, String offer);
}
