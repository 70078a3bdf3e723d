package no.journeydiag.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import no.journeydiag.common.DomainException;
import no.journeydiag.common.FieldError;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.webhook.persistence.TargetEntity;

/** Admins' management of the app's webhook targets: add, edit, disable, delete, rotate the secret, test. */
@ApplicationScoped
public class WebhookTargets {

    public static final List<String> EVENTS = List.of(WebhookEvent.RESPONSE_COMPLETED, WebhookEvent.LEAD_CAPTURED);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** What an admin sends to add or change a target; null {@code events} or {@code questionnaires} means all. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(
            name = "WebhookTargetInput",
            description = "A target to add or change; on a change, omitted fields stay as they are",
            example =
                    "{\"name\": \"crm\", \"url\": \"https://crm.example.com/hooks/diagnostic\", \"events\": [\"response.completed\", \"lead.captured\"], \"questionnaires\": [\"quick-check\"], \"enabled\": true}")
    public record Input(String name, String url, List<String> events, List<String> questionnaires, Boolean enabled) {}

    /** A target as admins see it: never its secret. {@code rotatingUntil} is set while the old secret still signs. */
    public record View(
            Long id,
            String name,
            String url,
            List<String> events,
            List<String> questionnaires,
            boolean enabled,
            boolean managed,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true)
            OffsetDateTime rotatingUntil) {}

    /** A target with its secret, returned once: when it is made or rotated. */
    public record WithSecret(View target, String secret) {}

    private final DiagnosticConfig config;
    private final Targets targets;
    private final Outbox outbox;
    private final QuestionnaireRegistry registry;
    private final AddressGuard.Dns dns;

    public WebhookTargets(
            DiagnosticConfig config,
            Targets targets,
            Outbox outbox,
            QuestionnaireRegistry registry,
            AddressGuard.Dns dns) {
        this.config = config;
        this.targets = targets;
        this.outbox = outbox;
        this.registry = registry;
        this.dns = dns;
    }

    @Transactional
    public List<View> list() {
        OffsetDateTime now = now();
        List<View> views = new ArrayList<>();
        for (Targets.Target t : targets.configured()) {
            views.add(new View(null, t.name(), t.url(), t.events(), t.questionnaires(), true, false, null));
        }
        for (TargetEntity e : TargetEntity.<TargetEntity>listAll(io.quarkus.panache.common.Sort.by("name"))) {
            views.add(view(e, now));
        }
        return views;
    }

    @Transactional
    public View get(String name) {
        return list().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(() -> notFound(name));
    }

    @Transactional
    public WithSecret create(Input in) {
        List<FieldError> errors = new ArrayList<>();
        String name = in == null || in.name() == null ? "" : in.name().trim();
        if (!NAME.matcher(name).matches()) {
            errors.add(new FieldError(
                    "name",
                    "Give a name of 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit."));
        } else if (targets.configured().stream().anyMatch(t -> t.name().equals(name))
                || TargetEntity.count("name", name) > 0) {
            errors.add(new FieldError("name", "A target named '" + name + "' exists already; choose another name."));
        }
        TargetEntity t = new TargetEntity();
        apply(t, in, errors, true);
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid("The webhook target was not saved; fix the fields named.", errors);
        }
        OffsetDateTime now = now();
        t.name = name;
        t.secret = Signatures.newSecret();
        t.enabled = in.enabled() == null || in.enabled();
        t.createdAt = now;
        t.updatedAt = now;
        t.persist();
        return new WithSecret(view(t, now), t.secret);
    }

    @Transactional
    public View update(String name, Input in) {
        TargetEntity t = entity(name);
        List<FieldError> errors = new ArrayList<>();
        if (in != null && in.name() != null && !in.name().trim().equals(t.name)) {
            errors.add(new FieldError(
                    "name", "A target's name cannot change (deliveries are kept under it); leave it out."));
        }
        apply(t, in, errors, false);
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid("The webhook target was not saved; fix the fields named.", errors);
        }
        if (in != null && in.enabled() != null) {
            t.enabled = in.enabled();
        }
        t.updatedAt = now();
        return view(t, now());
    }

    @Transactional
    public void delete(String name) {
        entity(name).delete();
    }

    /** A new secret; the old one keeps signing (as a second signature) for {@code webhooks.rotation-overlap}. */
    @Transactional
    public WithSecret rotate(String name) {
        TargetEntity t = entity(name);
        OffsetDateTime now = now();
        t.previousSecret = t.secret;
        t.previousUntil = now.plus(config.webhooks().rotationOverlap());
        t.secret = Signatures.newSecret();
        t.updatedAt = now;
        return new WithSecret(view(t, now), t.secret);
    }

    /** Queues a webhook.test event for the target named (configured or managed); returns its event id. */
    @Transactional
    public String test(String name) {
        Targets.Target t = targets.named(name).orElseThrow(() -> notFound(name));
        if (!t.enabled()) {
            throw new DomainException.Conflict(
                    "The target is disabled",
                    "Enable the webhook target '" + name + "' before sending it a test event.");
        }
        return outbox.test(t.name());
    }

    private void apply(TargetEntity t, Input in, List<FieldError> errors, boolean creating) {
        String url = in == null || in.url() == null ? null : in.url().trim();
        if (url != null || creating) {
            if (url == null || url.isEmpty()) {
                errors.add(new FieldError("url", "Give the https:// URL events are POSTed to."));
            } else if (url.length() > 2000) {
                errors.add(new FieldError("url", "The URL may have at most 2,000 characters."));
            } else {
                AddressGuard.Decision d = AddressGuard.check(
                        url, config.webhooks().allowHttp(), config.webhooks().allowLoopback(), dns);
                if (!d.allowed() && !d.temporary()) {
                    errors.add(new FieldError("url", "This URL cannot receive events: " + d.refusal() + "."));
                } else {
                    t.url = url;
                }
            }
        }
        if (in != null && in.events() != null || creating) {
            List<String> events =
                    in == null || in.events() == null || in.events().isEmpty() ? EVENTS : in.events();
            List<String> unknown =
                    events.stream().filter(e -> !EVENTS.contains(e)).toList();
            if (!unknown.isEmpty()) {
                errors.add(new FieldError(
                        "events",
                        "Unknown event " + String.join(", ", unknown) + "; use response.completed or lead.captured."));
            } else {
                t.events = String.join(",", new LinkedHashSet<>(events));
            }
        }
        if (in != null && in.questionnaires() != null || creating) {
            List<String> qs = in == null
                            || in.questionnaires() == null
                            || in.questionnaires().isEmpty()
                    ? List.of("*")
                    : in.questionnaires().stream().map(String::trim).toList();
            List<String> unknown = qs.stream()
                    .filter(q -> !q.equals("*") && registry.find(q).isEmpty())
                    .toList();
            if (!unknown.isEmpty()) {
                errors.add(new FieldError(
                        "questionnaires",
                        "No questionnaire " + String.join(", ", unknown) + "; give questionnaire ids, or * for all."));
            } else {
                t.questionnaires = String.join(",", new LinkedHashSet<>(qs));
            }
        }
    }

    private TargetEntity entity(String name) {
        if (targets.configured().stream().anyMatch(t -> t.name().equals(name))) {
            throw new DomainException.Conflict(
                    "Set in the configuration file",
                    "The webhook target '" + name + "' is set in the service's configuration; change it there.");
        }
        TargetEntity t = TargetEntity.find("name", name).firstResult();
        if (t == null) {
            throw notFound(name);
        }
        return t;
    }

    private static DomainException.NotFound notFound(String name) {
        return new DomainException.NotFound("There is no webhook target named '" + name + "'.");
    }

    private static View view(TargetEntity e, OffsetDateTime now) {
        Targets.Target t = Targets.of(e, now);
        return new View(
                e.id,
                e.name,
                e.url,
                t.events(),
                t.questionnaires(),
                e.enabled,
                true,
                t.secrets().size() > 1 ? e.previousUntil : null);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
