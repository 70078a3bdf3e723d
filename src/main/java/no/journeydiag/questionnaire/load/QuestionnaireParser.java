package no.journeydiag.questionnaire.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.questionnaire.model.CallToAction;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.HiddenField;
import no.journeydiag.questionnaire.model.LeadCapture;
import no.journeydiag.questionnaire.model.LocalizedText;
import no.journeydiag.questionnaire.model.Mode;
import no.journeydiag.questionnaire.model.OwnershipMap;
import no.journeydiag.questionnaire.model.Pos;
import no.journeydiag.questionnaire.model.PriorityRule;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.ScoringRules;
import no.journeydiag.questionnaire.model.Section;
import no.journeydiag.questionnaire.model.Stage;
import no.journeydiag.questionnaire.model.WarningSign;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one questionnaire file: binds the YAML (rejecting unknown keys and wrong types), then
 * checks every cross-reference. Collects all problems instead of stopping at the first.
 * Each part of the file has its own binder; this class reads the YAML and runs them in turn.
 * Pure Java: used by the service at start-up and by the {@code validate} command.
 */
public final class QuestionnaireParser {

    private static final Set<String> TOP_KEYS = Set.of(
            "id",
            "version",
            "locales",
            "title",
            "intro",
            "estimatedMinutes",
            "stages",
            "loop",
            "elements",
            "bands",
            "sections",
            "warningSigns",
            "priorities",
            "ownershipMap",
            "leadCapture",
            "compareBy",
            "format",
            "scoring",
            "modes",
            "hiddenFields",
            "callToAction");
    private static final Set<String> REQUIRED_TOP_KEYS =
            Set.of("id", "version", "locales", "title", "elements", "bands", "sections");

    /** The result of reading one file: a questionnaire when there were no problems. */
    public record Outcome(Questionnaire questionnaire, List<Problem> problems) {
        public boolean valid() {
            return questionnaire != null && problems.isEmpty();
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final YamlNodes y;

    private QuestionnaireParser(String file) {
        this.file = file;
        this.y = new YamlNodes(file, problems);
    }

    public static Outcome parse(String file, byte[] content) {
        return new QuestionnaireParser(file).run(content);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private Outcome run(byte[] content) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported by YamlNodes with a position
            options.setMaxAliasesForCollections(50);
            options.setCodePointLimit(2 * 1024 * 1024);
            root = new Yaml(options).compose(new java.io.StringReader(new String(content, StandardCharsets.UTF_8)));
        } catch (MarkedYAMLException e) {
            var m = e.getProblemMark();
            problems.add(new Problem(
                    file,
                    m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1,
                    "not valid YAML: " + e.getProblem()));
            return new Outcome(null, problems);
        } catch (YAMLException e) {
            problems.add(new Problem(file, 0, 0, "not valid YAML: " + e.getMessage()));
            return new Outcome(null, problems);
        }
        if (root == null) {
            problems.add(new Problem(file, 0, 0, "the file is empty"));
            return new Outcome(null, problems);
        }
        Bound bound = bind(root, sha256(content));
        if (bound != null && problems.isEmpty()) {
            new CrossReferenceChecks(bound.questionnaire(), y, bound.ownershipPos()).run();
        }
        return new Outcome(bound != null && problems.isEmpty() ? bound.questionnaire() : null, List.copyOf(problems));
    }

    /** A bound questionnaire, and where its ownershipMap starts (its rows have no position of their own). */
    private record Bound(Questionnaire questionnaire, Pos ownershipPos) {}

    /** Binds the top-level keys, each part by its binder; null when the file cannot make a questionnaire. */
    // Long only because the questionnaire's constructor takes every part, one per line.
    private Bound bind(Node root, String hash) {
        Map<String, Node> f = y.fields(root, "the questionnaire", TOP_KEYS, REQUIRED_TOP_KEYS);
        if (!(root instanceof MappingNode)) {
            return null;
        }
        String id = f.containsKey("id") ? y.id(f.get("id"), "id") : null;
        String version = f.containsKey("version") ? y.string(f.get("version"), "version") : null;
        MetadataBinder meta = new MetadataBinder(y);
        List<String> locales = meta.locales(f.get("locales"));
        if (locales.isEmpty()) {
            return null; // every text depends on the locales
        }
        y.locales(locales);
        ConditionBinder conditions = new ConditionBinder(y);
        ElementBinder elementBinder = new ElementBinder(y, conditions);
        ReportRulesBinder report = new ReportRulesBinder(y, conditions);
        TakerOptionsBinder taker = new TakerOptionsBinder(y);
        // The order of these calls is the order problems are listed in; keep it.
        int format = meta.format(f.get("format"));
        ScoringRules rules = elementBinder.rules(f.get("scoring"));
        LocalizedText title = y.text(f.get("title"), "title");
        LocalizedText intro = y.text(f.get("intro"), "intro");
        int minutes = meta.estimatedMinutes(f.get("estimatedMinutes"));
        List<Stage> stages = meta.stages(f.get("stages"));
        double threshold = meta.loopThreshold(f.get("loop"));
        List<Band> bands = report.bands(f.get("bands"));
        List<Element> elements = elementBinder.elements(f.get("elements"), bands);
        List<Section> sections = new QuestionBinder(y, conditions).sections(f.get("sections"));
        List<WarningSign> signs = new WarningSignBinder(y, conditions).warningSigns(f.get("warningSigns"));
        PriorityRule priorities = report.priorities(f.get("priorities"), format, elements.size(), bands);
        OwnershipMap ownership = report.ownershipMap(f.get("ownershipMap"));
        List<Mode> modes = report.modes(f.get("modes"));
        LeadCapture lead = taker.leadCapture(f.get("leadCapture"));
        List<String> compareBy = taker.compareBy(f.get("compareBy"), sections);
        List<HiddenField> hidden = new HiddenFieldsBinder(y).hiddenFields(f.get("hiddenFields"));
        CallToAction cta = new CallToActionBinder(y).callToAction(f.get("callToAction"), bands, signs);
        if (id == null || version == null) {
            return null;
        }
        return new Bound(
                new Questionnaire(
                        id,
                        version,
                        locales,
                        title,
                        intro,
                        minutes,
                        stages,
                        threshold,
                        elements,
                        bands,
                        sections,
                        signs,
                        priorities,
                        ownership,
                        lead,
                        compareBy,
                        file,
                        hash,
                        null,
                        format,
                        rules,
                        modes,
                        hidden,
                        cta),
                YamlNodes.pos(f.get("ownershipMap")));
    }
}
