package no.journeydiag.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.journeydiag.account.persistence.ApiTokenEntity;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;

/** Consultants' personal API tokens ({@code jd_…}): shown once, stored hashed, revocable by their owner. */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "jd_";

    /** An API token as listed to its owner; the secret itself is never listed. */
    public record TokenInfo(
            long id,
            String name,
            String prefix,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {}

    /** Creates a token for its owner; the returned value is the only time the secret is seen. */
    @Transactional
    public String create(Consultant owner, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 80) {
            throw new Invalid(
                    "The token needs a name.",
                    List.of(new FieldError("name", "give a name of 1–80 characters, e.g. where the token is used")));
        }
        ApiTokenEntity t = new ApiTokenEntity();
        t.consultantId = owner.id();
        return Keys.issue(t, PREFIX, n);
    }

    @Transactional
    public List<TokenInfo> list(Consultant owner) {
        return ApiTokenEntity.<ApiTokenEntity>list("consultantId = ?1 order by createdAt desc", owner.id()).stream()
                .map(t -> new TokenInfo(t.id, t.name, t.prefix, t.createdAt, t.lastUsedAt, t.revokedAt))
                .toList();
    }

    /** Revokes one of the owner's tokens; someone else's token id is a 404. */
    @Transactional
    public void revoke(Consultant owner, long id) {
        ApiTokenEntity t = ApiTokenEntity.findById(id);
        if (t == null || t.consultantId != owner.id()) {
            throw new NotFound("There is no such token.");
        }
        Keys.revoke(t);
    }

    /** The consultant behind a bearer token; empty for an unknown or revoked token or a disabled account. */
    @Transactional
    @ActivateRequestContext
    public Optional<Consultant> consultant(String token) {
        return Keys.usable(ApiTokenEntity.class, PREFIX, token).flatMap(t -> Accounts.enabled(t.consultantId));
    }
}
