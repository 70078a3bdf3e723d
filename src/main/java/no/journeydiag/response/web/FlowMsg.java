package no.journeydiag.response.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What the answer flow says about saving and fixing answers. Norwegian in messages/flow_nb.properties; {flow:key}. */
@MessageBundle(value = "flow", locale = "en")
public interface FlowMsg {

    @Message("{#if count == 1}1 answer to fix{#else}{count} answers to fix{/if}")
    String fix_count(int count);

    @Message("This page was open too long to save it. Your answers are still here: check them and press “Next” again.")
    String expired_kept();

    @Message("Your answers are saved as you give them. To continue on another day or device, keep this link:")
    String keep_link();

    @Message("This workshop is closed")
    String closed_title();

    @Message(
            "The workshop leader has closed it, so it takes no more answers. Your answers so far are kept, but they are not part of the team report.")
    String closed_text();

    @Message("If the workshop leader opens it again, you can go on from this link:")
    String closed_reopen();

    @Message("This workshop has been deleted, and your answers with it.")
    String gone_title();
}
