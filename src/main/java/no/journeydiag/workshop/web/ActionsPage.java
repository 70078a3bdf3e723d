package no.journeydiag.workshop.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.workshop.service.WorkshopActions;

/**
 * Recording the actions agreed in the room, from the workshop page or the presenter view's last
 * slide; back to where the form was (only those two places: no open redirect).
 */
@Path("/consultant/workshops/{id}/actions")
@RolesAllowed(Roles.CONSULTANT)
public class ActionsPage {

    private final WorkshopActions actions;
    private final SecurityIdentity identity;

    public ActionsPage(WorkshopActions actions, SecurityIdentity identity) {
        this.actions = actions;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(
            @PathParam("id") long id,
            @FormParam("what") String what,
            @FormParam("owner") String owner,
            @FormParam("due") String due,
            @FormParam("link") String link,
            @FormParam("back") String back) {
        actions.add(Consultant.of(identity), id, what, owner, due, link);
        return back(id, back);
    }

    @POST
    @Path("{action}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id, @PathParam("action") long action, @FormParam("back") String back) {
        actions.remove(Consultant.of(identity), id, action);
        return back(id, back);
    }

    private static Response back(long id, String back) {
        String to = switch (back == null ? "" : back) {
            case "present" -> "/consultant/workshops/" + id + "/present?reveal=1#actions";
            case "report" -> "/consultant/workshops/" + id + "/report#actions";
            default -> "/consultant/workshops/" + id;
        };
        return Response.seeOther(URI.create(to)).build();
    }
}
