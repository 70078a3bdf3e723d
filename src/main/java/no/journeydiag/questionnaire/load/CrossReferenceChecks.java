package no.journeydiag.questionnaire.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.questionnaire.model.Condition;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Mode;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.OwnershipMap;
import no.journeydiag.questionnaire.model.Pos;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.Section;
import no.journeydiag.questionnaire.model.Stage;
import no.journeydiag.questionnaire.model.WarningSign;

/**
 * Checks that need the whole bound questionnaire: unique ids, references, bands covering 0–100,
 * conditions that look only backwards, and for format 2 the {@link FormatTwoChecks}.
 */
final class CrossReferenceChecks {

    private final Questionnaire q;
    private final YamlNodes y;
    /** Where {@code ownershipMap} starts: its rows are plain strings with no position of their own. */
    private final Pos ownershipPos;

    private final Map<String, Integer> questionOrder = new LinkedHashMap<>();

    CrossReferenceChecks(Questionnaire q, YamlNodes y, Pos ownershipPos) {
        this.q = q;
        this.y = y;
        this.ownershipPos = ownershipPos;
    }

    void run() {
        uniqueIds();
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
        sections();
        for (Element e : q.elements()) {
            boolean fed = q.questions().stream().anyMatch(x -> x.feeds().containsKey(e.id()));
            if (!fed) {
                y.error(
                        e.pos(),
                        "element '" + e.id()
                                + "' has no question feeding it; add it to some question's 'feeds' or remove it");
            }
        }
        warningSigns();
        ownership();
        unique("mode", q.modes().stream().map(m -> new Named(m.id(), m.pos())).toList());
        for (Mode m : q.modes()) {
            if (m.when() != null) {
                checkCondition(m.when(), "condition of mode '" + m.id() + "'", Integer.MAX_VALUE, true);
            }
        }
        for (Element e : q.elements()) {
            e.advice()
                    .forEach((band, entries) -> entries.stream()
                            .filter(a -> a.when() != null)
                            .forEach(a -> checkCondition(
                                    a.when(),
                                    "recommendation of element '" + e.id() + "' for band '" + band + "'",
                                    Integer.MAX_VALUE,
                                    true)));
        }
        if (q.normalised()) {
            new FormatTwoChecks(q, y).run();
        }
    }

    private record Named(String id, Pos pos) {}

    private void uniqueIds() {
        unique("stage", q.stages().stream().map(s -> new Named(s.id(), s.pos())).toList());
        unique(
                "element",
                q.elements().stream().map(e -> new Named(e.id(), e.pos())).toList());
        unique("band", q.bands().stream().map(b -> new Named(b.id(), b.pos())).toList());
        unique(
                "section",
                q.sections().stream().map(s -> new Named(s.id(), s.pos())).toList());
        unique(
                "warning sign",
                q.warningSigns().stream().map(s -> new Named(s.id(), s.pos())).toList());
        List<Named> questionIds = new ArrayList<>();
        q.sections().forEach(s -> s.questions().forEach(x -> questionIds.add(new Named(x.id(), x.pos()))));
        unique("question", questionIds);
    }

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
                y.error(
                        b.pos(),
                        "band '" + b.id() + "': min (" + fmt(b.min()) + ") must be below max (" + fmt(b.max()) + ")");
            }
            if (b.min() > expected) {
                y.error(
                        b.pos(),
                        "gap between bands: nothing covers " + fmt(expected) + " to " + fmt(b.min()) + "; band '"
                                + b.id() + "' should start at " + fmt(expected));
            } else if (b.min() < expected) {
                y.error(
                        b.pos(),
                        "bands overlap: band '" + b.id() + "' starts at " + fmt(b.min())
                                + " but the band before it ends at " + fmt(expected)
                                + "; list bands from low to high without overlap");
            }
            expected = b.max();
        }
        if (expected != 100) {
            y.error(bands.get(bands.size() - 1).pos(), "bands must end at 100; the last ends at " + fmt(expected));
        }
    }

    private void sections() {
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
    }

    private void question(Question x) {
        String what = "question '" + x.id() + "'";
        if (x.stage() != null && q.stage(x.stage()) == null) {
            y.error(
                    x.pos(),
                    what + " names unknown stage '" + x.stage() + "'"
                            + known(q.stages().stream().map(Stage::id).toList()));
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

    private void warningSigns() {
        for (WarningSign s : q.warningSigns()) {
            for (String e : s.elements()) {
                if (q.element(e) == null) {
                    y.error(
                            s.pos(),
                            "warning sign '" + s.id() + "' links unknown element '" + e + "'" + known(elementIds()));
                }
            }
            if (s.when() != null) {
                checkCondition(s.when(), "condition of warning sign '" + s.id() + "'", Integer.MAX_VALUE, true);
            }
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
            boolean offered = m.rows().stream().map(q::question).anyMatch(x -> x != null && x.option(v) != null);
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
                y.error(
                        k.pos(),
                        where + ": count limits must be between 0 and the number of conditions (" + k.of().size()
                                + ")");
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
            y.error(
                    a.pos(),
                    where + " refers to question '" + target.id() + "', which is not before it; showIf may only"
                            + " depend on earlier questions (this also rules out cycles)");
        }
        List<String> values = a instanceof Condition.Equals e
                ? List.of(e.value() == null ? "" : e.value())
                : a instanceof Condition.In in ? List.copyOf(in.values()) : List.of();
        for (String v : values) {
            boolean ok = target.option(v) != null
                    || Question.DONT_KNOW.equals(v) && target.dontKnow()
                    || Question.NOT_APPLICABLE.equals(v) && target.notApplicable();
            if (!ok) {
                y.error(
                        a.pos(),
                        where + ": '" + v + "' is not a value of question '" + target.id() + "'"
                                + known(target.options().stream()
                                        .map(Option::value)
                                        .toList()));
            }
        }
        if ((a instanceof Condition.AtLeast || a instanceof Condition.AtMost)
                && !target.type().scored()) {
            y.error(
                    a.pos(),
                    where + ": atLeast/atMost need a question with points; '" + target.id() + "' is free text");
        }
    }

    private List<String> elementIds() {
        return q.elements().stream().map(Element::id).toList();
    }

    private static String known(List<String> ids) {
        return ids.isEmpty() ? "" : " (known: " + String.join(", ", ids) + ")";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
