package no.journeydiag.common.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI text of the respondent pages; Norwegian in messages/msg_nb.properties. Templates use {msg:key}. */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("Skip to content")
    String skip();

    @Message("Journey ownership diagnostic")
    String brand();

    @Message("Answers are stored anonymously. Anyone with a report's link can read that report.")
    String footer();

    @Message("Language")
    String language();

    @Message("{questions} questions · about {minutes} minutes · no account needed")
    String landing_meta(int questions, int minutes);

    @Message("Continue where you left off")
    String landing_continue();

    @Message("Or start again:")
    String landing_or_restart();

    @Message("Start")
    String landing_start();

    @Message("Start again")
    String landing_start_again();

    @Message("Your privacy")
    String privacy_title();

    @Message("We store your answers and the report made from them. Your answers are anonymous: we do not ask for your name or contact details. Unfinished answers are saved as you go and deleted after {days} days without activity. Anyone with the link to your report can read it, so share it only with people you trust.")
    String privacy_text(long days);

    @Message("See all questions on one page")
    String landing_all();

    @Message("Step {number} of {total}")
    String step_of(int number, int total);

    @Message("Some answers need fixing:")
    String errors_title();

    @Message("Your answers opened a follow-up question on this page. Please answer it and continue.")
    String follow_up();

    @Message("Back")
    String back();

    @Message("Next")
    String next();

    @Message("Review answers")
    String review_answers();

    @Message("Your answers are saved at every step. To continue later, keep this link:")
    String continue_later();

    @Message("(required)")
    String required();

    @Message("(optional)")
    String optional();

    @Message("Review")
    String review();

    @Message("Check your answers")
    String review_title();

    @Message("Some required questions are not answered yet:")
    String review_missing();

    @Message("Change answers in “{section}”")
    String review_change(String section);

    @Message("See my report")
    String see_report();

    @Message("Report")
    String report_label();

    @Message("Your report")
    String report_title();

    @Message("Overall")
    String overall();

    @Message("of 100")
    String of_100();

    @Message("No scored questions were answered, so there is no overall score.")
    String no_overall();

    @Message("The four elements of ownership")
    String elements_title();

    @Message("Scores per element, 0 to 100")
    String chart_title();

    @Message("Element")
    String element();

    @Message("Score")
    String score();

    @Message("Coverage")
    String coverage();

    @Message("{answered} of {shown} answered")
    String answered_of(int answered, int shown);

    @Message("Warning signs")
    String signs_title();

    @Message("Present:")
    String sign_present();

    @Message("Not present:")
    String sign_absent();

    @Message("Why we flag it:")
    String why_flag();

    @Message("You answered “{answer}” to “{question}”")
    String you_answered(String answer, String question);

    @Message("{element} scored {score}")
    String element_scored(String element, String score);

    @Message("What to do:")
    String what_to_do();

    @Message("Observe → prioritise → act")
    String chain_title();

    @Message("the chain breaks here")
    String chain_breaks();

    @Message("Ownership is only as strong as the weakest link in this chain: what is not seen is not prioritised, and what is not prioritised is not acted on. Start where it breaks.")
    String chain_broken();

    @Message("No stage is below the threshold: the chain holds from seeing to doing.")
    String chain_holds();

    @Message("Improve first")
    String priorities_title();

    @Message("linked to a warning sign")
    String linked_sign();

    @Message("Who leads each stage of the customer lifecycle")
    String map_title();

    @Message("Stage")
    String stage();

    @Message("Led by")
    String led_by();

    @Message("Status")
    String status();

    @Message("Gap: no one leads this stage")
    String status_gap();

    @Message("Shared: several functions, no single lead")
    String status_shared();

    @Message("Unknown: the respondent did not know")
    String status_unknown();

    @Message("Not answered")
    String status_unanswered();

    @Message("Led by one function")
    String status_owned();

    @Message("Appendix: your answers")
    String answers_title();

    @Message("Question")
    String question();

    @Message("Answer")
    String answer();

    @Message("Take it again")
    String take_again();

    @Message("Keep or share your report")
    String share_title();

    @Message("Anyone with this link can read this report.")
    String share_note();

    @Message("Copy link")
    String copy_link();

    @Message("Link copied")
    String copied();

    @Message("Please answer this question.")
    String error_required();

    @Message("This answer could not be used; please choose again.")
    String error_invalid();

    @Message("Who owns your customer journey?")
    String home_title();

    @Message("Choose a diagnostic. You get a personal report straight away; no account is needed.")
    String home_intro();

    @Message("{questions} questions · about {minutes} minutes")
    String home_meta(int questions, int minutes);

    @Message("About {minutes} minutes. Questions marked “required” need an answer.")
    String form_meta(int minutes);

    @Message("Some answers need fixing")
    String form_fix();

    @Message("Answer only if you answered {answers} to “{question}”.")
    String hint_if(String answers, String question);

    @Message(" or ")
    String hint_or();

    @Message("This applies only for some of the answers above; skip it if it does not apply to you.")
    String hint_some();

    @Message("Go to the list of diagnostics")
    String error_home();

    @Message("We could not find this page")
    String error_404();

    @Message("The link may be incomplete, or what it pointed to no longer exists (unfinished answers are kept for a limited time).")
    String error_404_detail();

    @Message("This form has expired")
    String error_expired();

    @Message("For your security, answers can only be sent from a page this service just showed you. Go back, reload the page and send your answers again.")
    String error_expired_detail();

    @Message("The form could not be read")
    String error_bad_form();

    @Message("What was sent is not a form this service can read (too many fields, or broken character encoding). Go back, reload the page and send the form from there.")
    String error_bad_form_detail();

    @Message("Something went wrong")
    String error_other();

    @Message("The request could not be handled. Please go back and try again.")
    String error_other_detail();

    @Message("Join your team's workshop")
    String join_title();

    @Message("Enter the code the workshop leader shows you.")
    String join_intro();

    @Message("Workshop code")
    String join_code_label();

    @Message("8 letters and digits, e.g. ABCD-EFGH")
    String join_code_hint();

    @Message("Join")
    String join_submit();

    @Message("No workshop has this code. Check the code and try again.")
    String join_unknown();

    @Message("Too many wrong codes from your network. Wait a minute and try again.")
    String join_limited();

    @Message("Workshop for {organisation}")
    String join_welcome(String organisation);

    /** Before the organisation's name in the heading, which the template isolates in a bdi element. */
    @Message("Workshop for")
    String join_welcome_heading();

    @Message("Your answers are anonymous. The team report shows only numbers for groups of at least {threshold} people; small roles are counted as \"other\".")
    String join_anonymous(int threshold);

    @Message("What is your role?")
    String join_role();

    @Message("Choose the role that fits you best.")
    String join_role_missing();

    @Message("Start")
    String join_start();

    @Message("This workshop is closed and no longer takes answers.")
    String join_closed();

    @Message("This workshop has not opened yet. Try again when the workshop leader says so.")
    String join_not_open();

    @Message("Continue your answers")
    String join_continue();

    @Message("You have answered. Thank you! Each participant answers once, and your answers are part of the team report.")
    String join_answered();

    @Message("Open your report")
    String join_open_report();

    @Message("Your team's results")
    String team_link_title();

    @Message("The workshop leader has shared the team report.")
    String team_link_text();

    @Message("Open the team report")
    String team_link();

    @Message("The team report will appear here once the workshop leader shares it.")
    String team_link_pending();

    @Message("This workshop is not taking answers now")
    String error_workshop_closed();

    @Message("Your answers are kept. Ask the workshop leader to open it, then send them again.")
    String error_workshop_closed_detail();

    @Message("Talk about your result")
    String lead_title();

    @Message("Leave your details and we will get in touch about your result. This is optional.")
    String lead_intro();

    @Message("Your report is ready")
    String lead_gate_title();

    @Message("Tell us where to reach you, and your report opens straight away.")
    String lead_gate_intro();

    @Message("Email")
    String lead_email();

    @Message("Name")
    String lead_name();

    @Message("Organisation")
    String lead_company();

    @Message("Your role")
    String lead_role();

    @Message("Phone")
    String lead_phone();

    @Message("optional")
    String lead_optional();

    @Message("Consent")
    String lead_consent();

    @Message("Send")
    String lead_submit();

    @Message("Open my report")
    String lead_gate_submit();

    @Message("Thank you. We will contact you at {email}.")
    String lead_thanks(String email);

    @Message("Please check the fields marked below.")
    String lead_fix();

    @Message("Enter an email address like name@example.com.")
    String lead_error_email();

    @Message("Enter a phone number of digits, spaces and an optional leading +.")
    String lead_error_phone();

    @Message("Tick the box to agree. Without consent nothing is stored.")
    String lead_error_consent();

    @Message("Please check this field.")
    String lead_error_other();

    @Message("Delete my result")
    String delete_link();

    @Message("Delete your result?")
    String delete_title();

    @Message("This deletes your answers, your report and any contact details you gave with it. The link stops working. This cannot be undone.")
    String delete_text();

    @Message("Delete everything")
    String delete_button();

    @Message("Keep my result")
    String delete_cancel();

    @Message("Your result is deleted")
    String deleted_title();

    @Message("Your answers, report and contact details are gone from our service.")
    String deleted_text();

    @Message("Your overall score is higher than {percentile} % of the {responses} responses so far.")
    String compare_overall(String percentile, long responses);

    @Message("On each bar, the dashed box is where the middle half of all responses lie, and the line is their median.")
    String compare_legend();

    @Message("A comparison with others appears once {needed} more responses have been completed.")
    String compare_needed(long needed);

    @Message("Among those who answered “{label}” ({responses} responses), your overall score is higher than {percentile} %.")
    String compare_segment(String label, String percentile, long responses);

    @Message("A comparison with those who answered “{label}” appears once {needed} more of them have completed it.")
    String compare_segment_needed(String label, long needed);

    @Message("Taking part in a workshop? Enter your code")
    String home_join();

    @Message("Consultant sign-in")
    String home_consultants();
}
