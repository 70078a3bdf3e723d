package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.BuiltIn;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.Pos;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Section;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Binds {@code sections}: each section's questions, with their type, options, points, the elements
 * they feed and their loop stage. Checks what one question alone decides; references wait for
 * {@link CrossReferenceChecks}.
 */
final class QuestionBinder {

    private static final int MAX_POINTS = 100;
    private static final Set<String> QUESTION_KEYS = Set.of(
            "id",
            "type",
            "stage",
            "text",
            "help",
            "label",
            "required",
            "feeds",
            "reverse",
            "dontKnow",
            "notApplicable",
            "options",
            "max",
            "showIf",
            "dominant",
            "prefill");
    /** The stage of a scored question that belongs to no loop stage (the ownership map, say). */
    static final String NO_STAGE = "none";

    private final YamlNodes y;
    private final ConditionBinder conditions;

    QuestionBinder(YamlNodes y, ConditionBinder conditions) {
        this.y = y;
        this.conditions = conditions;
    }

    /** The {@code sections} list; {@code node} is null when the file has none. */
    List<Section> sections(Node node) {
        List<Section> sections = new ArrayList<>();
        for (Node n : node != null ? y.list(node, "sections") : List.<Node>of()) {
            sections.add(section(n));
        }
        return sections;
    }

    private Section section(Node n) {
        Map<String, Node> s = y.fields(
                n,
                "a section",
                Set.of("id", "title", "intro", "showIf", "questions"),
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
        return new Section(
                id,
                y.text(s.get("title"), "section title"),
                y.text(s.get("intro"), "section intro"),
                s.containsKey("showIf") ? conditions.condition(s.get("showIf")) : null,
                questions,
                YamlNodes.pos(n));
    }

    private Question question(Node n, String sectionId) {
        Map<String, Node> f = y.fields(n, "a question", QUESTION_KEYS, Set.of("id", "type", "text"));
        String id = y.id(f.get("id"), "question id");
        String what = "question '" + id + "'";
        QuestionType type = type(f.get("type"));
        if (id == null || type == null) {
            return null;
        }
        Pos pos = YamlNodes.pos(n);
        Map<String, Double> feeds = feeds(f.get("feeds"), what);
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
        List<Option> options = options(n, f, type, what, pos);
        int max = maxPoints(f.get("max"), type, options, what);
        if (!feeds.isEmpty() && type.scored() && max <= 0) {
            y.error(n, what + " feeds an element but no option scores any points; give at least one option points > 0");
        }
        if (reverse && feeds.isEmpty() && type != QuestionType.TEXT) {
            y.error(f.get("reverse"), what + " is reverse-keyed but feeds no element; add 'feeds' or remove 'reverse'");
        }
        String stage = stage(n, f, feeds, what);
        boolean prefill = y.bool(f.get("prefill"), "prefill", false);
        if (prefill && type == QuestionType.TEXT) {
            y.error(
                    f.get("prefill"),
                    what + " is a text question: free text from a link could carry anything into the answers;"
                            + " prefill only questions with options or a scale");
        }
        return new Question(
                id,
                type,
                stage,
                sectionId,
                y.text(f.get("text"), what + " text"),
                y.text(f.get("help"), what + " help"),
                y.text(f.get("label"), what + " label"),
                y.bool(f.get("required"), "required", true),
                feeds,
                reverse,
                dontKnow,
                notApplicable,
                List.copyOf(options),
                max,
                f.containsKey("showIf") ? conditions.condition(f.get("showIf")) : null,
                pos,
                y.bool(f.get("dominant"), "dominant", false),
                prefill);
    }

    private QuestionType type(Node node) {
        if (node == null) {
            return null; // reported as a missing required key
        }
        String t = y.string(node, "question type");
        try {
            return t == null ? null : QuestionType.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            y.error(node, "unknown question type '" + t + "'; use likert, single, multi, yesno, scale or text");
            return null;
        }
    }

    /** {@code feeds}: element ids (weight 1 each), or a mapping element id → weight. */
    private Map<String, Double> feeds(Node node, String what) {
        Map<String, Double> feeds = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String el = y.string(t.getKeyNode(), "element id in feeds");
                Double w = y.number(t.getValueNode(), "feed weight");
                if (w != null && (w <= 0 || w > 100)) {
                    y.error(t.getValueNode(), what + ": feed weight must be greater than 0 and at most 100");
                } else if (el != null && w != null) {
                    feeds.put(el, w);
                }
            }
        } else if (node != null) {
            y.stringList(node, "feeds").forEach(el -> feeds.put(el, 1.0));
        }
        return feeds;
    }

    /** The file's own options (single, multi) or the built-in ones (likert, yes/no); none for scale and text. */
    private List<Option> options(Node n, Map<String, Node> f, QuestionType type, String what, Pos pos) {
        List<Option> options = new ArrayList<>();
        if (type == QuestionType.SINGLE || type == QuestionType.MULTI) {
            if (!f.containsKey("options")) {
                y.error(n, what + " is a " + type.yamlName() + " question and needs 'options'");
            } else {
                for (Node on : y.list(f.get("options"), "options")) {
                    options.add(option(on, what));
                }
                if (options.size() < 2) {
                    y.error(f.get("options"), what + " needs at least two options");
                }
            }
        } else if (f.containsKey("options") && type != QuestionType.TEXT) {
            y.error(
                    f.get("options"),
                    what + " is a " + type.yamlName()
                            + " question, whose options are built in; remove 'options' or use type single");
        }
        if (type == QuestionType.LIKERT || type == QuestionType.YESNO) {
            for (String locale : y.locales()) {
                if (!BuiltIn.hasLabels(locale)) {
                    y.error(
                            f.get("type"),
                            what + ": there are no built-in " + type.yamlName() + " labels for locale '" + locale
                                    + "'; use type single with your own options");
                }
            }
            options = new ArrayList<>(
                    type == QuestionType.LIKERT ? BuiltIn.likert(y.locales(), pos) : BuiltIn.yesNo(y.locales(), pos));
        }
        return options;
    }

    private Option option(Node on, String what) {
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
            y.error(
                    o.get("value"),
                    what + ": '" + value + "' is reserved; set dontKnow: true or notApplicable: true instead");
        }
        return new Option(value, y.text(o.get("label"), "option label"), points, YamlNodes.pos(on));
    }

    /** The most points an answer can score; {@code max} may lower it for a multi question. */
    private int maxPoints(Node maxNode, QuestionType type, List<Option> options, String what) {
        int max = switch (type) {
            case LIKERT -> 4;
            case YESNO -> 1;
            case SCALE -> Question.SCALE_MAX;
            case TEXT -> 0;
            case SINGLE -> options.stream().mapToInt(Option::points).max().orElse(0);
            case MULTI -> options.stream().mapToInt(Option::points).sum();
        };
        if (maxNode != null) {
            Integer m = y.integer(maxNode, "max");
            if (type != QuestionType.MULTI) {
                y.error(
                        maxNode,
                        what + ": 'max' caps a multi question's score; remove it from a " + type.yamlName()
                                + " question");
            } else if (m != null && (m < 1 || m > max)) {
                y.error(maxNode, what + ": max must be between 1 and the sum of the option points (" + max + ")");
            } else if (m != null) {
                max = m;
            }
        }
        return max;
    }

    /** The loop stage; a scored question must name one, or {@value #NO_STAGE}. */
    private String stage(Node n, Map<String, Node> f, Map<String, Double> feeds, String what) {
        String stage = f.containsKey("stage") ? y.id(f.get("stage"), "stage") : null;
        if (NO_STAGE.equals(stage)) {
            stage = null; // explicitly in no loop stage
        }
        if (stage == null && !feeds.isEmpty() && !f.containsKey("stage")) {
            y.error(n, what + " feeds an element and needs a 'stage' (one of the loop stages)");
        }
        return stage;
    }
}
