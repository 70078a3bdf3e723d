package no.journeydiag.account.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import no.journeydiag.account.persistence.ApiTokenEntity;
import no.journeydiag.account.persistence.ConsultantEntity;
import no.journeydiag.account.persistence.KeyEntity;
import no.journeydiag.account.persistence.PartnerKeyEntity;
import no.journeydiag.account.persistence.SessionEntity;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.DomainException.Conflict;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.Tokens;
import no.journeydiag.config.DiagnosticConfig;

/** Accounts, logins and API tokens. Every secret is stored hashed; only the holder has the token. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    /** Passwords that stop a production start-up when used for the first admin. */
    static final Set<String> WELL_KNOWN = Set.of("admin", "password", "changeme", "change-me", "secret", "123456",
            "12345678", "qwerty", "letmein", "dev-admin-password", "test-admin-password", "administrator");
    static final int MIN_PASSWORD = 12;
    public static final String TOKEN_PREFIX = "jd_";
    public static final String PARTNER_PREFIX = "jdp_";

    /** Compared against when the username is unknown, so a wrong username takes as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-password-" + Tokens.next());

    /** An API token as listed to its owner; the secret itself is never listed. */
    public record TokenInfo(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                            OffsetDateTime revokedAt) { }

    /** An account as listed to admins; {@code leadQuestionnaires}: whose public leads a consultant sees. */
    public record Account(long id, String username, String displayName, String role, boolean enabled,
                          List<String> leadQuestionnaires) { }

    private final DiagnosticConfig config;

    public AccountService(DiagnosticConfig config) {
        this.config = config;
    }

    @Transactional
    public boolean adminExists() {
        return ConsultantEntity.count("role", ConsultantEntity.ADMIN) > 0;
    }

    /** What start-up found: an admin, one made from configuration, or none (a setup link is needed). */
    public enum Bootstrap { EXISTS, CREATED, NEEDS_SETUP }

    /**
     * Creates the first admin from configuration when there is no admin yet. Without a configured
     * password the service still starts and {@link FirstAdminSetup} offers a one-time link. In
     * production a configured password that is short or well known stops start-up: whoever set it
     * meant to use it, and the service would otherwise start with a door anyone can open.
     */
    @Transactional
    public Bootstrap bootstrapAdmin(LaunchMode mode) {
        if (ConsultantEntity.count("role", ConsultantEntity.ADMIN) > 0) {
            return Bootstrap.EXISTS;
        }
        String password = config.admin().password().orElse("");
        if (password.isEmpty()) {
            return Bootstrap.NEEDS_SETUP;
        }
        String problem = weakness(password);
        if (problem != null) {
            if (mode == LaunchMode.NORMAL) {
                throw new IllegalStateException("DIAGNOSTIC_ADMIN_PASSWORD " + problem + ": set one of at least " + MIN_PASSWORD
                        + " characters, or leave it unset to create the first admin through a one-time link");
            }
            LOG.warnf("The first admin gets a weak password (%s); fine for %s mode only", problem, mode);
        }
        create(config.admin().username(), "Administrator", password, ConsultantEntity.ADMIN);
        LOG.infof("Created the first admin account '%s'", config.admin().username());
        return Bootstrap.CREATED;
    }

    public static String weakness(String password) {
        if (password.isBlank()) {
            return "is empty";
        }
        if (WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT))) {
            return "is a well-known password";
        }
        if (password.length() < MIN_PASSWORD) {
            return "is shorter than " + MIN_PASSWORD + " characters";
        }
        return null;
    }

    /** Creates an account; the caller is an admin. Username clashes and weak passwords are 400s. */
    @Transactional
    public Account create(String username, String displayName, String password, String role) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new java.util.ArrayList<>();
        if (!u.matches("[a-z0-9._@-]{3,64}")) {
            errors.add(new FieldError("username", "use 3–64 letters, digits, '.', '_', '-' or '@'"));
        } else if (ConsultantEntity.findByUsername(u) != null) {
            errors.add(new FieldError("username", "this username is taken"));
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            errors.add(new FieldError("displayName", "give a name of 1–120 characters"));
        }
        String weak = password == null ? "is empty" : weakness(password);
        if (weak != null && !(ConsultantEntity.ADMIN.equals(role) && LaunchMode.current() != LaunchMode.NORMAL)) {
            errors.add(new FieldError("password", "the password " + weak + "; use at least " + MIN_PASSWORD + " characters"));
        }
        if (!ConsultantEntity.CONSULTANT.equals(role) && !ConsultantEntity.ADMIN.equals(role)) {
            errors.add(new FieldError("role", "choose consultant or admin"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The account could not be created; see errors.", errors);
        }
        ConsultantEntity c = new ConsultantEntity();
        c.username = u;
        c.displayName = name;
        c.passwordHash = BcryptUtil.bcryptHash(password);
        c.role = role;
        c.enabled = true;
        c.createdAt = now();
        c.persist();
        return account(c);
    }

    @Transactional
    public List<Account> accounts() {
        return ConsultantEntity.<ConsultantEntity>listAll(io.quarkus.panache.common.Sort.by("username")).stream()
                .map(AccountService::account).toList();
    }

    /** Enables or disables an account; disabling also ends its sessions. Admins cannot disable themselves. */
    @Transactional
    public void setEnabled(Consultant admin, long id, boolean enabled) {
        ConsultantEntity c = ConsultantEntity.findById(id);
        if (c == null) {
            throw new NotFound("There is no such account.");
        }
        if (c.id == admin.id() && !enabled) {
            throw new Conflict("You cannot disable yourself",
                    "Ask another admin, so that there is always someone who can sign in.");
        }
        c.enabled = enabled;
        if (!enabled) {
            SessionEntity.delete("consultantId", c.id);
        }
    }

    /**
     * Sets the questionnaires whose public leads (not from workshops) a consultant sees; an admin
     * does this. Unknown questionnaire ids are a 400 and change nothing.
     */
    @Transactional
    public void setLeadQuestionnaires(long id, java.util.Collection<String> questionnaires, java.util.Set<String> known) {
        ConsultantEntity c = ConsultantEntity.findById(id);
        if (c == null) {
            throw new NotFound("There is no such account.");
        }
        List<FieldError> errors = questionnaires.stream().filter(q -> !known.contains(q))
                .map(q -> new FieldError("questionnaire", "there is no questionnaire '" + q + "'")).toList();
        if (!errors.isEmpty()) {
            throw new Invalid("The lead access could not be saved; see errors.", errors);
        }
        c.leadQuestionnaires = String.join(",", new java.util.TreeSet<>(questionnaires));
    }

    /** The questionnaires whose public leads this consultant may see (empty: none). */
    @Transactional
    public java.util.Set<String> leadQuestionnaires(long consultantId) {
        ConsultantEntity c = ConsultantEntity.findById(consultantId);
        return c == null ? java.util.Set.of() : leadScope(c.leadQuestionnaires);
    }

    private static java.util.SortedSet<String> leadScope(String stored) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (String q : (stored == null ? "" : stored).split(",")) {
            if (!q.isBlank()) {
                out.add(q);
            }
        }
        return out;
    }

    /** Checks the password and opens a session; returns the session token, or null when the login fails. */
    @Transactional
    public String login(String username, String password) {
        ConsultantEntity c = username == null ? null
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
    public void logout(String sessionToken) {
        if (Tokens.wellFormed(sessionToken)) {
            SessionEntity.delete("tokenHash", Tokens.hash(sessionToken));
        }
    }

    /** The identity behind a session cookie; an unknown, expired or disabled one fails. */
    @Transactional
    @ActivateRequestContext
    public SecurityIdentity sessionIdentity(String token) {
        SessionEntity s = Tokens.wellFormed(token) ? SessionEntity.find("tokenHash", Tokens.hash(token)).firstResult() : null;
        if (s == null || s.expiresAt.isBefore(now())) {
            throw new AuthenticationFailedException("session expired");
        }
        return identity(ConsultantEntity.findById(s.consultantId));
    }

    /** The identity behind an API token; unknown and revoked tokens fail alike. */
    @Transactional
    @ActivateRequestContext
    public SecurityIdentity tokenIdentity(String token) {
        ApiTokenEntity t = usableKey(ApiTokenEntity.class, TOKEN_PREFIX, token);
        return identity(ConsultantEntity.findById(t.consultantId));
    }

    private static SecurityIdentity identity(ConsultantEntity c) {
        if (c == null || !c.enabled) {
            throw new AuthenticationFailedException("account disabled");
        }
        boolean admin = ConsultantEntity.ADMIN.equals(c.role);
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(c.username))
                .addRole(ConsultantEntity.CONSULTANT)
                .addAttribute(Consultant.ATTRIBUTE, new Consultant(c.id, c.username, c.displayName, admin));
        if (admin) {
            b.addRole(ConsultantEntity.ADMIN);
        }
        return b.build();
    }

    /** The identity behind a partner key; unknown and revoked keys fail alike. */
    @Transactional
    @ActivateRequestContext
    public SecurityIdentity partnerIdentity(String token) {
        PartnerKeyEntity k = usableKey(PartnerKeyEntity.class, PARTNER_PREFIX, token);
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("partner:" + k.name)).addRole(Partner.ROLE)
                .addAttribute(Partner.ATTRIBUTE, new Partner(k.id, k.name, scope(k.questionnaires))).build();
    }

    /** The key behind a bearer token, noting its use; unknown, malformed and revoked keys fail alike. */
    private static <K extends KeyEntity> K usableKey(Class<K> type, String prefix, String token) {
        String secret = token.startsWith(prefix) ? token.substring(prefix.length()) : "";
        K key = null;
        if (Tokens.wellFormed(secret)) {
            key = io.quarkus.hibernate.orm.panache.Panache.getEntityManager(type)
                    .createQuery("from " + type.getSimpleName() + " where tokenHash = ?1", type)
                    .setParameter(1, Tokens.hash(secret)).getResultStream().findFirst().orElse(null);
        }
        if (key == null || key.revokedAt != null) {
            throw new AuthenticationFailedException("unknown or revoked key");
        }
        key.touch(now());
        return key;
    }

    private static java.util.Set<String> scope(String questionnaires) {
        return questionnaires.equals("*") ? java.util.Set.of()
                : java.util.Set.copyOf(java.util.Arrays.asList(questionnaires.split(",")));
    }

    /** A partner key as listed to admins; the secret is never listed. */
    public record PartnerKeyInfo(long id, String name, String prefix, String questionnaires, OffsetDateTime createdAt,
                                 OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) { }

    /** Creates a partner key (admins only); {@code questionnaires} empty means all. Returns the secret, shown once. */
    @Transactional
    public String createPartnerKey(String name, java.util.Collection<String> questionnaires, java.util.Set<String> known) {
        String n = name == null ? "" : name.strip();
        List<FieldError> errors = new java.util.ArrayList<>();
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
        String secret = Tokens.next();
        PartnerKeyEntity k = new PartnerKeyEntity();
        k.name = n;
        k.tokenHash = Tokens.hash(secret);
        k.prefix = PARTNER_PREFIX + secret.substring(0, 6);
        k.questionnaires = questionnaires.isEmpty() ? "*" : String.join(",", new java.util.TreeSet<>(questionnaires));
        k.createdAt = now();
        k.persist();
        return PARTNER_PREFIX + secret;
    }

    @Transactional
    public List<PartnerKeyInfo> partnerKeys() {
        return PartnerKeyEntity.<PartnerKeyEntity>list("order by createdAt desc, id desc").stream()
                .map(k -> new PartnerKeyInfo(k.id, k.name, k.prefix, k.questionnaires, k.createdAt, k.lastUsedAt, k.revokedAt)).toList();
    }

    @Transactional
    public void revokePartnerKey(long id) {
        PartnerKeyEntity k = PartnerKeyEntity.findById(id);
        if (k == null) {
            throw new NotFound("There is no such partner key.");
        }
        if (k.revokedAt == null) {
            k.revokedAt = now();
        }
    }

    /** Creates a token for its owner; the returned value is the only time the secret is seen. */
    @Transactional
    public String createToken(Consultant owner, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 80) {
            throw new Invalid("The token needs a name.",
                    List.of(new FieldError("name", "give a name of 1–80 characters, e.g. where the token is used")));
        }
        String secret = Tokens.next();
        ApiTokenEntity t = new ApiTokenEntity();
        t.tokenHash = Tokens.hash(secret);
        t.prefix = TOKEN_PREFIX + secret.substring(0, 6);
        t.name = n;
        t.consultantId = owner.id();
        t.createdAt = now();
        t.persist();
        return TOKEN_PREFIX + secret;
    }

    @Transactional
    public List<TokenInfo> tokens(Consultant owner) {
        return ApiTokenEntity.<ApiTokenEntity>list("consultantId = ?1 order by createdAt desc", owner.id()).stream()
                .map(t -> new TokenInfo(t.id, t.name, t.prefix, t.createdAt, t.lastUsedAt, t.revokedAt)).toList();
    }

    /** Revokes one of the owner's tokens; someone else's token id is a 404. */
    @Transactional
    public void revokeToken(Consultant owner, long id) {
        ApiTokenEntity t = ApiTokenEntity.findById(id);
        if (t == null || t.consultantId != owner.id()) {
            throw new NotFound("There is no such token.");
        }
        if (t.revokedAt == null) {
            t.revokedAt = now();
        }
    }

    /** Deletes expired sessions; harmless to run on every instance. */
    @io.quarkus.scheduler.Scheduled(every = "1h", delayed = "2m")
    @Transactional
    void deleteExpiredSessions() {
        SessionEntity.delete("expiresAt < ?1", now());
    }

    private static Account account(ConsultantEntity c) {
        return new Account(c.id, c.username, c.displayName, c.role, c.enabled, List.copyOf(leadScope(c.leadQuestionnaires)));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
