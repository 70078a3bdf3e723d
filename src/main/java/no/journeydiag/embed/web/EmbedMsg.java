package no.journeydiag.embed.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the embed pages' own messages; Norwegian in messages/embed_nb.properties. */
@MessageBundle(value = "embed", locale = "en")
public interface EmbedMsg {

    @Message("This assessment is not available")
    String unknown_title();

    @Message(
            "The assessment this page points to does not exist, or no longer does. The site that shows it may need to update its address.")
    String unknown_text();
}
