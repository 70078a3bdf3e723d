package no.journeydiag.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.journeydiag.account.persistence.PartnerKeyEntity;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;

/** Partner keys ({@code jdp_…}) for the partner feeds, scoped to questionnaires; admins create and revoke them. */
@ApplicationScoped
public class PartnerKeys {

    public static final String PREFIX = "jdp_";

    /** A partner key as listed to admins; the secret is never listed. */
    public record KeyInfo(
            long id,
            String name,
            String prefix,
            String questionnaires,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {}

    /** Creates a partner key (admins only); {@code questionnaires} empty means all. Returns the secret, shown once. */
    @Transactional
    public String create(String name, Collection<String> questionnaires, Set<String> known) {
        String n = name == null ? "" : name.strip();
        List<FieldError> errors = new ArrayList<>();
        if (n.isEmpty() || n.length() > 80) {
            errors.add(new FieldError("name", "give the partner's name in 1–80 characters"));
        }
        for (String q : questionnaires) {
            if (!known.contains(q)) {
                errors.add(new FieldError("questionnaires", "there is no questionnaire '" + q + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The key could not be created; see errors.", errors);
        }
        PartnerKeyEntity k = new PartnerKeyEntity();
        k.questionnaires = questionnaires.isEmpty() ? "*" : String.join(",", new TreeSet<>(questionnaires));
        return Keys.issue(k, PREFIX, n);
    }

    @Transactional
    public List<KeyInfo> list() {
        return PartnerKeyEntity.<PartnerKeyEntity>list("order by createdAt desc, id desc").stream()
                .map(k -> new KeyInfo(k.id, k.name, k.prefix, k.questionnaires, k.createdAt, k.lastUsedAt, k.revokedAt))
                .toList();
    }

    @Transactional
    public void revoke(long id) {
        PartnerKeyEntity k = PartnerKeyEntity.findById(id);
        if (k == null) {
            throw new NotFound("There is no such partner key.");
        }
        Keys.revoke(k);
    }

    /** The partner behind a bearer key; empty for an unknown or revoked key. */
    @Transactional
    @ActivateRequestContext
    public Optional<Partner> partner(String token) {
        return Keys.usable(PartnerKeyEntity.class, PREFIX, token)
                .map(k -> new Partner(k.id, k.name, scope(k.questionnaires)));
    }

    private static Set<String> scope(String questionnaires) {
        return questionnaires.equals("*") ? Set.of() : Set.copyOf(Arrays.asList(questionnaires.split(",")));
    }
}
