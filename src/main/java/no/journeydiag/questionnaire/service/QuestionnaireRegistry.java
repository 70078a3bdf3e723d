package no.journeydiag.questionnaire.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.load.Problem;
import no.journeydiag.questionnaire.load.QuestionnaireLoader;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.model.Questionnaire;
import org.jboss.logging.Logger;

/**
 * The questionnaires being served. Loaded and validated at start-up (the service refuses to start
 * on any problem), each version stored once as a snapshot so that reports made with it keep
 * rendering the same after the file is edited.
 */
@ApplicationScoped
public class QuestionnaireRegistry {

    private static final Logger LOG = Logger.getLogger(QuestionnaireRegistry.class);
    private static final String DEFAULT_DIR = "questionnaires";

    /** A served questionnaire and the snapshot its responses point at. */
    public record Current(Questionnaire questionnaire, long snapshotId) {}

    private final DiagnosticConfig config;
    private volatile Map<String, Current> current = Map.of();
    private final Map<Long, Questionnaire> snapshots = new ConcurrentHashMap<>();

    public QuestionnaireRegistry(DiagnosticConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event, QuestionnaireRegistry self) {
        try {
            self.load();
        } catch (RuntimeException e) {
            if (!no.journeydiag.common.UniqueViolation.in(e)) {
                throw e;
            }
            // Instances starting together on an empty database race to store the same snapshot; the
            // unique (questionnaire, version) lets one win. Loading again compares with the winner's row.
            LOG.info("Another instance stored the questionnaire snapshots at the same time; loading again");
            snapshots.clear();
            self.load();
        }
    }

    /** Loads the configured directory; throws (stopping start-up) with every problem listed. */
    @Transactional
    public void load() {
        Path dir = directory();
        QuestionnaireLoader.Result result = QuestionnaireLoader.loadDirectory(dir);
        List<Problem> problems = new ArrayList<>(result.problems());
        Map<String, Current> loaded = new LinkedHashMap<>();
        if (problems.isEmpty()) {
            for (Questionnaire q : result.questionnaires()) {
                SnapshotEntity s = SnapshotEntity.findVersion(q.id(), q.version());
                if (s == null) {
                    s = new SnapshotEntity();
                    s.questionnaire = q.id();
                    s.version = q.version();
                    s.contentHash = q.contentHash();
                    s.sourceFile = q.sourceFile();
                    s.sourceYaml = read(dir.resolve(q.sourceFile()));
                    s.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                    s.persist();
                } else if (!s.contentHash.equals(q.contentHash())) {
                    problems.add(new Problem(
                            q.sourceFile(),
                            0,
                            0,
                            "the content changed but version '" + q.version()
                                    + "' did not; reports already made with this version need the old text, so give the"
                                    + " edited file a new version (e.g. version: \"" + q.version() + ".1\")"));
                    continue;
                }
                snapshots.put(s.id, q);
                loaded.put(q.id(), new Current(q, s.id));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> LOG.error(p.toString()));
            throw new IllegalStateException("Questionnaires in '"
                    + dir.toAbsolutePath().normalize() + "' are invalid (" + problems.size() + " problem(s)):\n  "
                    + String.join(
                            "\n  ", problems.stream().map(Problem::toString).toList()));
        }
        current = Map.copyOf(loaded);
        LOG.infof("Serving %d questionnaire(s) from %s: %s", loaded.size(), dir, loaded.keySet());
    }

    /**
     * The configured directory; when it does not exist and the default is configured, the copies
     * packaged in the jar, so that {@code java -jar} works from any working directory.
     */
    private Path directory() {
        Path dir = Path.of(config.questionnaires().dir());
        if (Files.isDirectory(dir)
                || !DEFAULT_DIR.equals(config.questionnaires().dir())) {
            return dir;
        }
        try (var index = QuestionnaireRegistry.class.getResourceAsStream("/shipped-questionnaires.txt")) {
            if (index == null) {
                return dir;
            }
            Path copy = Files.createTempDirectory("shipped-questionnaires");
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList()) {
                try (var in =
                        QuestionnaireRegistry.class.getResourceAsStream("/shipped-questionnaires/" + name.trim())) {
                    if (in != null) {
                        Files.copy(in, copy.resolve(name.trim()));
                    }
                }
            }
            LOG.infof("No '%s' directory here; serving the questionnaires packaged with the service", dir);
            return copy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack the packaged questionnaires", e);
        }
    }

    public Optional<Current> find(String id) {
        return Optional.ofNullable(id == null ? null : current.get(id));
    }

    public Collection<Current> all() {
        return current.values().stream()
                .sorted(java.util.Comparator.comparing(
                        (Current c) -> c.questionnaire().id()))
                .toList();
    }

    public boolean ready() {
        return !current.isEmpty();
    }

    /** The questionnaire as it was when snapshot {@code id} was stored. */
    public Questionnaire snapshot(long id) {
        return snapshots.computeIfAbsent(id, key -> {
            SnapshotEntity s = SnapshotEntity.findById(key);
            if (s == null) {
                throw new IllegalStateException("snapshot " + key + " is missing");
            }
            var outcome = QuestionnaireParser.parse(s.sourceFile, s.sourceYaml.getBytes(StandardCharsets.UTF_8));
            if (!outcome.valid()) {
                throw new IllegalStateException("snapshot " + key + " no longer parses: " + outcome.problems());
            }
            return outcome.questionnaire();
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
