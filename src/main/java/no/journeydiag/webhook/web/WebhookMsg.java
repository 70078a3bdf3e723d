package no.journeydiag.webhook.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the webhook admin pages; Norwegian in messages/wh_nb.properties. Templates use {wh:key}. */
@MessageBundle(value = "wh", locale = "en")
public interface WebhookMsg {

    @Message("Webhooks")
    String title();

    @Message("Targets")
    String targets();

    @Message("No targets yet. Add one below, or name one in the configuration file (docs/webhooks.md).")
    String no_targets();

    @Message("Name")
    String name();

    @Message("URL")
    String url();

    @Message("Events")
    String events();

    @Message("Questionnaires")
    String questionnaires();

    @Message("State")
    String state();

    @Message("Enabled")
    String enabled();

    @Message("Disabled")
    String disabled();

    @Message("Configuration file")
    String configured();

    @Message("Edit")
    String edit();

    @Message("Send a test event")
    String test();

    @Message("A webhook.test event is queued for this target. Its delivery is listed below.")
    String tested();

    @Message("Add a target")
    String add();

    @Message("Lower-case letters, digits and hyphens; it cannot change later.")
    String name_help();

    @Message("Where events are POSTed: https://…")
    String url_help();

    @Message("Questionnaire ids separated by commas, or * for all.")
    String questionnaires_help();

    @Message("Add")
    String add_submit();

    @Message("Save")
    String save();

    @Message("Delete this target")
    String delete();

    @Message("Rotate the secret")
    String rotate();

    @Message(
            "The old secret keeps signing beside the new one until {until}, so you can switch the receiver without losing an event.")
    String rotating(String until);

    @Message("The signing secret")
    String secret_title();

    @Message(
            "Copy it to the receiver now: it is shown only this once. Verify deliveries with a Standard Webhooks library.")
    String secret_text();

    @Message("Back to webhooks")
    String back();

    @Message("Fix these to save the target:")
    String fix();

    @Message("Recent deliveries")
    String deliveries();

    @Message("No events yet.")
    String no_deliveries();

    @Message("Created")
    String created();

    @Message("Event")
    String event();

    @Message("Target")
    String target();

    @Message("Status")
    String status();

    @Message("Attempts")
    String attempts();

    @Message("Last problem")
    String last_problem();

    @Message("next {at}")
    String next(String at);

    @Message("Retry now")
    String retry();

    @Message("Delivery {id}")
    String delivery(long id);

    @Message("Sequence {n} for its result")
    String sequence(int n);

    @Message("Attempt history")
    String history();

    @Message("No attempt yet.")
    String no_attempts();

    @Message("Time")
    String time();

    @Message("HTTP status")
    String http_status();

    @Message("Problem")
    String problem();

    @Message("Duration")
    String duration();

    @Message("{ms} ms")
    String ms(int ms);

    @Message("pending")
    String status_pending();

    @Message("delivered")
    String status_delivered();

    @Message("failed")
    String status_failed();

    @Message("Give a name of 1 to 64 lower-case letters, digits and hyphens that no other target has.")
    String err_name();

    @Message("Give an https:// URL on the public internet.")
    String err_url();

    @Message("Choose response.completed, lead.captured or both.")
    String err_events();

    @Message("Give questionnaire ids that exist, separated by commas, or *.")
    String err_questionnaires();

    @Message("Norsk")
    String other_language();

    @Message("nb")
    String other_locale();

    @Message("The target answered {status}.")
    String error_answered(String status);

    @Message("The target answered {status}; redirects are not followed.")
    String error_redirected(String status);

    @Message("The target {name} is no longer configured.")
    String error_gone(String name);

    @Message("The target {name} is disabled.")
    String error_disabled(String name);

    @Message("Could not deliver (network: {detail}).")
    String error_unreachable(String detail);

    @Message("Not sent yet: {detail}.")
    String error_not_sent(String detail);

    @Message("Blocked, never contacted: {detail}.")
    String error_blocked(String detail);

    @Message("Interrupted while sending.")
    String error_interrupted();
}
