package no.journeydiag.questionnaire.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import no.journeydiag.questionnaire.model.Advice;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.questionnaire.model.BuiltIn;
import no.journeydiag.questionnaire.model.Condition;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.LeadCapture;
import no.journeydiag.questionnaire.model.LocalizedText;
import no.journeydiag.questionnaire.model.Mode;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.OwnershipMap;
import no.journeydiag.questionnaire.model.Pos;
import no.journeydiag.questionnaire.model.PriorityRule;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.ScoringRules;
import no.journeydiag.questionnaire.model.Section;
import no.journeydiag.questionnaire.model.Stage;
import no.journeydiag.questionnaire.model.WarningSign;

/**
 * Reads one questionnaire file: binds the YAML (rejecting unknown keys and wrong types), then
 * checks every cross-reference. Collects all problems instead of stopping at the first.
 * Pure Java: used by the service at start-up and by the {@code validate} command.
 */
public final class QuestionnaireParser {

    private static final int MAX_POINTS = 100;

    private static final Set<String> TOP_KEYS = Set.of("id", "version", "locales", "title", "intro",
            "estimatedMinutes", "stages", "loop", "elements", "bands", "sections", "warningSigns",
            "priorities", "ownershipMap", "leadCapture", "compareBy", "format", "scoring", "modes");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "stage", "text", "help", "label",
            "required", "feeds", "reverse", "dontKnow", "notApplicable", "options", "max", "showIf", "dominant");
    /** The stage of a scored question that belongs to no loop stage (the ownership map, say). */
    static final String NO_STAGE = "none";

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
            problems.add(new Problem(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
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
        Questionnaire q = bind(root, sha256(content));
        if (q != null && problems.isEmpty()) {
            new Checks(q).run();
        }
        return new Outcome(problems.isEmpty() ? q : null, List.copyOf(problems));
    }

    // ---------------------------------------------------------------- binding

    private Questionnaire bind(Node root, String hash) {
        Map<String, Node> f = y.fields(root, "the questionnaire",
                TOP_KEYS, Set.of("id", "version", "locales", "title", "elements", "bands", "sections"));
        if (!(root instanceof MappingNode)) {
            return null;
        }
        String id = f.containsKey("id") ? y.id(f.get("id"), "id") : null;
        String version = f.containsKey("version") ? y.string(f.get("version"), "version") : null;
        List<String> locales = new ArrayList<>();
        if (f.containsKey("locales")) {
            for (Node n : y.list(f.get("locales"), "locales")) {
                String l = y.string(n, "locale");
                if (l == null) {
                    continue;
                }
                if (!l.matches("[a-z]{2,3}(-[A-Z]{2})?")) {
                    y.error(n, "locale '" + l + "' must be a language code such as en or nb");
                } else if (locales.contains(l)) {
                    y.error(n, "locale '" + l + "' is listed twice");
                } else {
                    locales.add(l);
                }
            }
            if (locales.isEmpty()) {
                y.error(f.get("locales"), "locales must list at least one language, the default first");
            }
        }
        if (locales.isEmpty()) {
            return null; // every text depends on the locales
        }
        y.locales(locales);
        int format = 1;
        if (f.containsKey("format")) {
            Integer v = y.integer(f.get("format"), "format");
            if (v != null && v != 1 && v != 2) {
                y.error(f.get("format"), "format must be 1 (raw points) or 2 (every item normalised; see docs/questionnaire-format.md)");
            } else if (v != null) {
                format = v;
            }
        }
        ScoringRules rules = ScoringRules.DEFAULT;
        if (f.containsKey("scoring")) {
            Map<String, Node> r = y.fields(f.get("scoring"), "scoring", Set.of("maxItemShare", "minCoverage"), Set.of());
            Double share = r.containsKey("maxItemShare") ? y.number(r.get("maxItemShare"), "maxItemShare") : rules.maxItemShare();
            Double coverage = r.containsKey("minCoverage") ? y.number(r.get("minCoverage"), "minCoverage") : rules.minCoverage();
            if (share != null && (share <= 0 || share > 1)) {
                y.error(r.get("maxItemShare"), "maxItemShare must be a share above 0 and at most 1, e.g. 0.35");
                share = null;
            }
            if (coverage != null && (coverage <= 0 || coverage > 1)) {
                y.error(r.get("minCoverage"), "minCoverage must be a share above 0 and at most 1, e.g. 0.5");
                coverage = null;
            }
            rules = new ScoringRules(share == null ? rules.maxItemShare() : share, coverage == null ? rules.minCoverage() : coverage);
        }
        LocalizedText title = y.text(f.get("title"), "title");
        LocalizedText intro = y.text(f.get("intro"), "intro");
        int minutes = 10;
        if (f.containsKey("estimatedMinutes")) {
            Integer m = y.integer(f.get("estimatedMinutes"), "estimatedMinutes");
            if (m != null && (m < 1 || m > 120)) {
                y.error(f.get("estimatedMinutes"), "estimatedMinutes must be between 1 and 120");
            } else if (m != null) {
                minutes = m;
            }
        }
        List<Stage> stages = new ArrayList<>();
        if (f.containsKey("stages")) {
            for (Node n : y.list(f.get("stages"), "stages")) {
                Map<String, Node> s = y.fields(n, "a stage", Set.of("id", "label", "description"), Set.of("id", "label"));
                stages.add(new Stage(y.id(s.get("id"), "stage id"), y.text(s.get("label"), "stage label"),
                        y.text(s.get("description"), "stage description"), YamlNodes.pos(n)));
            }
        }
        double threshold = 50;
        if (f.containsKey("loop")) {
            Map<String, Node> l = y.fields(f.get("loop"), "loop", Set.of("threshold"), Set.of("threshold"));
            if (l.containsKey("threshold")) {
                Double t = y.number(l.get("threshold"), "loop threshold");
                if (t != null && (t < 0 || t > 100)) {
                    y.error(l.get("threshold"), "loop threshold must be between 0 and 100");
                } else if (t != null) {
                    threshold = t;
                }
            }
        }
        List<Band> bands = new ArrayList<>();
        for (Node n : f.containsKey("bands") ? y.list(f.get("bands"), "bands") : List.<Node>of()) {
            Map<String, Node> b = y.fields(n, "a band", Set.of("id", "min", "max", "label", "colour", "text"),
                    Set.of("id", "min", "max", "label", "colour"));
            Double min = b.containsKey("min") ? y.number(b.get("min"), "band min") : null;
            Double max = b.containsKey("max") ? y.number(b.get("max"), "band max") : null;
            String colour = b.containsKey("colour") ? y.string(b.get("colour"), "band colour") : null;
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
                y.error(b.get("colour"), "band colour '" + colour + "' must be a hex colour like #1a7f37");
                colour = null;
            }
            bands.add(new Band(y.id(b.get("id"), "band id"), min == null ? Double.NaN : min,
                    max == null ? Double.NaN : max, y.text(b.get("label"), "band label"), colour,
                    y.text(b.get("text"), "band text"), YamlNodes.pos(n)));
        }
        List<Element> elements = new ArrayList<>();
        for (Node n : f.containsKey("elements") ? y.list(f.get("elements"), "elements") : List.<Node>of()) {
            Map<String, Node> e = y.fields(n, "an element",
                    Set.of("id", "label", "description", "weight", "recommendations"), Set.of("id", "label", "recommendations"));
            double weight = 1;
            if (e.containsKey("weight")) {
                Double w = y.number(e.get("weight"), "element weight");
                if (w != null && (w <= 0 || w > 100)) {
                    y.error(e.get("weight"), "element weight must be greater than 0 and at most 100");
                } else if (w != null) {
                    weight = w;
                }
            }
            Map<String, LocalizedText> recs = new LinkedHashMap<>();
            Set<String> bandIds = new LinkedHashSet<>();
            bands.forEach(b -> bandIds.add(b.id()));
            Map<String, List<Advice>> advice = new LinkedHashMap<>();
            if (e.containsKey("recommendations")) {
                y.fields(e.get("recommendations"), "recommendations (keys are band ids)", bandIds, bandIds)
                        .forEach((band, node) -> {
                            List<Advice> entries = advice(node, band);
                            advice.put(band, entries);
                            Advice fallback = entries.isEmpty() ? null : entries.get(entries.size() - 1);
                            recs.put(band, fallback == null ? LocalizedText.EMPTY : fallback.text());
                        });
            }
            elements.add(new Element(y.id(e.get("id"), "element id"), y.text(e.get("label"), "element label"),
                    y.text(e.get("description"), "element description"), weight, recs, advice, YamlNodes.pos(n)));
        }
        List<Section> sections = new ArrayList<>();
        for (Node n : f.containsKey("sections") ? y.list(f.get("sections"), "sections") : List.<Node>of()) {
            sections.add(section(n));
        }
        List<WarningSign> signs = new ArrayList<>();
        if (f.containsKey("warningSigns")) {
            for (Node n : y.list(f.get("warningSigns"), "warningSigns")) {
                Map<String, Node> s = y.fields(n, "a warning sign",
                        Set.of("id", "label", "description", "recommendation", "elements", "when"),
                        Set.of("id", "label", "recommendation", "when"));
                signs.add(new WarningSign(y.id(s.get("id"), "warning sign id"), y.text(s.get("label"), "warning sign label"),
                        y.text(s.get("description"), "warning sign description"),
                        y.text(s.get("recommendation"), "warning sign recommendation"),
                        s.containsKey("elements") ? y.stringList(s.get("elements"), "warning sign elements") : List.of(),
                        s.containsKey("when") ? condition(s.get("when")) : null, YamlNodes.pos(n)));
            }
        }
        PriorityRule priorities = PriorityRule.DEFAULT;
        if (f.containsKey("priorities")) {
            Map<String, Node> p = y.fields(f.get("priorities"), "priorities", Set.of("count", "triggeredSignsFirst", "skipBands"),
                    Set.of());
            Integer count = p.containsKey("count") ? y.integer(p.get("count"), "priorities count") : 3;
            // format 2 may also list the mode's step and the ownership gap
            int most = Math.max(1, elements.size() + (format >= 2 ? 2 : 0));
            if (count != null && (count < 1 || count > most)) {
                y.error(p.get("count"), "priorities count must be between 1 and " + most + " (the number of elements"
                        + (format >= 2 ? ", a mode's step and the ownership gap)" : ")"));
                count = 1;
            }
            List<String> skip = p.containsKey("skipBands") ? y.stringList(p.get("skipBands"), "skipBands") : null;
            for (String b : skip == null ? List.<String>of() : skip) {
                if (bands.stream().noneMatch(x -> b.equals(x.id()))) {
                    y.error(p.get("skipBands"), "skipBands: '" + b + "' is not a band id");
                }
            }
            priorities = new PriorityRule(count == null ? 3 : count, y.bool(p.get("triggeredSignsFirst"), "triggeredSignsFirst", true),
                    skip != null ? skip : format >= 2 && !bands.isEmpty() ? List.of(bands.get(bands.size() - 1).id()) : List.of());
        } else if (format >= 2 && !bands.isEmpty()) {
            priorities = new PriorityRule(3, true, List.of(bands.get(bands.size() - 1).id())); // a Strong element needs no fixing first
        }
        OwnershipMap ownership = null;
        if (f.containsKey("ownershipMap")) {
            Map<String, Node> o = y.fields(f.get("ownershipMap"), "ownershipMap",
                    Set.of("rows", "gapValues", "sharedValues", "gapRecommendation"), Set.of("rows"));
            ownership = new OwnershipMap(
                    o.containsKey("rows") ? y.stringList(o.get("rows"), "ownershipMap rows") : List.of(),
                    o.containsKey("gapValues") ? y.stringList(o.get("gapValues"), "gapValues") : List.of(),
                    o.containsKey("sharedValues") ? y.stringList(o.get("sharedValues"), "sharedValues") : List.of(),
                    o.containsKey("gapRecommendation") ? y.text(o.get("gapRecommendation"), "gapRecommendation") : null);
            ownershipPos = YamlNodes.pos(f.get("ownershipMap"));
        }
        List<Mode> modes = new ArrayList<>();
        if (f.containsKey("modes")) {
            for (Node n : y.list(f.get("modes"), "modes")) {
                Map<String, Node> m = y.fields(n, "a mode",
                        Set.of("id", "label", "description", "recommendation", "when", "improveFirst"), Set.of("id", "label", "when"));
                modes.add(new Mode(y.id(m.get("id"), "mode id"), y.text(m.get("label"), "mode label"),
                        y.text(m.get("description"), "mode description"), y.text(m.get("recommendation"), "mode recommendation"),
                        m.containsKey("when") ? condition(m.get("when")) : null, y.bool(m.get("improveFirst"), "improveFirst", false),
                        YamlNodes.pos(n)));
            }
        }
        LeadCapture lead = f.containsKey("leadCapture") ? leadCapture(f.get("leadCapture")) : LeadCapture.OFF;
        List<String> compareBy = f.containsKey("compareBy") ? compareBy(f.get("compareBy"), sections) : List.of();
        if (id == null || version == null) {
            return null;
        }
        return new Questionnaire(id, version, locales, title, intro, minutes, stages, threshold, elements, bands,
                sections, signs, priorities, ownership, lead, compareBy, file, hash, null, format, rules, modes);
    }

    /** A band's recommendation: one text, or a list of {when, text} tried in order, the last without when. */
    private List<Advice> advice(Node node, String band) {
        String what = "recommendation for band '" + band + "'";
        if (!(node instanceof org.yaml.snakeyaml.nodes.SequenceNode)) {
            return List.of(new Advice(null, y.text(node, what), YamlNodes.pos(node)));
        }
        List<Advice> out = new ArrayList<>();
        List<Node> items = y.list(node, what);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Map<String, Node> a = y.fields(item, "a " + what, Set.of("when", "text"), Set.of("text"));
            boolean last = i == items.size() - 1;
            if (last && a.containsKey("when")) {
                y.error(item, what + ": the last entry is the default and takes no 'when'");
            } else if (!last && !a.containsKey("when")) {
                y.error(item, what + ": only the last entry may be without 'when' (it is the default)");
            }
            out.add(new Advice(a.containsKey("when") ? condition(a.get("when")) : null, y.text(a.get("text"), what),
                    YamlNodes.pos(item)));
        }
        if (items.isEmpty()) {
            y.error(node, what + " needs at least one text");
        }
        return out;
    }

    private Pos ownershipPos = Pos.NONE;

    /** leadCapture: {mode, fields, consentVersion, consent}; consent text in every locale. */
    private LeadCapture leadCapture(Node n) {
        Map<String, Node> f = y.fields(n, "leadCapture", Set.of("mode", "fields", "consentVersion", "consent"), Set.of("mode"));
        String modeName = f.containsKey("mode") ? y.string(f.get("mode"), "leadCapture mode") : null;
        LeadCapture.Mode mode = null;
        for (LeadCapture.Mode m : LeadCapture.Mode.values()) {
            if (m.yamlName().equals(modeName)) {
                mode = m;
            }
        }
        if (mode == null) {
            if (modeName != null) {
                y.error(f.get("mode"), "leadCapture mode '" + modeName + "' must be off, optional or before-report");
            }
            return LeadCapture.OFF;
        }
        if (mode == LeadCapture.Mode.OFF) {
            return LeadCapture.OFF;
        }
        List<String> fields = f.containsKey("fields") ? y.stringList(f.get("fields"), "leadCapture fields") : List.of("email");
        for (String field : fields) {
            if (!LeadCapture.FIELDS.contains(field)) {
                y.error(f.get("fields"), "leadCapture field '" + field + "' must be one of " + String.join(", ", LeadCapture.FIELDS));
            }
        }
        if (!fields.contains("email")) {
            y.error(n, "leadCapture fields must include email: it is how a lead is reached");
        }
        String version = f.containsKey("consentVersion") ? y.string(f.get("consentVersion"), "consentVersion") : null;
        if (version == null) {
            y.error(n, "leadCapture needs consentVersion, stored with every lead to show what was agreed to");
        }
        if (!f.containsKey("consent")) {
            y.error(n, "leadCapture needs consent: the text a person agrees to, in every locale");
        }
        return new LeadCapture(mode, List.copyOf(fields), version, y.text(f.get("consent"), "leadCapture consent"));
    }

    /** compareBy: the single-choice questions (industry, size) whose answer puts a taker in a peer segment. */
    private List<String> compareBy(Node n, List<Section> sections) {
        List<String> ids = y.stringList(n, "compareBy");
        Map<String, Question> questions = new java.util.HashMap<>();
        sections.forEach(s -> s.questions().forEach(q -> questions.put(q.id(), q)));
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            Question q = questions.get(id);
            if (q == null) {
                y.error(n, "compareBy '" + id + "' is not a question id");
            } else if (q.type() != QuestionType.SINGLE) {
                y.error(n, "compareBy '" + id + "' must be a single-choice question: its options are the segments");
            } else if (out.contains(id)) {
                y.error(n, "compareBy lists '" + id + "' twice");
            } else {
                out.add(id);
            }
        }
        if (ids.size() > 3) {
            y.error(n, "compareBy may name at most 3 questions: each one adds a set of counts to every response");
        }
        return out;
    }

    private Section section(Node n) {
        Map<String, Node> s = y.fields(n, "a section", Set.of("id", "title", "intro", "showIf", "questions"),
                Set.of("id", "title", "questions"));
        String id = y.id(s.get("id"), "section id");
        List<Question> questions = new ArrayList<>();
        if (s.containsKey("questions")) {
            for (Node qn : y.list(s.get("questions"), "questions")) {
                Question q = question(qn, id);
                if (q != null) {
                    questions.add(q);
                }
            }
        }
        return new Section(id, y.text(s.get("title"), "section title"), y.text(s.get("intro"), "section intro"),
                s.containsKey("showIf") ? condition(s.get("showIf")) : null, questions, YamlNodes.pos(n));
    }

    private Question question(Node n, String sectionId) {
        Map<String, Node> f = y.fields(n, "a question", QUESTION_KEYS, Set.of("id", "type", "text"));
        String id = y.id(f.get("id"), "question id");
        String what = "question '" + id + "'";
        QuestionType type = null;
        if (f.containsKey("type")) {
            String t = y.string(f.get("type"), "question type");
            try {
                type = t == null ? null : QuestionType.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                y.error(f.get("type"), "unknown question type '" + t + "'; use likert, single, multi, yesno, scale or text");
            }
        }
        if (id == null || type == null) {
            return null;
        }
        Pos pos = YamlNodes.pos(n);
        Map<String, Double> feeds = new LinkedHashMap<>();
        Node feedsNode = f.get("feeds");
        if (feedsNode instanceof MappingNode) {
            for (var t : ((MappingNode) feedsNode).getValue()) {
                String el = y.string(t.getKeyNode(), "element id in feeds");
                Double w = y.number(t.getValueNode(), "feed weight");
                if (w != null && (w <= 0 || w > 100)) {
                    y.error(t.getValueNode(), what + ": feed weight must be greater than 0 and at most 100");
                } else if (el != null && w != null) {
                    feeds.put(el, w);
                }
            }
        } else if (feedsNode != null) {
            y.stringList(feedsNode, "feeds").forEach(el -> feeds.put(el, 1.0));
        }
        boolean reverse = y.bool(f.get("reverse"), "reverse", false);
        boolean dontKnow = y.bool(f.get("dontKnow"), "dontKnow", false);
        boolean notApplicable = y.bool(f.get("notApplicable"), "notApplicable", false);
        if (type == QuestionType.TEXT) {
            for (String k : List.of("feeds", "reverse", "dontKnow", "notApplicable", "options", "max")) {
                if (f.containsKey(k)) {
                    y.error(f.get(k), what + " is a text question, which is never scored; remove '" + k + "'");
                }
            }
        }
        List<Option> options = new ArrayList<>();
        boolean ownOptions = type == QuestionType.SINGLE || type == QuestionType.MULTI;
        if (ownOptions) {
            if (!f.containsKey("options")) {
                y.error(n, what + " is a " + type.yamlName() + " question and needs 'options'");
            } else {
                for (Node on : y.list(f.get("options"), "options")) {
                    Map<String, Node> o = y.fields(on, "an option", Set.of("value", "label", "points"), Set.of("value", "label"));
                    String value = y.id(o.get("value"), "option value");
                    int points = 0;
                    if (o.containsKey("points")) {
                        Integer p = y.integer(o.get("points"), "option points");
                        if (p != null && (p < 0 || p > MAX_POINTS)) {
                            y.error(o.get("points"), what + ": option points must be between 0 and " + MAX_POINTS);
                        } else if (p != null) {
                            points = p;
                        }
                    }
                    if (Question.DONT_KNOW.equals(value) || Question.NOT_APPLICABLE.equals(value)) {
                        y.error(o.get("value"), what + ": '" + value + "' is reserved; set dontKnow: true or notApplicable: true instead");
                    }
                    options.add(new Option(value, y.text(o.get("label"), "option label"), points, YamlNodes.pos(on)));
                }
                if (options.size() < 2) {
                    y.error(f.get("options"), what + " needs at least two options");
                }
            }
        } else if (f.containsKey("options") && type != QuestionType.TEXT) {
            y.error(f.get("options"), what + " is a " + type.yamlName() + " question, whose options are built in; remove 'options' or use type single");
        }
        if (type == QuestionType.LIKERT || type == QuestionType.YESNO) {
            for (String locale : y.locales()) {
                if (!BuiltIn.hasLabels(locale)) {
                    y.error(f.get("type"), what + ": there are no built-in " + type.yamlName() + " labels for locale '"
                            + locale + "'; use type single with your own options");
                }
            }
            options = new ArrayList<>(type == QuestionType.LIKERT ? BuiltIn.likert(y.locales(), pos) : BuiltIn.yesNo(y.locales(), pos));
        }
        int max = switch (type) {
            case LIKERT -> 4;
            case YESNO -> 1;
            case SCALE -> Question.SCALE_MAX;
            case TEXT -> 0;
            case SINGLE -> options.stream().mapToInt(Option::points).max().orElse(0);
            case MULTI -> options.stream().mapToInt(Option::points).sum();
        };
        if (f.containsKey("max")) {
            Integer m = y.integer(f.get("max"), "max");
            if (type != QuestionType.MULTI) {
                y.error(f.get("max"), what + ": 'max' caps a multi question's score; remove it from a " + type.yamlName() + " question");
            } else if (m != null && (m < 1 || m > max)) {
                y.error(f.get("max"), what + ": max must be between 1 and the sum of the option points (" + max + ")");
            } else if (m != null) {
                max = m;
            }
        }
        if (!feeds.isEmpty() && type.scored() && max <= 0) {
            y.error(n, what + " feeds an element but no option scores any points; give at least one option points > 0");
        }
        if (reverse && feeds.isEmpty() && type != QuestionType.TEXT) {
            y.error(f.get("reverse"), what + " is reverse-keyed but feeds no element; add 'feeds' or remove 'reverse'");
        }
        String stage = f.containsKey("stage") ? y.id(f.get("stage"), "stage") : null;
        if (NO_STAGE.equals(stage)) {
            stage = null; // explicitly in no loop stage
        }
        if (stage == null && !feeds.isEmpty() && !f.containsKey("stage")) {
            y.error(n, what + " feeds an element and needs a 'stage' (one of the loop stages)");
        }
        return new Question(id, type, stage, sectionId, y.text(f.get("text"), what + " text"),
                y.text(f.get("help"), what + " help"), y.text(f.get("label"), what + " label"),
                y.bool(f.get("required"), "required", true), feeds, reverse, dontKnow, notApplicable,
                List.copyOf(options), max, f.containsKey("showIf") ? condition(f.get("showIf")) : null, pos,
                y.bool(f.get("dominant"), "dominant", false));
    }

    private Condition condition(Node n) {
        Pos pos = YamlNodes.pos(n);
        if (!(n instanceof MappingNode map)) {
            y.error(n, "a condition must be a mapping such as {question: q1, equals: yes}");
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        map.getValue().forEach(t -> {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.add(k.getValue());
            }
        });
        if (keys.contains("question")) {
            Map<String, Node> f = y.fields(n, "a question condition",
                    Set.of("question", "equals", "in", "atLeast", "atMost", "answered"), Set.of("question"));
            String q = y.string(f.get("question"), "condition question");
            List<String> tests = f.keySet().stream().filter(k -> !k.equals("question")).toList();
            if (tests.size() != 1) {
                y.error(n, "a question condition needs exactly one of equals, in, atLeast, atMost, answered");
                return null;
            }
            Node v = f.get(tests.get(0));
            return switch (tests.get(0)) {
                case "equals" -> new Condition.Equals(q, y.string(v, "equals"), pos);
                case "in" -> new Condition.In(q, new LinkedHashSet<>(y.stringList(v, "in")), pos);
                case "atLeast" -> {
                    Double d = y.number(v, "atLeast");
                    yield d == null ? null : new Condition.AtLeast(q, d, pos);
                }
                case "atMost" -> {
                    Double d = y.number(v, "atMost");
                    yield d == null ? null : new Condition.AtMost(q, d, pos);
                }
                default -> {
                    if (!y.bool(v, "answered", true)) {
                        y.error(v, "write {not: {question: ..., answered: true}} instead of answered: false");
                    }
                    yield new Condition.Answered(q, pos);
                }
            };
        }
        if (keys.contains("element")) {
            Map<String, Node> f = y.fields(n, "an element condition", Set.of("element", "below", "above", "atLeast"), Set.of("element"));
            String e = y.string(f.get("element"), "condition element");
            List<String> limits = f.keySet().stream().filter(k -> !k.equals("element")).toList();
            if (limits.size() != 1) {
                y.error(n, "an element condition needs exactly one of below, above, atLeast");
                return null;
            }
            Double d = y.number(f.get(limits.get(0)), "score limit");
            if (d == null) {
                return null;
            }
            return switch (limits.get(0)) {
                case "below" -> new Condition.ElementBelow(e, d, pos);
                case "above" -> new Condition.ElementAbove(e, d, pos);
                default -> new Condition.ElementAtLeast(e, d, pos);
            };
        }
        if (keys.contains("all") || keys.contains("any")) {
            String k = keys.contains("all") ? "all" : "any";
            Map<String, Node> f = y.fields(n, "an '" + k + "' condition", Set.of(k), Set.of(k));
            List<Condition> of = conditions(f.get(k), k);
            return k.equals("all") ? new Condition.All(of, pos) : new Condition.Any(of, pos);
        }
        if (keys.contains("not")) {
            Map<String, Node> f = y.fields(n, "a 'not' condition", Set.of("not"), Set.of("not"));
            Condition c = condition(f.get("not"));
            return c == null ? null : new Condition.Not(c, pos);
        }
        if (keys.contains("count")) {
            Map<String, Node> f = y.fields(n, "a 'count' condition", Set.of("count", "atLeast", "atMost"), Set.of("count"));
            Integer least = f.containsKey("atLeast") ? y.integer(f.get("atLeast"), "atLeast") : null;
            Integer most = f.containsKey("atMost") ? y.integer(f.get("atMost"), "atMost") : null;
            if (!f.containsKey("atLeast") && !f.containsKey("atMost")) {
                y.error(n, "a 'count' condition needs atLeast and/or atMost");
            }
            return new Condition.Count(conditions(f.get("count"), "count"), least, most, pos);
        }
        y.error(n, "unknown condition; start it with question, element, all, any, not or count");
        return null;
    }

    private List<Condition> conditions(Node n, String what) {
        List<Condition> out = new ArrayList<>();
        List<Node> items = y.list(n, what);
        if (items.isEmpty() && n instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            y.error(n, "'" + what + "' needs at least one condition");
        }
        for (Node c : items) {
            Condition cond = condition(c);
            if (cond != null) {
                out.add(cond);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- cross-reference checks

    /** Checks that need the whole questionnaire: ids, references, bands, ordering of conditions. */
    private final class Checks {
        private final Questionnaire q;
        private final Map<String, Integer> questionOrder = new LinkedHashMap<>();

        Checks(Questionnaire q) {
            this.q = q;
        }

        void run() {
            unique("stage", q.stages().stream().map(s -> new Named(s.id(), s.pos())).toList());
            unique("element", q.elements().stream().map(e -> new Named(e.id(), e.pos())).toList());
            unique("band", q.bands().stream().map(b -> new Named(b.id(), b.pos())).toList());
            unique("section", q.sections().stream().map(s -> new Named(s.id(), s.pos())).toList());
            unique("warning sign", q.warningSigns().stream().map(s -> new Named(s.id(), s.pos())).toList());
            List<Named> questionIds = new ArrayList<>();
            q.sections().forEach(s -> s.questions().forEach(x -> questionIds.add(new Named(x.id(), x.pos()))));
            unique("question", questionIds);
            int i = 0;
            for (Section s : q.sections()) {
                for (Question x : s.questions()) {
                    questionOrder.putIfAbsent(x.id(), i++);
                }
            }
            if (q.elements().isEmpty()) {
                y.error(new Pos(1, 1), "the questionnaire needs at least one element");
            }
            bands();
            int sectionStart = 0;
            for (Section s : q.sections()) {
                if (s.questions().isEmpty()) {
                    y.error(s.pos(), "section '" + s.id() + "' has no questions");
                }
                if (s.showIf() != null) {
                    checkCondition(s.showIf(), "showIf of section '" + s.id() + "'", sectionStart, false);
                }
                for (Question x : s.questions()) {
                    question(x);
                }
                sectionStart += s.questions().size();
            }
            for (Element e : q.elements()) {
                boolean fed = q.questions().stream().anyMatch(x -> x.feeds().containsKey(e.id()));
                if (!fed) {
                    y.error(e.pos(), "element '" + e.id() + "' has no question feeding it; add it to some question's 'feeds' or remove it");
                }
            }
            for (WarningSign s : q.warningSigns()) {
                for (String e : s.elements()) {
                    if (q.element(e) == null) {
                        y.error(s.pos(), "warning sign '" + s.id() + "' links unknown element '" + e + "'" + known(elementIds()));
                    }
                }
                if (s.when() != null) {
                    checkCondition(s.when(), "condition of warning sign '" + s.id() + "'", Integer.MAX_VALUE, true);
                }
            }
            ownership();
            unique("mode", q.modes().stream().map(m -> new Named(m.id(), m.pos())).toList());
            for (Mode m : q.modes()) {
                if (m.when() != null) {
                    checkCondition(m.when(), "condition of mode '" + m.id() + "'", Integer.MAX_VALUE, true);
                }
            }
            for (Element e : q.elements()) {
                e.advice().forEach((band, entries) -> entries.stream().filter(a -> a.when() != null).forEach(a ->
                        checkCondition(a.when(), "recommendation of element '" + e.id() + "' for band '" + band + "'",
                                Integer.MAX_VALUE, true)));
            }
            if (q.normalised()) {
                new FormatTwoChecks(q, y).run();
            }
        }

        private record Named(String id, Pos pos) { }

        private void unique(String what, List<Named> items) {
            Set<String> seen = new LinkedHashSet<>();
            for (Named n : items) {
                if (n.id() != null && !seen.add(n.id())) {
                    y.error(n.pos(), "duplicate " + what + " id '" + n.id() + "'; ids must be unique");
                }
            }
        }

        private void bands() {
            List<Band> bands = q.bands();
            if (bands.isEmpty()) {
                y.error(new Pos(1, 1), "bands must cover 0 to 100; none are defined");
                return;
            }
            double expected = 0;
            for (Band b : bands) {
                if (Double.isNaN(b.min()) || Double.isNaN(b.max())) {
                    return;
                }
                if (b.min() >= b.max()) {
                    y.error(b.pos(), "band '" + b.id() + "': min (" + fmt(b.min()) + ") must be below max (" + fmt(b.max()) + ")");
                }
                if (b.min() > expected) {
                    y.error(b.pos(), "gap between bands: nothing covers " + fmt(expected) + " to " + fmt(b.min())
                            + "; band '" + b.id() + "' should start at " + fmt(expected));
                } else if (b.min() < expected) {
                    y.error(b.pos(), "bands overlap: band '" + b.id() + "' starts at " + fmt(b.min())
                            + " but the band before it ends at " + fmt(expected) + "; list bands from low to high without overlap");
                }
                expected = b.max();
            }
            if (expected != 100) {
                y.error(bands.get(bands.size() - 1).pos(), "bands must end at 100; the last ends at " + fmt(expected));
            }
        }

        private void question(Question x) {
            String what = "question '" + x.id() + "'";
            if (x.stage() != null && q.stage(x.stage()) == null) {
                y.error(x.pos(), what + " names unknown stage '" + x.stage() + "'" + known(q.stages().stream().map(Stage::id).toList()));
            }
            for (String e : x.feeds().keySet()) {
                if (q.element(e) == null) {
                    y.error(x.pos(), what + " feeds unknown element '" + e + "'" + known(elementIds()));
                }
            }
            Set<String> values = new LinkedHashSet<>();
            for (Option o : x.options()) {
                if (o.value() != null && !values.add(o.value())) {
                    y.error(o.pos(), what + " has option value '" + o.value() + "' twice");
                }
            }
            if (x.showIf() != null) {
                checkCondition(x.showIf(), "showIf of " + what, questionOrder.get(x.id()), false);
            }
        }

        private void ownership() {
            OwnershipMap m = q.ownershipMap();
            if (m == null) {
                return;
            }
            for (String row : m.rows()) {
                Question x = q.question(row);
                if (x == null) {
                    y.error(ownershipPos, "ownershipMap row '" + row + "' is not a question id");
                } else if (x.type() != QuestionType.SINGLE) {
                    y.error(ownershipPos, "ownershipMap row '" + row + "' must be a single-choice question");
                }
            }
            List<String> all = new ArrayList<>(m.gapValues());
            all.addAll(m.sharedValues());
            for (String v : all) {
                boolean offered = m.rows().stream().map(q::question)
                        .anyMatch(x -> x != null && x.option(v) != null);
                if (!offered) {
                    y.error(ownershipPos, "ownershipMap value '" + v + "' is not an option of any row question");
                }
            }
        }

        /**
         * @param before only questions declared before this index may be referenced (showIf);
         *               {@code Integer.MAX_VALUE} for warning signs
         */
        private void checkCondition(Condition c, String where, int before, boolean elementsAllowed) {
            if (c instanceof Condition.OnAnswer a) {
                answerCondition(a, where, before);
            } else if (c instanceof Condition.ElementBelow e) {
                element(e.element(), e.value(), e.pos(), where, elementsAllowed);
            } else if (c instanceof Condition.ElementAbove e) {
                element(e.element(), e.value(), e.pos(), where, elementsAllowed);
            } else if (c instanceof Condition.ElementAtLeast e) {
                element(e.element(), e.value(), e.pos(), where, elementsAllowed);
            } else if (c instanceof Condition.All a) {
                a.of().forEach(x -> checkCondition(x, where, before, elementsAllowed));
            } else if (c instanceof Condition.Any a) {
                a.of().forEach(x -> checkCondition(x, where, before, elementsAllowed));
            } else if (c instanceof Condition.Not n) {
                checkCondition(n.of(), where, before, elementsAllowed);
            } else if (c instanceof Condition.Count k) {
                k.of().forEach(x -> checkCondition(x, where, before, elementsAllowed));
                if (k.atLeast() != null && (k.atLeast() < 0 || k.atLeast() > k.of().size())
                        || k.atMost() != null && (k.atMost() < 0 || k.atMost() > k.of().size())) {
                    y.error(k.pos(), where + ": count limits must be between 0 and the number of conditions (" + k.of().size() + ")");
                }
            }
        }

        private void element(String id, double value, Pos pos, String where, boolean allowed) {
            if (!allowed) {
                y.error(pos, where + " uses an element score; showIf may depend only on earlier answers");
            } else if (q.element(id) == null) {
                y.error(pos, where + " names unknown element '" + id + "'" + known(elementIds()));
            } else if (value < 0 || value > 100) {
                y.error(pos, where + ": an element score limit must be between 0 and 100");
            }
        }

        private void answerCondition(Condition.OnAnswer a, String where, int before) {
            Question target = a.question() == null ? null : q.question(a.question());
            if (target == null) {
                y.error(a.pos(), where + " names unknown question '" + a.question() + "'");
                return;
            }
            Integer order = questionOrder.get(target.id());
            if (order >= before) {
                y.error(a.pos(), where + " refers to question '" + target.id() + "', which is not before it; showIf may only"
                        + " depend on earlier questions (this also rules out cycles)");
            }
            List<String> values = a instanceof Condition.Equals e ? List.of(e.value() == null ? "" : e.value())
                    : a instanceof Condition.In in ? List.copyOf(in.values()) : List.of();
            for (String v : values) {
                boolean ok = target.option(v) != null
                        || Question.DONT_KNOW.equals(v) && target.dontKnow()
                        || Question.NOT_APPLICABLE.equals(v) && target.notApplicable();
                if (!ok) {
                    y.error(a.pos(), where + ": '" + v + "' is not a value of question '" + target.id() + "'"
                            + known(target.options().stream().map(Option::value).toList()));
                }
            }
            if ((a instanceof Condition.AtLeast || a instanceof Condition.AtMost) && !target.type().scored()) {
                y.error(a.pos(), where + ": atLeast/atMost need a question with points; '" + target.id() + "' is free text");
            }
        }

        private List<String> elementIds() {
            return q.elements().stream().map(Element::id).toList();
        }
    }

    private static String known(List<String> ids) {
        return ids.isEmpty() ? "" : " (known: " + String.join(", ", ids) + ")";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
