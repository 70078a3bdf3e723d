package no.journeydiag.workshop.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.common.DomainException.Conflict;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.JsonText;
import no.journeydiag.common.Tokens;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.response.service.ParticipationGate;
import no.journeydiag.workshop.persistence.WorkshopEntity;
import no.journeydiag.workshop.persistence.WorkshopRepository;
import no.journeydiag.workshop.persistence.WorkshopResponses;
import no.journeydiag.workshop.service.Workshop.State;
import no.journeydiag.workshop.team.TeamReport;

/**
 * Workshops and their state: creating, listing, closing, publishing and deleting them, and
 * whether one takes answers. Every method that takes a workshop id asks {@link WorkshopAccess}.
 */
@ApplicationScoped
public class Workshops implements ParticipationGate {

    public static final List<String> DEFAULT_ROLES =
            List.of("leadership", "marketing", "sales", "product", "customer service", "operations", "other");
    public static final int DEFAULT_THRESHOLD = 3;
    static final int MAX_ORGANISATION = 120;
    static final int MAX_ROLE = 40;
    static final int MAX_ROLES = 15;

    /** What a consultant sets when creating a workshop; nulls take the defaults. */
    public record Settings(
            String organisation,
            String questionnaire,
            List<String> roles,
            Integer anonymityThreshold,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            Long previousWorkshopId,
            String language) {

        /** The team report opens in each reader's own language. */
        public Settings(
                String organisation,
                String questionnaire,
                List<String> roles,
                Integer anonymityThreshold,
                OffsetDateTime opensAt,
                OffsetDateTime closesAt,
                Long previousWorkshopId) {
            this(organisation, questionnaire, roles, anonymityThreshold, opensAt, closesAt, previousWorkshopId, null);
        }
    }

    /** The languages a team report can be set to open in. */
    public static final List<String> LANGUAGES = List.of("en", "nb");

    private final QuestionnaireRegistry registry;
    private final WorkshopRepository workshops;
    private final WorkshopResponses responses;
    private final WorkshopAccess access;
    private final WorkshopViews views;
    private final JoinCodes codes;
    private final TeamReports teams;
    private final JsonText json;

    Workshops(
            QuestionnaireRegistry registry,
            WorkshopRepository workshops,
            WorkshopResponses responses,
            WorkshopAccess access,
            WorkshopViews views,
            JoinCodes codes,
            TeamReports teams,
            JsonText json) {
        this.registry = registry;
        this.workshops = workshops;
        this.responses = responses;
        this.access = access;
        this.views = views;
        this.codes = codes;
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
            errors.add(
                    new FieldError("organisation", "give the client's name in 1–" + MAX_ORGANISATION + " characters"));
        }
        if (s.questionnaire() == null || registry.find(s.questionnaire()).isEmpty()) {
            errors.add(new FieldError(
                    "questionnaire",
                    "choose one of: "
                            + registry.all().stream()
                                    .map(c -> c.questionnaire().id())
                                    .collect(Collectors.joining(", "))));
        }
        List<String> roles = roles(s.roles(), errors);
        int threshold = s.anonymityThreshold() == null ? DEFAULT_THRESHOLD : s.anonymityThreshold();
        if (threshold < 1 || threshold > 50) {
            errors.add(new FieldError("anonymityThreshold", "use a number from 1 to 50"));
        }
        if (s.opensAt() != null && s.closesAt() != null && !s.closesAt().isAfter(s.opensAt())) {
            errors.add(new FieldError("closesAt", "the closing time must be after the opening time"));
        }
        WorkshopEntity previous = previous(owner, s, errors);
        String language = s.language() == null || s.language().isBlank() ? null : s.language();
        if (language != null && !LANGUAGES.contains(language)) {
            errors.add(new FieldError("language", "choose one of: " + String.join(", ", LANGUAGES)));
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
        w.joinCode = codes.unused();
        w.teamToken = Tokens.next();
        w.previousId = previous == null ? null : previous.id;
        w.language = language;
        w.createdAt = now();
        w.persist();
        return views.view(w);
    }

    /** The earlier workshop a new one is compared with, if the settings name one the owner may see with the same questionnaire. */
    private WorkshopEntity previous(Consultant owner, Settings s, List<FieldError> errors) {
        if (s.previousWorkshopId() == null) {
            return null;
        }
        WorkshopEntity previous = workshops.find(s.previousWorkshopId()).orElse(null);
        if (previous == null || !WorkshopAccess.mayAccess(owner, previous)) {
            errors.add(new FieldError("previousWorkshopId", "there is no workshop of yours with this id"));
        } else if (s.questionnaire() != null && !previous.questionnaire.equals(s.questionnaire())) {
            errors.add(new FieldError(
                    "previousWorkshopId",
                    "the earlier workshop used another questionnaire, so scores cannot be compared"));
        }
        return previous;
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
                errors.add(new FieldError(
                        "roles", "'" + role.substring(0, 20) + "…' is longer than " + MAX_ROLE + " characters"));
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

    @Transactional
    public List<Workshop> list(Consultant who) {
        return views.views(who.admin() ? workshops.all() : workshops.ownedBy(who.id()));
    }

    /** The ids of the workshops {@code who} owns (for an admin too: only their own). */
    @Transactional
    public List<Long> ownedIds(Consultant who) {
        return workshops.idsOwnedBy(who.id());
    }

    @Transactional
    public Workshop get(Consultant who, long id) {
        return views.view(access.owned(who, id));
    }

    @Transactional
    public Workshop setClosed(Consultant who, long id, boolean closed) {
        WorkshopEntity w = access.owned(who, id);
        w.closed = closed;
        if (!closed && w.closesAt != null && !w.closesAt.isAfter(now())) {
            w.closesAt = null; // reopening after the planned closing time means "open now"
        }
        if (closed && registry.find(w.questionnaire).isPresent()) {
            teams.closed(w);
        }
        return views.view(w);
    }

    @Transactional
    public Workshop setPublished(Consultant who, long id, boolean published) {
        WorkshopEntity w = access.owned(who, id);
        w.published = published;
        return views.view(w);
    }

    /** Deletes the workshop with every draft and response of its participants. */
    @Transactional
    public void delete(Consultant who, long id) {
        WorkshopEntity w = access.owned(who, id);
        teams.keepForLinked(w);
        responses.deleteAll(w.id);
        workshops.unlinkFrom(w.id);
        w.delete();
        teams.forget(w.id);
    }

    /** The participants' link to the team report, when the consultant has published it. */
    @Transactional
    public Optional<String> publishedTeamUrl(Long workshopId) {
        if (workshopId == null) {
            return Optional.empty();
        }
        return workshops.find(workshopId).filter(w -> w.published).map(w -> "/t/" + w.teamToken);
    }

    @Override
    @Transactional
    public void checkOpen(long workshopId) {
        WorkshopEntity w =
                workshops.find(workshopId).orElseThrow(() -> new NotFound("This workshop has been deleted."));
        State state = state(w);
        if (state != State.OPEN) {
            throw new Conflict(
                    state == State.CLOSED ? "This workshop is closed" : "This workshop is not open yet",
                    state == State.CLOSED
                            ? "It no longer takes answers. Your answers so far are kept; ask the consultant to reopen it."
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

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
