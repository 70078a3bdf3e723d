package no.journeydiag.common.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * UI text of the respondent pages; Norwegian in messages/msg_nb.properties. Templates use {msg:key}.
 * Long by nature (one method per text); a feature with many texts of its own gets its own bundle.
 */
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

    @Message(
            "We store your answers and the report made from them. Your answers are anonymous: we do not ask for your name or contact details. Unfinished answers are saved as you go and deleted after {days} days without activity. Anyone with the link to your report can read it, so share it only with people you trust.")
    String privacy_text(long days);

    @Message(
            "We store your answers and the report made from them. Your answers are anonymous unless you choose to leave your contact details on the report page; we ask for your consent first. Unfinished answers are saved as you go and deleted after {days} days without activity. Anyone with the link to your report can read it, so share it only with people you trust.")
    String privacy_text_leads(long days);

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

    @Message("Not enough answers to score")
    String not_scored();

    @Message("{label}: not enough answers to score.")
    String chart_not_scored(String label);

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

    @Message("Not judged:")
    String sign_unknown();

    @Message("Some of the answers this rests on are “Don't know” or missing, so we cannot tell.")
    String sign_unknown_note();

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

    @Message(
            "Ownership is only as strong as the weakest link in this chain: what is not seen is not prioritised, and what is not prioritised is not acted on. Start where it breaks.")
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

    @Message(
            "The link may be incomplete, or what it pointed to no longer exists (unfinished answers are kept for a limited time).")
    String error_404_detail();

    @Message("This form has expired")
    String error_expired();

    @Message(
            "For your security, answers can only be sent from a page this service just showed you. Go back, reload the page and send your answers again.")
    String error_expired_detail();

    @Message("The form could not be read")
    String error_bad_form();

    @Message(
            "What was sent is not a form this service can read (too many fields, or broken character encoding). Go back, reload the page and send the form from there.")
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

    @Message(
            "Your answers are anonymous. The team report shows only numbers for groups of at least {threshold} people; small roles are counted as \"other\".")
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

    @Message(
            "You have answered. Thank you! Each participant answers once, and your answers are part of the team report.")
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

    // ---- team report (anonymity: team.Anonymity and team.Releases) ----

    @Message("team report")
    String team_report();

    @Message("{n} {#if n == 1}participant{#else}participants{/if}")
    String team_participants(int n);

    @Message("generated {date}")
    String team_generated(String date);

    @Message(
            "{answers} {#if answers == 1}answer{#else}answers{/if} so far. The team's results appear here when the workshop is closed, all at once, so that nobody can tell whose answers just arrived.")
    String team_not_released(long answers);

    @Message(
            "{n} of at least {threshold} participants have answered. To keep answers anonymous, the team report appears once {threshold} people have taken part.")
    String team_below(int n, int threshold);

    @Message(
            "{n} newer {#if n == 1}answer is{#else}answers are{/if} not in this report yet. They join it when the workshop is closed again, if that singles no one out (at least {threshold} new answers in every group they change).")
    String team_pending_open(long n, int threshold);

    @Message(
            "{n} newer {#if n == 1}answer is{#else}answers are{/if} not in this report yet: adding {#if n == 1}it{#else}them{/if} now could single someone out. They join it once more answers have come in (at least {threshold} new answers in every group they change) and the workshop is closed again.")
    String team_pending_closed(long n, int threshold);

    @Message("Who took part")
    String team_who();

    @Message("{n} participants; on average they answered {coverage} of the scored questions they were shown.")
    String team_who_text(int n, String coverage);

    @Message("Team overall score:")
    String team_overall();

    @Message("not enough answers")
    String team_not_enough();

    @Message("other")
    String team_other();

    @Message("Other")
    String team_other_capital();

    @Message("includes")
    String team_includes();

    @Message(
            "Roles with fewer than {threshold} participants are counted in “other”; while “other” is still smaller than {threshold}, the smallest role joins it too. So no group's figures can be worked out from the others, and no one can be picked out.")
    String team_fold_note(int threshold);

    @Message(
            "The report shows the team as a whole only: once small roles are merged, no function has a group of {threshold} or more of its own.")
    String team_no_breakdown(int threshold);

    @Message("Scores and agreement")
    String team_scores();

    @Message("Each dot stands for up to {perDot} participants with about that score (0–100).")
    String team_dots_grouped(int perDot);

    @Message("Each dot is one participant's score (0–100).")
    String team_dots_one();

    @Message(
            "Agreement is 1 - SD ÷ 50: 100 % when everyone gives the same score, 0 % when the team splits into two opposite camps.")
    String team_agreement_note();

    @Message("Element")
    String team_th_element();

    @Message("Mean")
    String team_th_mean();

    @Message("Median")
    String team_th_median();

    @Message("Range")
    String team_th_range();

    @Message("SD")
    String team_th_sd();

    @Message("Agreement")
    String team_th_agreement();

    @Message("Every participant")
    String team_th_everyone();

    @Message("{label}: scores of all participants from {range}")
    String team_strip_label(String label, String range);

    @Message(
            "Not enough answers to show: {n} of at least {threshold} participants have a score here (the others answered “don't know”).")
    String team_not_enough_scores(int n, int threshold);

    @Message("How each function sees it")
    String team_heat();

    @Message("Role")
    String team_th_role();

    @Message("No role has enough participants to be shown on its own.")
    String team_heat_none();

    @Message(
            "–: fewer than {threshold} in this group have a score here, or showing it would let hidden ones be worked out.")
    String team_heat_hidden(int threshold);

    @Message("Perception gaps")
    String team_gaps();

    @Message("At least two roles with enough participants are needed to compare functions.")
    String team_gaps_none();

    @Message("Discuss:")
    String team_discuss();

    @Message("rates")
    String team_gap_rates();

    @Message("{points} points lower than")
    String team_gap_lower(long points);

    @Message("vs")
    String team_gap_vs();

    @Message("Warning signs")
    String team_signs();

    @Message("fires for {count} of {n} participants ({share}).")
    String team_sign_fires(int count, int n, String share);

    @Message("It also fires on the team's combined answers.")
    String team_sign_team_yes();

    @Message("It does not fire on the team's combined answers.")
    String team_sign_team_no();

    @Message("Where the team disagrees most: discussion prompts")
    String team_prompts();

    @Message("The team answered every question alike, or too few answered a question to show it.")
    String team_prompts_none();

    @Message("({n} answers in the part “{section}”; spread {spread})")
    String team_prompt_meta(String section, String spread, int n);

    @Message("Who leads each stage? Does the team agree?")
    String team_owners();

    @Message("Stage")
    String team_th_stage();

    @Message("Named most")
    String team_th_named();

    @Message("All answers")
    String team_th_all();

    @Message("no agreed lead")
    String team_no_agreed();

    @Message("Improve first")
    String team_improve();

    @Message("(team mean {score})")
    String team_mean_of(String score);

    @Message(", because of:")
    String team_because();

    @Message("Change since the earlier workshop")
    String team_change();

    @Message("Then")
    String team_th_then();

    @Message("Now")
    String team_th_now();

    @Message("Change")
    String team_th_change();

    @Message("← Back to the workshop")
    String team_back();

    @Message("in the CSV, “other” includes:")
    String team_csv_merged();

    // ---- consultant's workshop pages ----

    @Message("Finished answers by role")
    String ws_by_role();

    @Message("Other roles")
    String ws_other_roles();

    @Message(
            "Roles with fewer than {threshold} finished answers are shown as one number, so that no one is singled out.")
    String ws_roles_note(int threshold);

    @Message(
            "Anonymity threshold {threshold}: the team report shows no group smaller than {threshold}, and its figures appear only once the workshop is closed, in batches that single no one out.")
    String ws_threshold_note(int threshold);

    @Message("Export answers (CSV)")
    String ws_export();

    @Message("One row per answer in the team report, without free-text answers.")
    String ws_export_note();

    @Message("In the export, “other” includes:")
    String ws_export_merged();

    @Message("joined")
    String present_joined();

    @Message("finished")
    String present_finished();

    // ---- leads ----

    @Message("As an admin you see every lead.")
    String leads_scope_admin();

    @Message(
            "Workshop answers never carry contact details. You see the leads of public answers to the questionnaires an admin has allowed for you:")
    String leads_scope();

    @Message("none")
    String leads_scope_none();

    @Message("Public leads of")
    String accounts_leads();

    @Message("Save")
    String accounts_leads_save();

    @Message("every questionnaire (admin)")
    String accounts_leads_admin();

    @Message(
            "Consultants always see the leads of their own workshops' participants; tick the questionnaires whose public leads they may see too.")
    String accounts_leads_hint();

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

    @Message("Thank you. We have your contact details and will be in touch.")
    String lead_thanks();

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

    @Message(
            "This deletes your answers, your report and any contact details you gave with it. The link stops working. This cannot be undone.")
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

    @Message(
            "Among those who answered “{label}” ({responses} responses), your overall score is higher than {percentile} %.")
    String compare_segment(String label, String percentile, long responses);

    @Message("A comparison with those who answered “{label}” appears once {needed} more of them have completed it.")
    String compare_segment_needed(String label, long needed);

    @Message("Taking part in a workshop? Enter your code")
    String home_join();

    @Message("Consultant sign-in")
    String home_consultants();
}
