package no.journeydiag.funnel.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the funnel dashboard; Norwegian in messages/funnel_nb.properties. Templates use {funnel:key}. */
@MessageBundle(value = "funnel", locale = "en")
public interface FunnelMsg {

    @Message("Funnel")
    String title();

    @Message("Questionnaire")
    String questionnaire();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Show")
    String show();

    @Message("Download CSV")
    String csv();

    @Message(
            "Visits, starts, steps reached, finished and leads, counted per day without any personal data. Embedded means inside another site's page.")
    String intro();

    @Message("Drop-off per step")
    String chart();

    @Message("Step")
    String step();

    @Message("All")
    String total();

    @Message("Embedded")
    String embedded();

    @Message("Hosted")
    String hosted();

    @Message("Of the previous step")
    String of_previous();

    @Message("By source (utm_source)")
    String by_source();

    @Message("Source")
    String source();

    @Message("No source")
    String no_source();

    @Message("Nothing counted in this period.")
    String empty();

    @Message("Landing page visits")
    String step_landing();

    @Message("Started")
    String step_started();

    @Message("Reached step {n}")
    String step_n(String n);

    @Message("Reached the review")
    String step_review();

    @Message("Finished")
    String step_finished();

    @Message("Gave contact details")
    String step_lead();

    @Message("Score distribution")
    String distribution();

    @Message(
            "All completed responses so far, in 10-point bands: the stored score histograms have no dates, so the period above does not narrow them. A score is shown once it has at least {n} responses.")
    String distribution_intro(int n);

    @Message("Overall")
    String overall();

    @Message("Score")
    String metric();

    @Message("Responses")
    String responses();

    @Message("No score has enough responses yet.")
    String distribution_empty();

    @Message("Clicks on the next step")
    String clicks_title();

    @Message("Every click on the report's call to action in the period, by the offer the report showed. Clicks are"
            + " counted, not people: no one is recorded.")
    String clicks_intro();

    @Message("No one clicked the next step in this period.")
    String clicks_empty();

    @Message("Offer")
    String offer();

    @Message("Clicks")
    String clicks();

    @Message("The questionnaire's own offer")
    String offer_default();

    @Message("For the warning sign “{id}”")
    String offer_sign(String id);

    @Message("For the band “{id}”")
    String offer_band(String id);

    @Message("Norsk")
    String other_language();

    @Message("nb")
    String other_locale();
}
