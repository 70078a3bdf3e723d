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
import no.journeydiag.common.ProblemException;
import no.journeydiag.common.Tokens;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.response.persistence.DraftEntity;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.response.service.ParticipationGate;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.workshop.persistence.WorkshopEntity;
import no.journeydiag.workshop.team.TeamAggregator;
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

    /** A team report with the questionnaire it is rendered against. */
    public record Team(Workshop workshop, Questionnaire questionnaire, TeamReport report) { }

    /** A team report with the participants it was made from, for the raw-data export. */
    public record TeamData(Team team, List<TeamAggregator.Participant> participants) { }

    /**
     * What a team report is made from: the workshop's responses (their count and newest id:
     * responses are never changed, only added or deleted), its threshold, the linked earlier
     * workshop's alike, and the questionnaire version. Equal keys make equal reports.
     */
    private record TeamKey(long workshopId, long responses, long newest, int threshold, Long previousId, long previousResponses,
                           long previousNewest, int previousThreshold, String questionnaire) { }

    private record Prepared(TeamKey key, Questionnaire questionnaire, TeamReport report) { }

    private final QuestionnaireRegistry registry;
    private final ResponseService responses;
    private final DiagnosticConfig config;
    private final java.util.concurrent.Semaphore teamReports;
    private final JsonText json;
    /** Recently viewed team reports by workshop id, least recently used dropped first (bounded by config). */
    private final Map<Long, Prepared> preparedTeams;

    public WorkshopService(QuestionnaireRegistry registry, ResponseService responses, DiagnosticConfig config, JsonText json) {
        this.registry = registry;
        this.responses = responses;
        this.config = config;
        this.teamReports = new java.util.concurrent.Semaphore(config.workshops().concurrentTeamReports(), true);
        this.json = json;
        int keep = config.workshops().keptTeamReports();
        this.preparedTeams = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Prepared> eldest) {
                return size() > keep;
            }
        });
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
            throw ProblemException.invalid("The workshop could not be created; see errors.", errors);
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

    @Transactional
    public Workshop get(Consultant who, long id) {
        return view(owned(who, id));
    }

    /** The workshop if {@code who} may see it; otherwise the same 404 as for an id that does not exist. */
    WorkshopEntity owned(Consultant who, long id) {
        WorkshopEntity w = WorkshopEntity.findById(id);
        if (w == null || !mayAccess(who, w)) {
            throw ProblemException.notFound("There is no workshop " + id + " among yours.");
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
        preparedTeams.remove(w.id);
    }

    /** Participants so far by role (completed responses), for the present view. No answers, only counts. */
    @Transactional
    public Map<String, Long> countsByRole(Consultant who, long id) {
        WorkshopEntity w = owned(who, id);
        Map<String, Long> counts = new LinkedHashMap<>();
        roleList(w).forEach(r -> counts.put(r, 0L));
        List<Object[]> rows = ResponseEntity.getEntityManager().createQuery(
                "select r.participantRole, count(r) from ResponseEntity r where r.workshopId = ?1 group by r.participantRole",
                Object[].class).setParameter(1, w.id).getResultList();
        rows.forEach(r -> counts.merge((String) r[0], (Long) r[1], Long::sum));
        return counts;
    }

    @Transactional
    public Team team(Consultant who, long id) {
        return team(owned(who, id));
    }

    /** The published team report behind a participant's link; unpublished and unknown are the same 404. */
    @Transactional
    public Team publishedTeam(String token) {
        WorkshopEntity w = Tokens.wellFormed(token) ? WorkshopEntity.find("teamToken", token).firstResult() : null;
        if (w == null || !w.published) {
            throw ProblemException.notFound("This team report is not available. The consultant may not have shared it yet.");
        }
        return team(w);
    }

    /** The team report with every participant's answers and scores, read afresh (not kept: several MB for a large workshop). */
    @Transactional
    public TeamData teamData(Consultant who, long id) {
        WorkshopEntity w = owned(who, id);
        return withPermit(() -> {
            Questionnaire q = current(w);
            List<TeamAggregator.Participant> participants = participants(w.id);
            return new TeamData(new Team(view(w), q, aggregate(w, q, participants)), participants);
        });
    }

    /**
     * The team report, made again only when what it is made from changed (one small query tells):
     * a published report opened by a whole room at once is prepared once per instance, not once
     * per participant. Kept per instance; the key makes every instance's copy exact.
     */
    private Team team(WorkshopEntity w) {
        Questionnaire q = current(w);
        TeamKey key = key(w, q);
        Prepared kept = preparedTeams.get(w.id);
        if (kept == null || !kept.key().equals(key)) {
            kept = withPermit(() -> {
                Prepared again = preparedTeams.get(w.id); // made meanwhile by a request that held a permit first?
                if (again != null && again.key().equals(key)) {
                    return again;
                }
                Prepared made = new Prepared(key, q, aggregate(w, q, participants(w.id)));
                preparedTeams.put(w.id, made);
                return made;
            });
        }
        return new Team(view(w), kept.questionnaire(), kept.report());
    }

    private <T> T withPermit(java.util.function.Supplier<T> work) {
        // Unbounded, 64 concurrent reports of a 2,000-person workshop ran a 256 MB heap out of memory.
        try {
            if (!teamReports.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw ProblemException.unavailable("Many team reports are being prepared right now. Try again in a few seconds.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("The team report was interrupted. Try again.");
        }
        try {
            return work.get();
        } finally {
            teamReports.release();
        }
    }

    private Questionnaire current(WorkshopEntity w) {
        return registry.find(w.questionnaire).map(QuestionnaireRegistry.Current::questionnaire).orElse(null);
    }

    private TeamKey key(WorkshopEntity w, Questionnaire q) {
        long[] own = responseStamp(w.id);
        WorkshopEntity p = w.previousId == null ? null : WorkshopEntity.findById(w.previousId);
        long[] previous = p == null ? new long[] {0, 0} : responseStamp(p.id);
        return new TeamKey(w.id, own[0], own[1], w.anonymityThreshold, p == null ? null : p.id, previous[0], previous[1],
                p == null ? 0 : p.anonymityThreshold, q == null ? "" : q.id() + "@" + q.version() + "#" + q.contentHash());
    }

    /** How many responses a workshop has and the newest one's id. */
    private static long[] responseStamp(long workshopId) {
        Object[] row = (Object[]) ResponseEntity.getEntityManager()
                .createQuery("select count(r), coalesce(max(r.id), 0) from ResponseEntity r where r.workshopId = ?1")
                .setParameter(1, workshopId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private TeamReport aggregate(WorkshopEntity w, Questionnaire q, List<TeamAggregator.Participant> participants) {
        TeamReport previous = null;
        if (w.previousId != null) {
            WorkshopEntity p = WorkshopEntity.findById(w.previousId);
            if (p != null) {
                previous = TeamAggregator.aggregate(q, participants(p.id), p.anonymityThreshold, config.workshops().gapThreshold(), null);
            }
        }
        return TeamAggregator.aggregate(q, participants, w.anonymityThreshold, config.workshops().gapThreshold(), previous);
    }

    private List<TeamAggregator.Participant> participants(long workshopId) {
        List<ResponseEntity> rows = ResponseEntity.list("workshopId = ?1 order by id", workshopId);
        List<TeamAggregator.Participant> out = new ArrayList<>(rows.size());
        for (ResponseEntity e : rows) {
            ResponseService.Stored s = responses.stored(e);
            out.add(new TeamAggregator.Participant(e.participantRole == null ? TeamReport.OTHER : e.participantRole,
                    s.answers(), s.result()));
        }
        return out;
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
            throw ProblemException.notFound("This workshop has been deleted.");
        }
        State state = state(w);
        if (state != State.OPEN) {
            throw new ProblemException(409, state == State.CLOSED ? "This workshop is closed" : "This workshop is not open yet",
                    state == State.CLOSED ? "It no longer takes answers. Your answers so far are kept; ask the consultant to reopen it."
                            : "It opens " + w.opensAt + ". Your answers so far are kept; send them once it is open.", List.of());
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
