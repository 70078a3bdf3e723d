package no.journeydiag.account.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the first-admin setup page; Norwegian in messages/setup_nb.properties. Templates use {setup:key}. */
@MessageBundle(value = "setup", locale = "en")
public interface SetupMsg {

    @Message("Create the first admin account")
    String title();

    @Message(
            "This service has no admin account yet. The account you create here can sign in, create consultant accounts"
                    + " and run workshops. This link works once.")
    String intro();

    @Message("Username")
    String username();

    @Message("Your name")
    String display_name();

    @Message("Password")
    String password();

    @Message("At least 12 characters. A passphrase of a few words is good.")
    String password_help();

    @Message("Password again")
    String confirmation();

    @Message("Create account and sign in")
    String submit();

    @Message("This setup link cannot be used")
    String gone_title();

    @Message("It has been used already, or it was copied incompletely. If an admin account exists, sign in instead.")
    String gone_text();

    @Message("Sign in")
    String sign_in();

    @Message("Please fix the fields marked below.")
    String fix();
}
