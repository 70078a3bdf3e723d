package no.journeydiag.workshop.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.Tokens;
import no.journeydiag.workshop.persistence.WorkshopEntity;
import no.journeydiag.workshop.persistence.WorkshopRepository;

/**
 * Who may see and change which workshop. A consultant may touch only their own workshops (admins
 * all); any other id is the same 404 as one that does not exist, so ids cannot be probed. A
 * published team report opens to whoever holds its link. Callers hold the transaction.
 */
@ApplicationScoped
class WorkshopAccess {

    private final WorkshopRepository workshops;

    WorkshopAccess(WorkshopRepository workshops) {
        this.workshops = workshops;
    }

    /** The workshop if {@code who} may see it; otherwise the same 404 as for an id that does not exist. */
    WorkshopEntity owned(Consultant who, long id) {
        return workshops
                .find(id)
                .filter(w -> mayAccess(who, w))
                .orElseThrow(() -> new NotFound("There is no workshop " + id + " among yours."));
    }

    static boolean mayAccess(Consultant who, WorkshopEntity w) {
        return who.admin() || w.ownerId == who.id();
    }

    /** The workshop behind a participant's team report link; unpublished and unknown are the same 404. */
    WorkshopEntity published(String teamToken) {
        Optional<WorkshopEntity> w = Tokens.wellFormed(teamToken) ? workshops.byTeamToken(teamToken) : Optional.empty();
        return w.filter(x -> x.published)
                .orElseThrow(() ->
                        new NotFound("This team report is not available. The consultant may not have shared it yet."));
    }
}
