package no.journeydiag.questionnaire.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.Condition;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.WarningSign;

/**
 * The rules that make a format 2 diagnosis sound: every scored question lets people say they do
 * not know, no question outweighs its element by accident, and every warning sign rests on enough
 * independent evidence (at least three answers or scores, from at least two elements).
 */
final class FormatTwoChecks {

    static final int MIN_SIGN_EVIDENCE = 3;
    static final int MIN_SIGN_ELEMENTS = 2;

    private final Questionnaire q;
    private final YamlNodes y;

    FormatTwoChecks(Questionnaire q, YamlNodes y) {
        this.q = q;
        this.y = y;
    }

    void run() {
        for (Question x : q.questions()) {
            if (x.scored() && !x.dontKnow() && !x.notApplicable()) {
                y.error(
                        x.pos(),
                        "question '" + x.id() + "' is scored but offers neither dontKnow nor notApplicable: someone who"
                                + " does not know would have to guess or pick the middle, which reads as an opinion; add dontKnow: true");
            }
        }
        double max = q.rules().maxItemShare();
        for (Map.Entry<String, List<Shares.Share>> e : Shares.of(q).entrySet()) {
            for (Shares.Share s : e.getValue()) {
                if (s.share() > max + 1e-9 && !s.dominant()) {
                    y.error(
                            q.question(s.question()).pos(),
                            "question '" + s.question() + "' is " + Math.round(100 * s.share())
                                    + " % of element '" + e.getKey() + "' (at most " + Math.round(100 * max)
                                    + " %): lower its feed weight,"
                                    + " add questions to the element, or set dominant: true if it is meant to weigh that much");
                }
            }
        }
        for (WarningSign s : q.warningSigns()) {
            if (s.when() == null) {
                continue;
            }
            Set<String> questions = new LinkedHashSet<>();
            Set<String> elements = new LinkedHashSet<>();
            evidence(s.when(), questions, elements);
            Set<String> covered = new LinkedHashSet<>(elements);
            for (String id : questions) {
                Question x = q.question(id);
                if (x != null) {
                    covered.addAll(x.feeds().keySet());
                }
            }
            if (questions.size() + elements.size() < MIN_SIGN_EVIDENCE || covered.size() < MIN_SIGN_ELEMENTS) {
                y.error(
                        s.pos(),
                        "warning sign '" + s.id() + "' rests on " + (questions.size() + elements.size())
                                + " piece(s) of evidence from " + covered.size() + " element(s); give it at least "
                                + MIN_SIGN_EVIDENCE
                                + " answers or scores from at least " + MIN_SIGN_ELEMENTS
                                + " elements, so no single answer decides it"
                                + " unless it is answered strongly");
            }
        }
    }

    /** The questions and elements a condition looks at, negations included (they are evidence of absence). */
    private static void evidence(Condition c, Set<String> questions, Set<String> elements) {
        if (c instanceof Condition.OnAnswer a) {
            questions.add(a.question());
        } else if (c instanceof Condition.ElementBelow e) {
            elements.add(e.element());
        } else if (c instanceof Condition.ElementAbove e) {
            elements.add(e.element());
        } else if (c instanceof Condition.ElementAtLeast e) {
            elements.add(e.element());
        } else if (c instanceof Condition.All a) {
            a.of().forEach(x -> evidence(x, questions, elements));
        } else if (c instanceof Condition.Any a) {
            a.of().forEach(x -> evidence(x, questions, elements));
        } else if (c instanceof Condition.Not n) {
            evidence(n.of(), questions, elements);
        } else if (c instanceof Condition.Count k) {
            k.of().forEach(x -> evidence(x, questions, elements));
        }
    }
}
