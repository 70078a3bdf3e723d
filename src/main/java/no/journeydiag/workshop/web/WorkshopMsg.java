package no.journeydiag.workshop.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The workshop's own words: the presenter view, the team report's by-function parts and the
 * consultant's workshop pages. Norwegian in messages/ws_nb.properties; templates use {ws:key}.
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

    @Message("{n} participants")
    String slide_participants(int n);

    @Message("Overall score")
    String slide_overall();

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
}
