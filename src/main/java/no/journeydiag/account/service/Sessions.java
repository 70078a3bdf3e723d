package no.journeydiag.account.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import no.journeydiag.account.persistence.ConsultantEntity;
import no.journeydiag.account.persistence.SessionEntity;
import no.journeydiag.common.Tokens;
import no.journeydiag.common.WhileServing;
import no.journeydiag.config.DiagnosticConfig;

/**
 * Web sign-in: a session per login, kept in the database as a hash of its cookie's token, so any
 * instance can serve it and signing out really ends it.
 */
@ApplicationScoped
public class Sessions {

    /** Compared against when the username is unknown, so a wrong username takes as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-password-" + Tokens.next());

    private final DiagnosticConfig config;

    public Sessions(DiagnosticConfig config) {
        this.config = config;
    }

    /** Checks the password and opens a session; returns the session token, or null when the login fails. */
    @Transactional
    public String signIn(String username, String password) {
        ConsultantEntity c = username == null
                ? null
                : ConsultantEntity.findByUsername(username.trim().toLowerCase(Locale.ROOT));
        boolean ok = BcryptUtil.matches(password == null ? "" : password, c == null ? DUMMY_HASH : c.passwordHash);
        if (c == null || !ok || !c.enabled) {
            return null;
        }
        String token = Tokens.next();
        SessionEntity s = new SessionEntity();
        s.tokenHash = Tokens.hash(token);
        s.consultantId = c.id;
        s.createdAt = now();
        s.expiresAt = s.createdAt.plus(config.auth().sessionTimeout());
        s.persist();
        return token;
    }

    @Transactional
    public void signOut(String sessionToken) {
        if (Tokens.wellFormed(sessionToken)) {
            SessionEntity.delete("tokenHash", Tokens.hash(sessionToken));
        }
    }

    /** The consultant behind a session cookie; empty for an unknown or expired session or a disabled account. */
    @Transactional
    @ActivateRequestContext
    public Optional<Consultant> consultant(String token) {
        SessionEntity s = Tokens.wellFormed(token)
                ? SessionEntity.find("tokenHash", Tokens.hash(token)).firstResult()
                : null;
        if (s == null || s.expiresAt.isBefore(now())) {
            return Optional.empty();
        }
        return Accounts.enabled(s.consultantId);
    }

    /** Ends every session of an account (it was disabled). */
    @Transactional
    void endAll(long consultantId) {
        SessionEntity.delete("consultantId", consultantId);
    }

    /** Deletes expired sessions; harmless to run on every instance. */
    @Scheduled(every = "1h", delayed = "2m", skipExecutionIf = WhileServing.class)
    @Transactional
    void deleteExpired() {
        SessionEntity.delete("expiresAt < ?1", now());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
