package no.journeydiag.account.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import no.journeydiag.account.persistence.ConsultantEntity;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.Tokens;

/**
 * The first admin on a service started without DIAGNOSTIC_ADMIN_PASSWORD: start-up prints a
 * one-time link (256 random bits; only its hash is stored), and whoever opens it creates the admin
 * account. Every link stops working once an admin exists.
 */
@ApplicationScoped
public class FirstAdminSetup {

    private final EntityManager em;
    private final AccountService accounts;

    public FirstAdminSetup(EntityManager em, AccountService accounts) {
        this.em = em;
        this.accounts = accounts;
    }

    /** A new setup link's token; earlier ones stay valid until an admin exists. */
    @Transactional
    public String newToken() {
        String token = Tokens.next();
        em.createNativeQuery("INSERT INTO setup_token (token_hash, created_at) VALUES (?1, ?2)")
                .setParameter(1, Tokens.hash(token)).setParameter(2, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        return token;
    }

    /** True while no admin exists and {@code token} is one of the printed links. */
    @Transactional
    public boolean usable(String token) {
        if (!Tokens.wellFormed(token) || accounts.adminExists()) {
            return false;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM setup_token WHERE token_hash = ?1")
                .setParameter(1, Tokens.hash(token)).getSingleResult()).longValue() > 0;
    }

    /**
     * Creates the first admin and signs them in (returns the session token). The link is used up in
     * the same transaction, so of two people opening it at once only one becomes admin; if the
     * account cannot be created (a weak password, say) nothing changes and the link still works.
     */
    @Transactional
    public String createAdmin(String token, String username, String displayName, String password, String confirmation) {
        if (!usable(token)) {
            throw new NotFound("This setup link is not valid (any more). If an admin account exists, sign in at /login.");
        }
        if (password != null && !password.equals(confirmation)) {
            throw new Invalid("The account could not be created; see errors.",
                    List.of(new FieldError("confirmation", "the two passwords differ")));
        }
        int used = em.createNativeQuery("DELETE FROM setup_token WHERE token_hash = ?1")
                .setParameter(1, Tokens.hash(token)).executeUpdate();
        if (used == 0) {
            throw new NotFound("This setup link has just been used.");
        }
        em.createNativeQuery("DELETE FROM setup_token").executeUpdate();
        accounts.create(username, displayName, password, ConsultantEntity.ADMIN);
        em.flush(); // a username taken meanwhile fails here, inside the transaction that spent the link
        return accounts.login(username, password);
    }
}
