package no.journeydiag.report.service;

/**
 * Where a click on a report's call to action is recorded: which questionnaire version and which
 * offer (default, sign:{id}, band:{id}), never who clicked. The funnel can observe or replace this.
 */
public interface CtaClicks {

    void clicked(String questionnaire, String version, String offer);

    /** Clicks counted so far for one offer, over all days. */
    long count(String questionnaire, String version, String offer);

    /** One offer's clicks in a period, over every version of the questionnaire. */
    record OfferClicks(String offer, long clicks) {}

    /** The clicks of each offer of {@code questionnaire} from {@code from} to {@code to} (UTC days), most first. */
    java.util.List<OfferClicks> byOffer(String questionnaire, java.time.LocalDate from, java.time.LocalDate to);
}
