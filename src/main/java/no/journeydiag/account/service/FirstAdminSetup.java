package no.journeydiag.account.service;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.Tokens;
import no.journeydiag.config.DiagnosticConfig;
import org.jboss.logging.Logger;

/**
 * The first admin: made at start-up from DIAGNOSTIC_ADMIN_PASSWORD, or, without one, by whoever
 * opens a one-time link printed at start-up (256 random bits; only its hash is stored). Every link
 * stops working once an admin exists.
 */
@ApplicationScoped
public class FirstAdminSetup {

    private static final Logger LOG = Logger.getLogger(FirstAdminSetup.class);

    /** What start-up found: an admin, one made from configuration, or none (a setup link is needed). */
    public enum Bootstrap {
        EXISTS,
        CREATED,
        NEEDS_SETUP
    }

    private final EntityManager em;
    private final Accounts accounts;
    private final Sessions sessions;
    private final DiagnosticConfig config;

    public FirstAdminSetup(EntityManager em, Accounts accounts, Sessions sessions, DiagnosticConfig config) {
        this.em = em;
        this.accounts = accounts;
        this.sessions = sessions;
        this.config = config;
    }

    /**
     * Creates the first admin from configuration when there is no admin yet. Without a configured
     * password the service still starts and a one-time link is offered. In production a configured
     * password that is short or well known stops start-up: whoever set it meant to use it, and the
     * service would otherwise start with a door anyone can open.
     */
    @Transactional
    public Bootstrap bootstrapAdmin(LaunchMode mode) {
        if (accounts.adminExists()) {
            return Bootstrap.EXISTS;
        }
        String password = config.admin().password().orElse("");
        if (password.isEmpty()) {
            return Bootstrap.NEEDS_SETUP;
        }
        String problem = PasswordPolicy.weakness(password);
        if (problem != null) {
            if (mode == LaunchMode.NORMAL) {
                throw new IllegalStateException(
                        "DIAGNOSTIC_ADMIN_PASSWORD " + problem + ": set one of at least " + PasswordPolicy.MIN_LENGTH
                                + " characters, or leave it unset to create the first admin through a one-time link");
            }
            LOG.warnf("The first admin gets a weak password (%s); fine for %s mode only", problem, mode);
        }
        accounts.create(config.admin().username(), "Administrator", password, Roles.ADMIN);
        LOG.infof("Created the first admin account '%s'", config.admin().username());
        return Bootstrap.CREATED;
    }

    /** A new setup link's token; earlier ones stay valid until an admin exists. */
    @Transactional
    public String newToken() {
        String token = Tokens.next();
        em.createNativeQuery("INSERT INTO setup_token (token_hash, created_at) VALUES (?1, ?2)")
                .setParameter(1, Tokens.hash(token))
                .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return token;
    }

    /** True while no admin exists and {@code token} is one of the printed links. */
    @Transactional
    public boolean usable(String token) {
        if (!Tokens.wellFormed(token) || accounts.adminExists()) {
            return false;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM setup_token WHERE token_hash = ?1")
                                .setParameter(1, Tokens.hash(token))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /**
     * Creates the first admin and signs them in (returns the session token). The link is used up in
     * the same transaction, so of two people opening it at once only one becomes admin; if the
     * account cannot be created (a weak password, say) nothing changes and the link still works.
     */
    @Transactional
    public String createAdmin(String token, String username, String displayName, String password, String confirmation) {
        if (!usable(token)) {
            throw new NotFound(
                    "This setup link is not valid (any more). If an admin account exists, sign in at /login.");
        }
        if (password != null && !password.equals(confirmation)) {
            throw new Invalid(
                    "The account could not be created; see errors.",
                    List.of(new FieldError("confirmation", "the two passwords differ")));
        }
        int used = em.createNativeQuery("DELETE FROM setup_token WHERE token_hash = ?1")
                .setParameter(1, Tokens.hash(token))
                .executeUpdate();
        if (used == 0) {
            throw new NotFound("This setup link has just been used.");
        }
        em.createNativeQuery("DELETE FROM setup_token").executeUpdate();
        accounts.create(username, displayName, password, Roles.ADMIN);
        em.flush(); // a username taken meanwhile fails here, inside the transaction that spent the link
        return sessions.signIn(username, password);
    }
}
