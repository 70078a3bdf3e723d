package no.journeydiag.account.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The consultant's and admin's own pages: sign-in, accounts, API tokens, partner keys and leads.
 * Norwegian in messages/consultant_nb.properties; templates use {consultant:key}. The navigation
 * stays in the workshop bundle, which already has it.
 */
@MessageBundle(value = "consultant", locale = "en")
public interface ConsultantMsg {

    @Message("Consultant sign-in")
    String login_title();

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("Sign in")
    String sign_in();

    @Message("Taking an assessment with your team? You do not need an account:")
    String login_participant();

    @Message("enter the workshop code")
    String login_join();

    @Message("Your session has ended. Please sign in again.")
    String login_expired();

    @Message("You are signed out.")
    String login_out();

    @Message("Too many failed attempts from your address. Wait a minute and try again.")
    String login_too_many();

    @Message("Wrong username or password, or the account is disabled.")
    String login_wrong();

    @Message("Please fix:")
    String fix();

    @Message("Accounts")
    String accounts_title();

    @Message("Name")
    String col_name();

    @Message("Role")
    String col_role();

    @Message("Status")
    String col_status();

    @Message("Consultant")
    String role_consultant();

    @Message("Admin")
    String role_admin();

    @Message("active")
    String active();

    @Message("disabled")
    String disabled();

    @Message("Enable")
    String enable();

    @Message("Disable")
    String disable();

    @Message("New account")
    String new_account();

    @Message("Initial password (at least {min} characters)")
    String initial_password(int min);

    @Message("Create account")
    String create_account();

    @Message(
            "Tick the questionnaires whose public leads a consultant may see. Workshop answers never carry contact details.")
    String accounts_leads_hint();

    @Message("API tokens")
    String tokens_title();

    @Message("Use a token to read your workshops through the REST API:")
    String tokens_intro();

    @Message("A token acts as you; revoke it as soon as it is no longer needed.")
    String tokens_acts();

    @Message("Your new token.")
    String tokens_new();

    @Message("Copy it now: it is shown only this once.")
    String shown_once();

    @Message("Token")
    String token();

    @Message("Name (where the token is used)")
    String token_name();

    @Message("Create token")
    String create_token();

    @Message("Your tokens")
    String your_tokens();

    @Message("No tokens yet.")
    String no_tokens();

    @Message("Starts with")
    String col_starts();

    @Message("Created")
    String col_created();

    @Message("Last used")
    String col_last_used();

    @Message("never")
    String never();

    @Message("revoked {date}")
    String revoked(String date);

    @Message("Revoke")
    String revoke();

    @Message("Partner keys")
    String partners_title();

    @Message(
            "A partner key lets a partner's server read the completed results and the consented leads of the questionnaires it covers:")
    String partners_intro();

    @Message("The new key.")
    String partners_new();

    @Message("Key")
    String key();

    @Message("Partner")
    String col_partner();

    @Message("Questionnaires (none ticked: all)")
    String partners_questionnaires();

    @Message("Create key")
    String create_key();

    @Message("Keys")
    String keys();

    @Message("No partner keys yet.")
    String no_keys();

    @Message("Questionnaires")
    String col_questionnaires();

    @Message("all")
    String all_questionnaires();

    @Message("Leads")
    String leads_title();

    @Message(
            "Contact details people gave with their result, each with the consent text and version they agreed to. Handle the export as personal data: keep it only as long as you need it.")
    String leads_intro();

    @Message("No leads yet. Questionnaires ask for contact details when their YAML has")
    String leads_none();

    @Message("By questionnaire")
    String leads_by_questionnaire();

    @Message("Download all leads (CSV)")
    String leads_download_all();

    @Message("Newest first")
    String leads_newest();

    @Message("The newest {shown} of {total} are shown here; the CSV has them all.")
    String leads_shown(String shown, String total);

    @Message("Given")
    String col_given();

    @Message("Questionnaire")
    String col_questionnaire();

    @Message("Email")
    String col_email();

    @Message("Consent")
    String col_consent();

    @Message("Report")
    String col_report();

    @Message("version {version}")
    String consent_version(String version);

    @Message("Open the report")
    String open_report();

    @Message("use 3–64 lower-case letters, digits, '.', '_', '-' or '@'")
    String e_username();

    @Message("this username is taken")
    String e_username_taken();

    @Message("give a name of 1–120 characters")
    String e_display_name();

    @Message("the password is too weak; use at least {min} characters that are not a well-known password")
    String e_password(int min);

    @Message("choose consultant or admin")
    String e_role();

    @Message("there is no such questionnaire")
    String e_questionnaire();

    @Message("give a name of 1–80 characters, e.g. where the token is used")
    String e_token_name();

    @Message("give the partner's name in 1–80 characters")
    String e_partner_name();
}
