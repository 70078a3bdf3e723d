package no.journeydiag.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.webhook.persistence.TargetEntity;

/**
 * Every webhook target, from the configuration file and from the app, as one list. Read from the
 * database each time, so a target an admin adds on one instance is used by all of them at once.
 */
@ApplicationScoped
public class Targets {

    /** A target; {@code managed} ones were added in the app and have an {@code id}. */
    public record Target(
            String name,
            String url,
            List<String> secrets,
            List<String> events,
            List<String> questionnaires,
            boolean enabled,
            boolean managed,
            Long id) {

        public boolean wants(String type, String questionnaire) {
            return enabled
                    && events.contains(type)
                    && (questionnaires.contains("*") || questionnaires.contains(questionnaire));
        }
    }

    /** Where {@link #forEvents} keeps the list for the rest of its transaction. */
    private static final Object IN_TRANSACTION = new Object();

    private final DiagnosticConfig config;
    private final jakarta.transaction.TransactionSynchronizationRegistry transactions;

    public Targets(DiagnosticConfig config, jakarta.transaction.TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.transactions = transactions;
    }

    /**
     * {@link #all}, read once per transaction: a group commit writes the events of many
     * submissions in one transaction, and none of them changes the targets.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Target> forEvents() {
        List<Target> kept = (List<Target>) transactions.getResource(IN_TRANSACTION);
        if (kept == null) {
            kept = List.copyOf(all());
            transactions.putResource(IN_TRANSACTION, kept);
        }
        return kept;
    }

    /** Configuration targets first (in name order), then the app's, enabled or not. */
    @Transactional
    public List<Target> all() {
        List<Target> all = new ArrayList<>(configured());
        OffsetDateTime now = OffsetDateTime.now();
        for (TargetEntity t : TargetEntity.<TargetEntity>listAll(io.quarkus.panache.common.Sort.by("name"))) {
            all.add(of(t, now));
        }
        return all;
    }

    @Transactional
    public Optional<Target> named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public List<Target> configured() {
        return config.webhooks().targets().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Target(
                        e.getKey(),
                        e.getValue().url(),
                        List.of(e.getValue().secret()),
                        e.getValue().events(),
                        e.getValue().questionnaires(),
                        true,
                        false,
                        null))
                .toList();
    }

    static Target of(TargetEntity t, OffsetDateTime now) {
        List<String> secrets = t.previousSecret != null && t.previousUntil != null && t.previousUntil.isAfter(now)
                ? List.of(t.secret, t.previousSecret)
                : List.of(t.secret);
        return new Target(t.name, t.url, secrets, split(t.events), split(t.questionnaires), t.enabled, true, t.id);
    }

    static List<String> split(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
