package no.journeydiag.compare.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.journeydiag.account.service.Roles;
import no.journeydiag.compare.service.Comparisons;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin's command to recount "how you compare" from the stored responses. */
@Path("/api/v1/admin/histograms")
@Tag(name = "Admin")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON)
public class HistogramResource {

    private final Comparisons comparisons;

    public HistogramResource(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @POST
    @Path("/rebuild")
    @Blocking
    @Operation(
            summary = "Rebuild the score histograms",
            description =
                    "Recounts every questionnaire version's score histograms from the responses stored now, so deleted"
                            + " responses stop counting. Safe while people submit: submissions wait for the few seconds it takes.")
    @APIResponse(responseCode = "200", description = "How many responses were counted into how many histograms")
    @APIResponse(responseCode = "401", description = "No token, or an unknown or revoked one")
    @APIResponse(responseCode = "403", description = "The token is not an admin's")
    @APIResponse(responseCode = "503", description = "Submissions did not pause in time; try again")
    public Comparisons.Rebuilt rebuild() {
        return comparisons.rebuild();
    }
}
