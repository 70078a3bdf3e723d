package no.journeydiag.mail.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The "E-mail my report" form, its pages and the e-mail itself; Norwegian in messages/mail_nb.properties. */
@MessageBundle(value = "mail", locale = "en")
public interface MailMsg {

    @Message("E-mail the link")
    String form_title();

    @Message("Your e-mail address")
    String form_label();

    @Message("We send the link to this report, with its summary, once. We do not keep the address.")
    String form_note();

    @Message("Send")
    String form_submit();

    @Message("Enter an e-mail address like name@example.com.")
    String error_address();

    @Message("Enter your e-mail address.")
    String error_missing();

    @Message("The link is on its way")
    String sent_title();

    @Message("We have sent the link to your report to {address}. If it does not arrive in a few minutes, look in the"
            + " spam folder.")
    String sent_text(String address);

    @Message("Back to the report")
    String back();

    @Message("The link could not be sent")
    String problem_title();

    @Message("This report has been sent by e-mail as often as we allow in an hour. Copy its link from the report page,"
            + " or try again in an hour.")
    String limited();

    @Message("You have asked for as many reports by e-mail as we allow from one connection in an hour. Copy the link"
            + " from the report page, or try again in an hour.")
    String limited_client();

    @Message(
            "The e-mail could not be sent just now. Copy the link from the report page, or try again in a few minutes.")
    String unavailable();

    @Message("Your report: {title}")
    String subject(String title);

    @Message("Here is the link to your report \"{title}\":")
    String body_intro(String title);

    @Message("The three things to do first:")
    String body_priorities();

    @Message("Nothing needs fixing first.")
    String body_none();

    @Message("Anyone with the link can read the report, so share it only with people you trust. You can delete the"
            + " report from its page.")
    String body_share();

    @Message("You get this e-mail because it was asked for on the report page. Your address has not been saved.")
    String body_why();
}
