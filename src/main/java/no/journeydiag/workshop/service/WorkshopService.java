package no.journeydiag.workshop.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;

import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.persistence.ConsultantEntity;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.JsonText;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.DomainException.Conflict;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.Tokens;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.response.persistence.DraftEntity;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.response.service.ParticipationGate;
import no.journeydiag.workshop.persistence.WorkshopEntity;
import no.journeydiag.workshop.team.Anonymity;
import no.journeydiag.workshop.team.TeamReport;

/**
 * Workshops and who may touch them. Every method that takes a workshop id checks that the
 * consultant owns it (admins may see all); anything else is a 404, so ids cannot be probed.
 */
@ApplicationScoped
public class WorkshopService implements ParticipationGate {

    public static final List<String> DEFAULT_ROLES = List.of("leadership", "marketing", "sales", "product",
            "customer service", "operations", "other");
    public static final int DEFAULT_THRESHOLD = 3;
    static final int MAX_ORGANISATION = 120;
    static final int MAX_ROLE = 40;
    static final int MAX_ROLES = 15;

    /** What a consultant sets when creating a workshop; nulls take the defaults. */
    public record Settings(String organisation, String questionnaire, List<String> roles, Integer anonymityThreshold,
                           OffsetDateTime opensAt, OffsetDateTime closesAt, Long previousWorkshopId) { }

    /** open, not-yet-open or closed, as of now. */
    public enum State {
        OPEN, NOT_YET_OPEN, CLOSED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A workshop as its consultant sees it. */
    public record Workshop(long id, String organisation, String questionnaire, String questionnaireTitle, List<String> roles,
                           int anonymityThreshold, OffsetDateTime opensAt, OffsetDateTime closesAt, boolean closed,
                           boolean published, String joinCode, String joinCodeDisplay, String teamToken, State state,
                           long participants, Long previousWorkshopId, String ownerName, OffsetDateTime createdAt) { }

    /**
     * How far the team report has got: {@code released} responses are in it (released last at
     * {@code releasedAt}), {@code pending} newer ones wait for the workshop to close and for a
     * batch that singles no one out.
     */
    public record Release(long released, long pending, OffsetDateTime releasedAt) {
        public boolean never() {
            return released == 0;
        }
    }

    /** A team report with the questionnaire it is rendered against and how far it has been released. */
    public record Team(Workshop workshop, Questionnaire questionnaire, TeamReport report, Release release) { }

    /**
     * A team report with its released participants grouped as the report groups them (null below
     * the threshold), for the raw-data export.
     */
    public record TeamData(Team team, Anonymity.Layout layout) { }

    /** Participants in the present view: who started (unfinished drafts and finished ones) and who finished. Never by role. */
    public record LiveCounts(long joined, long finished) { }

    /** Finished participants by role, for the workshop page: only roles with at least the threshold; the rest as one number. */
    public record RoleCounts(Map<String, Long> byRole, long otherRoles) { }

    private final QuestionnaireRegistry registry;
    private final TeamReports teams;
    private final JsonText json;

    public WorkshopService(QuestionnaireRegistry registry, TeamReports teams, JsonText json) {
        this.registry = registry;
        this.teams = teams;
        this.json = json;
    }

    /**
     * Creates a workshop, or throws a 400 listing every field problem: those found here and
     * {@code alreadyFound} (e.g. a date the form could not read), so the form shows them all at once.
     */
    @Transactional
    public Workshop create(Consultant owner, Settings s, List<FieldError> alreadyFound) {
        List<FieldError> errors = new ArrayList<>(alreadyFound);
        String org = s.organisation() == null ? "" : s.organisation().strip();
        if (org.isEmpty() || org.length() > MAX_ORGANISATION) {
            errors.add(new FieldError("organisation", "give the client's name in 1–" + MAX_ORGANISATION + " characters"));
        }
        if (s.questionnaire() == null || registry.find(s.questionnaire()).isEmpty()) {
            errors.add(new FieldError("questionnaire", "choose one of: " + registry.all().stream().map(c -> c.questionnaire().id()).collect(java.util.stream.Collectors.joining(", "))));
        }
        List<String> roles = roles(s.roles(), errors);
        int threshold = s.anonymityThreshold() == null ? DEFAULT_THRESHOLD : s.anonymityThreshold();
        if (threshold < 1 || threshold > 50) {
            errors.add(new FieldError("anonymityThreshold", "use a number from 1 to 50"));
        }
        if (s.opensAt() != null && s.closesAt() != null && !s.closesAt().isAfter(s.opensAt())) {
            errors.add(new FieldError("closesAt", "the closing time must be after the opening time"));
        }
        WorkshopEntity previous = null;
        if (s.previousWorkshopId() != null) {
            previous = WorkshopEntity.findById(s.previousWorkshopId());
            if (previous == null || !mayAccess(owner, previous)) {
                errors.add(new FieldError("previousWorkshopId", "there is no workshop of yours with this id"));
            } else if (s.questionnaire() != null && !previous.questionnaire.equals(s.questionnaire())) {
                errors.add(new FieldError("previousWorkshopId", "the earlier workshop used another questionnaire, so scores cannot be compared"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The workshop could not be created; see errors.", errors);
        }
        WorkshopEntity w = new WorkshopEntity();
        w.ownerId = owner.id();
        w.organisation = org;
        w.questionnaire = s.questionnaire();
        w.roles = json.write(roles);
        w.anonymityThreshold = threshold;
        w.opensAt = s.opensAt();
        w.closesAt = s.closesAt();
        w.joinCode = uniqueCode();
        w.teamToken = Tokens.next();
        w.previousId = previous == null ? null : previous.id;
        w.createdAt = now();
        w.persist();
        return view(w);
    }

    private static List<String> roles(List<String> given, List<FieldError> errors) {
        if (given == null || given.stream().allMatch(r -> r == null || r.isBlank())) {
            return DEFAULT_ROLES;
        }
        List<String> roles = new ArrayList<>();
        for (String r : given) {
            String role = r == null ? "" : r.strip().replaceAll("\\s+", " ");
            if (role.isEmpty()) {
                continue;
            }
            if (role.length() > MAX_ROLE) {
                errors.add(new FieldError("roles", "'" + role.substring(0, 20) + "…' is longer than " + MAX_ROLE + " characters"));
            } else if (roles.stream().noneMatch(x -> x.equalsIgnoreCase(role))) {
                roles.add(role);
            }
        }
        if (roles.size() > MAX_ROLES) {
            errors.add(new FieldError("roles", "offer at most " + MAX_ROLES + " roles"));
        }
        if (roles.stream().noneMatch(r -> r.equalsIgnoreCase(TeamReport.OTHER))) {
            roles.add(TeamReport.OTHER); // small roles are folded into it, and not everyone fits a list
        }
        return roles;
    }

    private static String uniqueCode() {
        for (int i = 0; i < 20; i++) {
            String code = JoinCodes.next();
            if (WorkshopEntity.count("joinCode", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after 20 tries");
    }

    @Transactional
    public List<Workshop> list(Consultant who) {
        List<WorkshopEntity> all = who.admin() ? WorkshopEntity.list("order by createdAt desc, id desc")
                : WorkshopEntity.list("ownerId = ?1 order by createdAt desc, id desc", who.id());
        return views(all);
    }

    /** The ids of the workshops {@code who} owns (for an admin too: only their own). */
    @Transactional
    public List<Long> ownedIds(Consultant who) {
        return WorkshopEntity.getEntityManager().createQuery("select w.id from WorkshopEntity w where w.ownerId = ?1", Long.class)
                .setParameter(1, who.id()).getResultList();
    }

    @Transactional
    public Workshop get(Consultant who, long id) {
        return view(owned(who, id));
    }

    /** The workshop if {@code who} may see it; otherwise the same 404 as for an id that does not exist. */
    WorkshopEntity owned(Consultant who, long id) {
        WorkshopEntity w = WorkshopEntity.findById(id);
        if (w == null || !mayAccess(who, w)) {
            throw new NotFound("There is no workshop " + id + " among yours.");
        }
        return w;
    }

    private static boolean mayAccess(Consultant who, WorkshopEntity w) {
        return who.admin() || w.ownerId == who.id();
    }

    @Transactional
    public Workshop setClosed(Consultant who, long id, boolean closed) {
        WorkshopEntity w = owned(who, id);
        w.closed = closed;
        if (!closed && w.closesAt != null && !w.closesAt.isAfter(now())) {
            w.closesAt = null; // reopening after the planned closing time means "open now"
        }
        if (closed && registry.find(w.questionnaire).isPresent()) {
            teams.closed(w);
        }
        return view(w);
    }

    @Transactional
    public Workshop setPublished(Consultant who, long id, boolean published) {
        WorkshopEntity w = owned(who, id);
        w.published = published;
        return view(w);
    }

    /** Deletes the workshop with every draft and response of its participants. */
    @Transactional
    public void delete(Consultant who, long id) {
        WorkshopEntity w = owned(who, id);
        DraftEntity.delete("workshopId", w.id);
        ResponseEntity.delete("workshopId", w.id);
        WorkshopEntity.update("previousId = null where previousId = ?1", w.id);
        w.delete();
        teams.forget(w.id);
    }

    /** The present view's totals, read from the database on every call so that any instance answers alike. */
    @Transactional
    public LiveCounts liveCounts(Consultant who, long id) {
        WorkshopEntity w = owned(who, id);
        long finished = ResponseEntity.count("workshopId", w.id);
        long unfinished = DraftEntity.count("workshopId = ?1 and responseToken is null", w.id);
        return new LiveCounts(unfinished + finished, finished);
    }

    /**
     * Finished participants by role, in the workshop's role order; roles with fewer than the
     * threshold are one "other roles" number, so the page never names a role of one or two.
     */
    @Transactional
    public RoleCounts roleCounts(Consultant who, long id) {
        WorkshopEntity w = owned(who, id);
        Map<String, Long> all = new LinkedHashMap<>();
        roleList(w).forEach(r -> all.put(r, 0L));
        ResponseEntity.getEntityManager().createQuery(
                "select r.participantRole, count(r) from ResponseEntity r where r.workshopId = ?1 group by r.participantRole",
                Object[].class).setParameter(1, w.id).getResultList()
                .forEach(r -> all.merge(r[0] == null ? TeamReport.OTHER : (String) r[0], (Long) r[1], Long::sum));
        Map<String, Long> shown = new LinkedHashMap<>();
        long other = 0;
        for (var e : all.entrySet()) {
            if (e.getValue() >= w.anonymityThreshold) {
                shown.put(e.getKey(), e.getValue());
            } else {
                other += e.getValue();
            }
        }
        return new RoleCounts(shown, other);
    }

    @Transactional
    public Team team(Consultant who, long id) {
        WorkshopEntity w = owned(who, id);
        return teams.team(w, () -> view(w));
    }

    /** The published team report behind a participant's link; unpublished and unknown are the same 404. */
    @Transactional
    public Team publishedTeam(String token) {
        WorkshopEntity w = Tokens.wellFormed(token) ? WorkshopEntity.find("teamToken", token).firstResult() : null;
        if (w == null || !w.published) {
            throw new NotFound("This team report is not available. The consultant may not have shared it yet.");
        }
        return teams.team(w, () -> view(w));
    }

    /** The team report with its released participants, for the raw-data export. */
    @Transactional
    public TeamData teamData(Consultant who, long id) {
        WorkshopEntity w = owned(who, id);
        return teams.data(w, () -> view(w));
    }

    /** The workshop behind a join code (any case, dashes and spaces allowed). */
    @Transactional
    public Optional<Workshop> byCode(String typed) {
        String code = JoinCodes.normalize(typed);
        if (code == null) {
            return Optional.empty();
        }
        return WorkshopEntity.<WorkshopEntity>find("joinCode", code).firstResultOptional().map(this::view);
    }

    /** The participants' link to the team report, when the consultant has published it. */
    @Transactional
    public Optional<String> publishedTeamUrl(Long workshopId) {
        if (workshopId == null) {
            return Optional.empty();
        }
        WorkshopEntity w = WorkshopEntity.findById(workshopId);
        return w != null && w.published ? Optional.of("/t/" + w.teamToken) : Optional.empty();
    }

    @Override
    @Transactional
    public void checkOpen(long workshopId) {
        WorkshopEntity w = WorkshopEntity.findById(workshopId);
        if (w == null) {
            throw new NotFound("This workshop has been deleted.");
        }
        State state = state(w);
        if (state != State.OPEN) {
            throw new Conflict(state == State.CLOSED ? "This workshop is closed" : "This workshop is not open yet",
                    state == State.CLOSED ? "It no longer takes answers. Your answers so far are kept; ask the consultant to reopen it."
                            : "It opens " + w.opensAt + ". Your answers so far are kept; send them once it is open.");
        }
    }

    static State state(WorkshopEntity w) {
        OffsetDateTime now = now();
        if (w.closed || w.closesAt != null && !w.closesAt.isAfter(now)) {
            return State.CLOSED;
        }
        if (w.opensAt != null && w.opensAt.isAfter(now)) {
            return State.NOT_YET_OPEN;
        }
        return State.OPEN;
    }

    List<String> roleList(WorkshopEntity w) {
        return json.read(w.roles, new TypeReference<List<String>>() { });
    }

    private Workshop view(WorkshopEntity w) {
        return views(List.of(w)).get(0);
    }

    /** Views of several workshops with two queries in all (participant counts, owner names), not two per workshop. */
    private List<Workshop> views(List<WorkshopEntity> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = all.stream().map(w -> w.id).toList();
        Map<Long, Long> participants = new java.util.HashMap<>();
        ResponseEntity.getEntityManager().createQuery(
                "select r.workshopId, count(r) from ResponseEntity r where r.workshopId in ?1 group by r.workshopId", Object[].class)
                .setParameter(1, ids).getResultList().forEach(r -> participants.put((Long) r[0], (Long) r[1]));
        Map<Long, String> owners = new java.util.HashMap<>();
        ConsultantEntity.<ConsultantEntity>list("id in ?1", all.stream().map(w -> w.ownerId).distinct().toList())
                .forEach(c -> owners.put(c.id, c.displayName));
        return all.stream().map(w -> new Workshop(w.id, w.organisation, w.questionnaire, title(w.questionnaire), roleList(w),
                w.anonymityThreshold, w.opensAt, w.closesAt, w.closed, w.published, w.joinCode, JoinCodes.display(w.joinCode),
                w.teamToken, state(w), participants.getOrDefault(w.id, 0L), w.previousId, owners.getOrDefault(w.ownerId, ""),
                w.createdAt)).toList();
    }

    private String title(String questionnaire) {
        return registry.find(questionnaire).map(c -> c.questionnaire().title().in("en", c.questionnaire().defaultLocale()))
                .orElse(questionnaire);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
