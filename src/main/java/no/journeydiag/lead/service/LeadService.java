package no.journeydiag.lead.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.journeydiag.common.Csv;
import no.journeydiag.common.DomainException.Conflict;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.lead.event.LeadCaptured;
import no.journeydiag.lead.persistence.LeadEntity;
import no.journeydiag.questionnaire.model.LeadCapture;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.response.service.Stored;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contact details given with a result, only with consent; sent on as lead.captured webhooks. */
@ApplicationScoped
public class LeadService {

    /** What a person typed; blank fields are absent. */
    public record LeadForm(String email, String name, String company, String role, String phone, Boolean consent) {}

    /** A stored lead as its holder and the webhook see it. */
    public record Lead(
            String email,
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String company,
            @Schema(nullable = true) String role,
            @Schema(nullable = true) String phone,
            String locale,
            String consentVersion,
            OffsetDateTime consentedAt) {}

    static final String EMAIL =
            "^[^\\s@\"<>(),;:\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";
    static final String PHONE = "^\\+?[0-9][0-9 ()-]{4,22}[0-9]$";

    private final ResponseService responses;
    private final jakarta.enterprise.event.Event<LeadCaptured> captured;
    private final DiagnosticConfig config;

    public LeadService(
            ResponseService responses, jakarta.enterprise.event.Event<LeadCaptured> captured, DiagnosticConfig config) {
        this.responses = responses;
        this.captured = captured;
        this.config = config;
    }

    /**
     * Stores (or replaces) the lead of the result behind {@code token}. Without consent, with an
     * invalid email or phone, or with a field the questionnaire does not ask for, nothing is stored
     * and every problem is listed.
     */
    @Transactional
    public Lead capture(String token, LeadForm form) {
        Stored stored = responses.byToken(token);
        LeadCapture rule = stored.questionnaire().leadCapture();
        if (!rule.on()) {
            throw new Conflict("This questionnaire does not collect contact details", "Nothing was stored.");
        }
        if (stored.workshopId() != null) {
            // A lead ties a name to one participant's report and answers: the consultant would see who said what.
            throw new Conflict(
                    "Workshop answers are anonymous",
                    "Answers given in a workshop are not linked to contact details. Nothing was stored.");
        }
        List<FieldError> errors = new ArrayList<>();
        String email = clean(form.email());
        if (email == null) {
            errors.add(new FieldError("email", "enter your email address"));
        } else if (email.length() > 254 || !email.matches(EMAIL)) {
            errors.add(new FieldError("email", "enter an email address like name@example.com"));
        }
        String name = optional(rule, "name", form.name(), 120, errors);
        String company = optional(rule, "company", form.company(), 120, errors);
        String role = optional(rule, "role", form.role(), 120, errors);
        String phone = optional(rule, "phone", form.phone(), 30, errors);
        if (phone != null && !phone.matches(PHONE)) {
            errors.add(new FieldError("phone", "enter a phone number of digits, spaces and an optional leading +"));
        }
        if (!Boolean.TRUE.equals(form.consent())) {
            errors.add(new FieldError("consent", "tick the box to agree; without consent nothing is stored"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The contact details need fixing; nothing was stored.", errors);
        }
        LeadEntity lead = LeadEntity.find("responseId", stored.id()).firstResult();
        if (lead == null) {
            lead = new LeadEntity();
            lead.responseId = stored.id();
        }
        lead.questionnaire = stored.questionnaireId();
        lead.email = email;
        lead.name = name;
        lead.company = company;
        lead.role = role;
        lead.phone = phone;
        lead.locale = stored.locale();
        lead.consentVersion = rule.consentVersion();
        lead.consentText =
                rule.consent().in(stored.locale(), stored.questionnaire().defaultLocale());
        lead.consentedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        lead.persist();
        Lead view = view(lead);
        captured.fire(new LeadCaptured(stored, view));
        return view;
    }

    private static String optional(LeadCapture rule, String field, String value, int max, List<FieldError> errors) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        if (!rule.asks(field)) {
            errors.add(new FieldError(field, "this questionnaire does not ask for " + field));
        } else if (v.length() > max) {
            errors.add(new FieldError(field, "use at most " + max + " characters"));
        }
        return v;
    }

    /** Trimmed, control characters refused by treating them as absent text; blank is null. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip().replaceAll("\\p{Cntrl}", " ");
        return v.isEmpty() ? null : v;
    }

    /** Whether a lead was given with this result: one index lookup, no row loaded. */
    @Transactional
    public boolean given(long responseId) {
        return LeadEntity.existsFor(responseId);
    }

    @Transactional
    public Optional<Lead> forResult(long responseId) {
        return LeadEntity.<LeadEntity>find("responseId", responseId)
                .firstResultOptional()
                .map(LeadService::view);
    }

    /**
     * Whose leads someone may see: {@code all} (admins), or those of public responses (never from
     * a workshop) to the {@code questionnaires} an admin allowed.
     */
    public record Scope(boolean all, java.util.Set<String> questionnaires) {

        public static final Scope ALL = new Scope(true, java.util.Set.of());

        /** The JPQL condition on lead {@code l}, with its parameters put in {@code params}. */
        String where(Map<String, Object> params) {
            if (all) {
                return "1 = 1";
            }
            if (questionnaires.isEmpty()) {
                return "1 = 0";
            }
            params.put("allowed", List.copyOf(questionnaires));
            return "(l.questionnaire in :allowed and l.responseId in (select r.id from ResponseEntity r where r.workshopId is null))";
        }
    }

    /** The leads in {@code scope} (optionally of one questionnaire) as CSV, newest first, formulas neutralised. */
    @Transactional
    public String csv(Scope scope, String questionnaire) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scope.where(params);
        if (questionnaire != null && !questionnaire.isBlank()) {
            where += " and l.questionnaire = :questionnaire";
            params.put("questionnaire", questionnaire);
        }
        var query = LeadEntity.getEntityManager()
                .createQuery(
                        "select l from LeadEntity l where " + where + " order by l.consentedAt desc, l.id desc",
                        LeadEntity.class);
        params.forEach(query::setParameter);
        List<LeadEntity> leads = query.getResultList();
        Map<Long, ResponseEntity> byId = new LinkedHashMap<>();
        if (!leads.isEmpty()) {
            ResponseEntity.<ResponseEntity>list(
                            "id in ?1", leads.stream().map(l -> l.responseId).toList())
                    .forEach(r -> byId.put(r.id, r));
        }
        String base = PublicUrls.configured(config);
        StringBuilder out = new StringBuilder(Csv.row(List.of(
                "consented_at",
                "questionnaire",
                "email",
                "name",
                "company",
                "role",
                "phone",
                "locale",
                "consent_version",
                "report_url")));
        // One column per hidden field any of these responses carries (hidden:utm_source…), in the order
        // first met; Csv.row neutralises a value that looks like a formula.
        Map<Long, Map<String, String>> hidden = new LinkedHashMap<>();
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        byId.forEach((id, r) -> {
            hidden.put(id, hidden(r));
            fields.addAll(hidden.get(id).keySet());
        });
        if (!fields.isEmpty()) {
            out.setLength(out.length() - 2); // the header's CRLF: the hidden columns go on the same line
            out.append(',')
                    .append(Csv.row(fields.stream().map(f -> "hidden:" + f).toList()));
        }
        for (LeadEntity l : leads) {
            ResponseEntity r = byId.get(l.responseId);
            List<String> row = new ArrayList<>(java.util.Arrays.asList(
                    l.consentedAt.toString(),
                    l.questionnaire,
                    l.email,
                    l.name,
                    l.company,
                    l.role,
                    l.phone,
                    l.locale,
                    l.consentVersion,
                    r == null ? "" : base + "/r/" + r.reportToken));
            Map<String, String> h = hidden.getOrDefault(l.responseId, Map.of());
            fields.forEach(f -> row.add(h.get(f)));
            out.append(Csv.row(row));
        }
        return out.toString();
    }

    /** A lead for a partner's feed, with the result token of the report it came with. */
    public record FedLead(
            long id,
            String questionnaire,
            String email,
            String name,
            String company,
            String role,
            String phone,
            String locale,
            String consentVersion,
            OffsetDateTime consentedAt,
            String resultToken,
            Map<String, String> hidden) {}

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The hidden-field values stored with a response, in their stored order; empty when none. */
    static Map<String, String> hidden(ResponseEntity r) {
        if (r == null || r.attribution == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(
                    r.attribution,
                    new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, String>>() {});
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored attribution is not JSON", e);
        }
    }

    /**
     * Leads of public responses after the window's cursor, oldest first, of the {@code questionnaires}
     * listed (all when empty). Never workshop participants' leads: a lead ties their name to their
     * report link and answers.
     */
    @Transactional
    public List<FedLead> feed(no.journeydiag.common.Feed.Window w, java.util.Collection<String> questionnaires) {
        StringBuilder q = new StringBuilder(
                        "responseId in (select r.id from ResponseEntity r where r.workshopId is null) and ")
                .append(w.where("consentedAt"));
        List<Object> params = w.params();
        if (!questionnaires.isEmpty()) {
            q.append(" and questionnaire in ?3");
            params.add(List.copyOf(questionnaires));
        }
        List<LeadEntity> rows = LeadEntity.<LeadEntity>find(q + " order by consentedAt, id", params.toArray())
                .page(0, w.limit())
                .list();
        Map<Long, ResponseEntity> byId = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            ResponseEntity.<ResponseEntity>list(
                            "id in ?1", rows.stream().map(l -> l.responseId).toList())
                    .forEach(r -> byId.put(r.id, r));
        }
        return rows.stream()
                .map(l -> new FedLead(
                        l.id,
                        l.questionnaire,
                        l.email,
                        l.name,
                        l.company,
                        l.role,
                        l.phone,
                        l.locale,
                        l.consentVersion,
                        l.consentedAt,
                        byId.get(l.responseId) == null ? null : byId.get(l.responseId).reportToken,
                        hidden(byId.get(l.responseId))))
                .toList();
    }

    /** A lead as its holder's leads page lists it; {@code reportToken} is null if the report is gone. */
    public record Listed(
            String questionnaire,
            String name,
            String email,
            String consentVersion,
            String consentText,
            OffsetDateTime consentedAt,
            String reportToken) {}

    /** The newest {@code limit} leads in {@code scope}, newest first. */
    @Transactional
    public List<Listed> newest(Scope scope, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        var query = LeadEntity.getEntityManager()
                .createQuery(
                        "select l from LeadEntity l where " + scope.where(params)
                                + " order by l.consentedAt desc, l.id desc",
                        LeadEntity.class)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        List<LeadEntity> leads = query.getResultList();
        Map<Long, String> tokens = new java.util.HashMap<>();
        if (!leads.isEmpty()) {
            ResponseEntity.<ResponseEntity>list(
                            "id in ?1", leads.stream().map(l -> l.responseId).toList())
                    .forEach(r -> tokens.put(r.id, r.reportToken));
        }
        return leads.stream()
                .map(l -> new Listed(
                        l.questionnaire,
                        l.name,
                        l.email,
                        l.consentVersion,
                        l.consentText,
                        l.consentedAt,
                        tokens.get(l.responseId)))
                .toList();
    }

    /** How many leads in {@code scope}, by questionnaire. */
    @Transactional
    public Map<String, Long> counts(Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        var query = LeadEntity.getEntityManager()
                .createQuery(
                        "select l.questionnaire, count(l) from LeadEntity l where " + scope.where(params)
                                + " group by l.questionnaire order by l.questionnaire",
                        Object[].class);
        params.forEach(query::setParameter);
        Map<String, Long> counts = new LinkedHashMap<>();
        query.getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    static Lead view(LeadEntity l) {
        return new Lead(l.email, l.name, l.company, l.role, l.phone, l.locale, l.consentVersion, l.consentedAt);
    }
}
