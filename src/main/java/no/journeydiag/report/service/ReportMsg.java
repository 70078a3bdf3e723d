package no.journeydiag.report.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the report says about how sure it is: judgements it could not make, the way of working,
 * the method. Norwegian in messages/rpt_nb.properties; templates use {rpt:key}.
 */
@MessageBundle(value = "rpt", locale = "en")
public interface ReportMsg {

    @Message(
            "There is no overall score: {missing} could not be judged from your answers, and an overall score needs every"
                    + " element.")
    String overall_incomplete(String missing);

    @Message("There is no overall score: too few questions had an answer other than \"don't know\".")
    String overall_none();

    @Message("Too few answers to judge.")
    String element_insufficient();

    @Message("To judge it, find out:")
    String find_out();

    @Message(
            "There are too few answers about {stage} to say where the chain breaks. Find out what happens there first.")
    String chain_unknown(String stage);

    @Message("No stage is below {threshold}: the chain holds from seeing to doing. The weakest link is {stage}.")
    String chain_holds_weakest(String threshold, String stage);

    @Message("Your way of working")
    String mode_title();

    @Message("Give the stages nobody leads an owner")
    String ownership_priority();

    @Message("Nothing needs fixing first: every element that could be judged is strong. Keep it that way as people and"
            + " priorities change.")
    String priorities_none();

    @Message("Nothing to fix first can be named until more questions are answered.")
    String priorities_unknown();

    @Message("How this report is made")
    String method_title();

    @Message("Each answer counts as a share of its question's best answer (statements where agreeing is bad are turned"
            + " round), and each question weighs what the questionnaire gives it, whatever its scale. An element's score is"
            + " the weighted average of its answered questions, from 0 to 100; the overall score is the average of the"
            + " elements. \"Don't know\" is left out and lowers coverage: when less than {coverage} of an element, or of a"
            + " stage, is answered, it is not judged, and the report says what to find out instead of guessing. The chain"
            + " from observing to acting breaks at the first stage below {threshold}. A warning sign fires on the specific"
            + " answers listed with it, never on an average.")
    String method_text(String coverage, String threshold);

    @Message("Your overall score is {score} of 100: {band}.")
    String verdict(String score, String band);

    @Message("In short")
    String summary_title();

    @Message("Your strongest element is {strong} ({strongScore}); the weakest is {weak} ({weakScore}).")
    String summary_range(String strong, String strongScore, String weak, String weakScore);

    @Message("{element} is scored {score}.")
    String summary_one(String element, String score);

    @Message("Your answers show no warning sign.")
    String summary_no_sign();

    @Message("Your answers show {count} of {total} warning signs: {names}.")
    String summary_signs(int count, int total, String names);

    @Message("The chain from seeing to doing breaks at {stage}: start there.")
    String summary_breaks(String stage);

    @Message("The chain from seeing to doing holds.")
    String summary_holds();

    @Message("No one leads {stages}.")
    String summary_gaps(String stages);

    @Message("Too few questions were answered to say more; the answers below show what to find out.")
    String summary_unknown();

    @Message("Download the report as PDF")
    String pdf_link();

    @Message("Privacy policy")
    String privacy_link();

    @Message("Contact us")
    String contact_link();

    @Message("What to do")
    String do_title();

    @Message("Your next step")
    String next_title();

    @Message("Opens the consultancy's page in this window.")
    String next_note();

    @Message("How you compare")
    String compare_title();

    @Message("Bands")
    String bands_label();

    @Message("Details per element")
    String details_title();

    @Message("This report was deleted with the link it had. The result, its answers and any contact details are gone.")
    String gone_deleted();
}
