package no.journeydiag.workshop.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The workshop's own words: the presenter view, the team report's by-function parts and the
 * consultant's workshop pages. Norwegian in messages/ws_nb.properties; templates use {ws:key}.
 * Over 400 lines on purpose: one message bundle per feature, one key per method, no logic to split.
 */
@MessageBundle(value = "ws", locale = "en")
public interface WorkshopMsg {

    @Message("Presenter view")
    String present_title();

    @Message("Join the workshop")
    String present_join();

    @Message("Scan the code, or go to {page} and enter")
    String present_scan(String page);

    @Message("joined")
    String present_joined();

    @Message("answering")
    String present_answering();

    @Message("finished")
    String present_finished();

    @Message("The workshop is closed: no more answers are taken.")
    String present_closed();

    @Message("The workshop has not opened yet.")
    String present_not_open();

    @Message("Show results")
    String present_reveal();

    @Message("Hide results")
    String present_hide();

    @Message("Handout (print)")
    String present_handout();

    @Message("Back to the workshop")
    String present_back();

    @Message("Previous")
    String present_prev();

    @Message("Next")
    String present_next();

    @Message("Slide {n} of {total}")
    String present_slide_of(int n, int total);

    @Message("Arrow keys, space and Page Up/Down move between slides.")
    String present_keys();

    @Message("Results are hidden. Show them when the room is ready.")
    String present_hidden();

    @Message("No results yet: answers join the team report when the workshop is closed.")
    String present_no_results();

    @Message("The overall picture")
    String slide_overview();

    @Message("Overall score")
    String slide_overall();

    @Message("{#if n == 1}participant{#else}participants{/if}")
    String slide_participants(int n);

    @Message("Each function's mean")
    String slide_by_function();

    @Message("hidden: too few answers")
    String slide_hidden_cell();

    @Message("Who sees it differently")
    String slide_gaps();

    @Message("Who leads each stage, by function")
    String slide_owners();

    @Message("Warning signs by function")
    String slide_signs();

    @Message("What to fix first")
    String slide_improve();

    @Message("Questions to discuss")
    String slide_prompts();

    // Why an element is to be improved first, and the discussion prompts (workshop/says.html).

    @Message("The team is split: {a} rates it {b} points lower than {c}.")
    String why_split(String a, String b, String c);

    @Message("The team does not see it alike: scores run from {a} to {b}.")
    String why_spread(String a, String b);

    @Message("No one leads {a}, say {b} of {c}.")
    String why_hole(String a, String b, String c);

    @Message("Many say no one leads {a}.")
    String why_hole_many(String a);

    @Message("The functions disagree on who leads {a}: {b} says “{c}”, {d} says “{e}”.")
    String why_contradiction(String a, String b, String c, String d, String e);

    @Message("The warning sign “{a}” fires for {b} of {c}.")
    String why_sign(String a, String b, String c);

    @Message("The warning sign “{a}” fires on the team's combined answers.")
    String why_sign_team(String a);

    @Message("The team rates it low: {a} on average.")
    String why_low(String a);

    @Message("{a} rates “{b}” {c} points lower than {d}. What does {e} see that {d} does not?")
    String prompt_gap(String a, String b, String c, String d, String e);

    @Message("{b} says “{c}” leads {a}; {d} says “{e}”. Who leads it in practice, and who should?")
    String prompt_stage(String a, String b, String c, String d, String e);

    @Message("The warning sign “{a}” fires for most of {b} but hardly for {c}. What do they experience differently?")
    String prompt_sign(String a, String b, String c);

    @Message("The team answered “{a}” in very different ways. What lies behind the answers at each end?")
    String prompt_item(String a);

    // An action the form could not record: the form again, with what to fix.

    @Message("Record an action")
    String a_fix_title();

    @Message("Back without recording it")
    String a_fix_back();

    @Message("say what is to be done, in at most 300 characters")
    String e_a_what();

    @Message("this workshop already holds as many actions as it can")
    String e_a_many();

    @Message("name the function that owns it, in at most 40 characters")
    String e_a_owner();

    @Message("use a date like 2026-12-31")
    String e_a_due();

    @Message("choose an element or a warning sign from the list")
    String e_a_link();

    @Message("{group} sees {element} differently from the rest of the team: {groupMean} against {restMean},"
            + " {points} points higher.")
    String apart_higher(String group, String element, String groupMean, String restMean, long points);

    @Message("{group} sees {element} differently from the rest of the team: {groupMean} against {restMean},"
            + " {points} points lower.")
    String apart_lower(String group, String element, String groupMean, String restMean, long points);

    @Message("Only differences of {threshold} points or more are shown.")
    String gaps_threshold(String threshold);

    @Message("No function differs from another by {threshold} points or more.")
    String gaps_none_flagged(String threshold);

    @Message("Fires for {count} of {n} ({share}).")
    String sign_fires(int count, int n, String share);

    @Message("Fires for most of: {groups}.")
    String sign_most(String groups);

    @Message("Hardly for: {groups}.")
    String sign_few(String groups);

    @Message("The functions name different leads.")
    String owners_contradict();

    @Message("The functions name different leads for: {stages}.")
    String owners_contradict_list(String stages);

    @Message("Stage")
    String th_stage();

    @Message("Whole team")
    String th_team();

    @Message("no one")
    String owners_none();

    @Message("Function")
    String th_function();

    @Message("Read across a row to see where the functions contradict each other; a cell is only shown when"
            + " enough of that function answered.")
    String owners_note();

    @Message("English")
    String lang_en();

    @Message("Norsk bokmål")
    String lang_nb();

    @Message("Language")
    String lang_label();

    @Message("Workshops")
    String list_title();

    @Message("New workshop")
    String list_new();

    @Message("No workshops yet. Create one, show its code or QR code to the team, and watch the answers come in.")
    String list_empty();

    @Message("Client")
    String th_client();

    @Message("Questionnaire")
    String th_questionnaire();

    @Message("Joined")
    String th_joined();

    @Message("Finished")
    String th_finished();

    @Message("State")
    String th_state();

    @Message("Code")
    String th_code();

    @Message("Consultant")
    String th_consultant();

    @Message("open")
    String state_open();

    @Message("not open yet")
    String state_not_yet_open();

    @Message("closed")
    String state_closed();

    @Message("team report published")
    String published();

    @Message("team report not published")
    String not_published();

    @Message("created {date}")
    String created(String date);

    @Message("opens {time}")
    String opens(String time);

    @Message("closes {time}")
    String closes(String time);

    @Message("{joined} joined, {finished} finished")
    String joined_finished(long joined, long finished);

    @Message("Present (projector)")
    String present_button();

    @Message("Team report")
    String team_button();

    @Message("Close")
    String close();

    @Message("Reopen")
    String reopen();

    @Message("Publish team report")
    String publish();

    @Message("Unpublish team report")
    String unpublish();

    @Message("No answers are in the team report yet: publishing now shows participants an empty report.")
    String publish_empty();

    @Message("Delete…")
    String delete_link();

    @Message("How participants join")
    String how_join();

    @Message("Code at {page}:")
    String code_at(String page);

    @Message("Or the link:")
    String or_link();

    @Message("Join link")
    String join_link();

    @Message("Participants see a link to the team report on their own report. You can also send it:")
    String team_link_note();

    @Message("Team report link")
    String team_link();

    @Message(
            "One row per participant in the team report, with their role (small roles counted as «other») and their scores; no free text.")
    String export_note();

    @Message(
            "The earlier workshop this one was compared with has been deleted: the change since last time uses the figures kept from it when it was last compared.")
    String previous_gone();

    @Message("New workshop")
    String new_title();

    @Message("Client organisation")
    String f_organisation();

    @Message("Questionnaire")
    String f_questionnaire();

    @Message("Roles participants choose from (one per line)")
    String f_roles();

    @Message("Leave as it is for the default roles; «other» is always added.")
    String f_roles_hint();

    @Message("Anonymity threshold")
    String f_threshold();

    @Message("Groups smaller than this are never shown on their own.")
    String f_threshold_hint();

    @Message("Opens (optional, {zone} time)")
    String f_opens(String zone);

    @Message("Closes (optional, {zone} time)")
    String f_closes(String zone);

    @Message("Earlier workshop with this client (optional, to show change)")
    String f_previous();

    @Message("None")
    String f_previous_none();

    @Message("Language of the team report")
    String f_language();

    @Message("Create workshop")
    String f_create();

    @Message("Please fix:")
    String fix();

    @Message("Give the client's name in 1–120 characters.")
    String e_organisation();

    @Message("Choose a questionnaire from the list.")
    String e_questionnaire();

    @Message("A role is longer than 40 characters.")
    String e_roles_long();

    @Message("Offer at most 15 roles.")
    String e_roles_many();

    @Message("Use a whole number from 1 to 50.")
    String e_threshold();

    @Message("Use a date and time like 2026-11-23T09:00.")
    String e_time();

    @Message("The closing time must be after the opening time.")
    String e_closes();

    @Message("Choose an earlier workshop of yours with the same questionnaire.")
    String e_previous();

    @Message("Delete {organisation}")
    String delete_title(String organisation);

    @Message("Delete the workshop for")
    String delete_heading();

    @Message(
            "This deletes the workshop, its {n} responses and every unfinished draft. Participants' report links stop working. This cannot be undone.")
    String delete_text(long n);

    @Message(
            "A later workshop compares itself with this one: once this one is deleted, the later one no longer shows the change since last time.")
    String delete_later();

    @Message("Yes, delete it with all its answers")
    String delete_confirm();

    @Message("Delete workshop")
    String delete_button();

    @Message("Cancel")
    String cancel();

    @Message("Consultant")
    String nav();

    @Message("Workshops")
    String nav_workshops();

    @Message("Leads")
    String nav_leads();

    @Message("Funnel")
    String nav_funnel();

    @Message("API tokens")
    String nav_tokens();

    @Message("Accounts")
    String nav_accounts();

    @Message("Webhooks")
    String nav_webhooks();

    @Message("Partner keys")
    String nav_partners();

    @Message("Sign out")
    String nav_signout();

    @Message("Actions agreed")
    String actions();

    @Message("Actions (CSV)")
    String actions_csv();

    @Message("No actions recorded yet.")
    String actions_none();

    @Message("Actions from last time")
    String actions_last_time();

    @Message("What is to be done")
    String a_what();

    @Message("Owner (function)")
    String a_owner();

    @Message("Due (optional)")
    String a_due();

    @Message("Answers (optional)")
    String a_link();

    @Message("Nothing in particular")
    String a_link_none();

    @Message("Record the action")
    String a_add();

    @Message("Remove")
    String a_remove();

    @Message("due {date}")
    String a_due_by(String date);

    @Message("for {label}")
    String a_for(String label);

    @Message("Action")
    String th_what();

    @Message("Owner")
    String th_owner();

    @Message("Due")
    String th_due();

    @Message("Answers")
    String th_link();

    @Message("In their own words")
    String comments();

    @Message("Comments are listed by question, in no particular order and without anyone's function.")
    String comments_note();

    @Message("Fewer than {threshold} people wrote a comment here, so none are shown: that few could be recognised.")
    String comments_hidden(int threshold);

    @Message("{before} took part last time, {now} this time.")
    String since_participants(int before, int now);

    @Message("Group sizes")
    String since_sizes();

    @Message("Group")
    String th_group();

    @Message("The largest gap between functions")
    String since_gaps();

    @Message("{high} above {low}")
    String since_gap_between(String high, String low);

    @Message("narrower")
    String since_narrower();

    @Message("wider")
    String since_wider();

    @Message("unchanged")
    String since_same();

    @Message("Each function's scores")
    String since_functions();

    @Message(
            "A function below the anonymity threshold in either workshop is counted in “other” and not compared on its own.")
    String since_folded();

    @Message("Warning signs: share of participants")
    String since_signs();

    @Message("Warning sign")
    String th_sign();

    @Message("Who the team says leads each stage")
    String since_stages();

    @Message("new lead")
    String since_lead_changed();

    @Message("Team report")
    String pdf_cover_kind();
}
