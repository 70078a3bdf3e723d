package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.LeadCapture;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Section;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds what the file asks of a taker beyond the questions: {@code leadCapture} (contact details
 * and consent) and {@code compareBy} (the answers that place a taker among peers).
 */
final class TakerOptionsBinder {

    private final YamlNodes y;

    TakerOptionsBinder(YamlNodes y) {
        this.y = y;
    }

    /** leadCapture: {mode, fields, consentVersion, consent}; consent text in every locale. Off when {@code n} is null. */
    LeadCapture leadCapture(Node n) {
        if (n == null) {
            return LeadCapture.OFF;
        }
        Map<String, Node> f =
                y.fields(n, "leadCapture", Set.of("mode", "fields", "consentVersion", "consent"), Set.of("mode"));
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
        List<String> fields =
                f.containsKey("fields") ? y.stringList(f.get("fields"), "leadCapture fields") : List.of("email");
        for (String field : fields) {
            if (!LeadCapture.FIELDS.contains(field)) {
                y.error(
                        f.get("fields"),
                        "leadCapture field '" + field + "' must be one of " + String.join(", ", LeadCapture.FIELDS));
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

    /** compareBy: the single-choice questions (industry, size) whose answer puts a taker in a peer segment. None when {@code n} is null. */
    List<String> compareBy(Node n, List<Section> sections) {
        if (n == null) {
            return List.of();
        }
        List<String> ids = y.stringList(n, "compareBy");
        Map<String, Question> questions = new HashMap<>();
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
}
