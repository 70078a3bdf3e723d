package no.journeydiag.account.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import no.journeydiag.account.persistence.ConsultantEntity;
import no.journeydiag.common.DomainException.Conflict;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;

/** Consultant and admin accounts: creating, listing, enabling and disabling them, and whose public leads each sees. */
@ApplicationScoped
public class Accounts {

    private final Sessions sessions;

    public Accounts(Sessions sessions) {
        this.sessions = sessions;
    }

    @Transactional
    public boolean adminExists() {
        return ConsultantEntity.count("role", Roles.ADMIN) > 0;
    }

    /** Creates an account; the caller is an admin. Username clashes and weak passwords are 400s. */
    @Transactional
    public Account create(String username, String displayName, String password, String role) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!u.matches("[a-z0-9._@-]{3,64}")) {
            errors.add(new FieldError("username", "use 3–64 letters, digits, '.', '_', '-' or '@'"));
        } else if (ConsultantEntity.findByUsername(u) != null) {
            errors.add(new FieldError("username", "this username is taken"));
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            errors.add(new FieldError("displayName", "give a name of 1–120 characters"));
        }
        String weak = PasswordPolicy.refusal(password, role);
        if (weak != null) {
            errors.add(new FieldError(
                    "password",
                    "the password " + weak + "; use at least " + PasswordPolicy.MIN_LENGTH + " characters"));
        }
        if (!Roles.CONSULTANT.equals(role) && !Roles.ADMIN.equals(role)) {
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
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        c.persist();
        return account(c);
    }

    @Transactional
    public List<Account> accounts() {
        return ConsultantEntity.<ConsultantEntity>listAll(Sort.by("username")).stream()
                .map(Accounts::account)
                .toList();
    }

    /** Enables or disables an account; disabling also ends its sessions. Admins cannot disable themselves. */
    @Transactional
    public void setEnabled(Consultant admin, long id, boolean enabled) {
        ConsultantEntity c = existing(id);
        if (c.id == admin.id() && !enabled) {
            throw new Conflict(
                    "You cannot disable yourself",
                    "Ask another admin, so that there is always someone who can sign in.");
        }
        c.enabled = enabled;
        if (!enabled) {
            sessions.endAll(c.id);
        }
    }

    /**
     * Sets the questionnaires whose public leads (not from workshops) a consultant sees; an admin
     * does this. Unknown questionnaire ids are a 400 and change nothing.
     */
    @Transactional
    public void setLeadQuestionnaires(long id, Collection<String> questionnaires, Set<String> known) {
        ConsultantEntity c = existing(id);
        List<FieldError> errors = questionnaires.stream()
                .filter(q -> !known.contains(q))
                .map(q -> new FieldError("questionnaire", "there is no questionnaire '" + q + "'"))
                .toList();
        if (!errors.isEmpty()) {
            throw new Invalid("The lead access could not be saved; see errors.", errors);
        }
        c.leadQuestionnaires = String.join(",", new TreeSet<>(questionnaires));
    }

    /** The questionnaires whose public leads this consultant may see (empty: none). */
    @Transactional
    public Set<String> leadQuestionnaires(long consultantId) {
        ConsultantEntity c = ConsultantEntity.findById(consultantId);
        return c == null ? Set.of() : leadScope(c.leadQuestionnaires);
    }

    /** The consultant behind a credential that names account {@code id}, unless the account is gone or disabled. */
    static Optional<Consultant> enabled(long id) {
        ConsultantEntity c = ConsultantEntity.findById(id);
        if (c == null || !c.enabled) {
            return Optional.empty();
        }
        return Optional.of(new Consultant(c.id, c.username, c.displayName, Roles.ADMIN.equals(c.role)));
    }

    private static ConsultantEntity existing(long id) {
        ConsultantEntity c = ConsultantEntity.findById(id);
        if (c == null) {
            throw new NotFound("There is no such account.");
        }
        return c;
    }

    private static SortedSet<String> leadScope(String stored) {
        SortedSet<String> out = new TreeSet<>();
        for (String q : (stored == null ? "" : stored).split(",")) {
            if (!q.isBlank()) {
                out.add(q);
            }
        }
        return out;
    }

    private static Account account(ConsultantEntity c) {
        return new Account(
                c.id, c.username, c.displayName, c.role, c.enabled, List.copyOf(leadScope(c.leadQuestionnaires)));
    }
}
