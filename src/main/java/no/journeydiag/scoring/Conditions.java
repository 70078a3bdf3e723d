package no.journeydiag.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import no.journeydiag.questionnaire.model.Condition;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.ScoringResult.Evidence;

/**
 * Interprets {@link Condition}s. Answers of hidden questions must already be removed from
 * {@code answers}; an unanswered question satisfies only negated conditions.
 */
final class Conditions {

    private final Questionnaire questionnaire;
    private final Map<String, Answer> answers;
    private final Map<String, Double> elementScores;

    Conditions(Questionnaire questionnaire, Map<String, Answer> answers, Map<String, Double> elementScores) {
        this.questionnaire = questionnaire;
        this.answers = answers;
        this.elementScores = elementScores;
    }

    /** Tests {@code c}; when it holds, the answers and scores that made it hold are added to {@code evidence}. */
    boolean test(Condition c, Collection<Evidence> evidence) {
        if (c instanceof Condition.OnAnswer a) {
            boolean holds = answerHolds(a);
            if (holds) {
                evidence.add(Evidence.answer(a.question(), answers.get(a.question()).values()));
            }
            return holds;
        }
        if (c instanceof Condition.ElementBelow b) {
            Double s = elementScores.get(b.element());
            boolean holds = s != null && s < b.value();
            if (holds) {
                evidence.add(Evidence.score(b.element(), s));
            }
            return holds;
        }
        if (c instanceof Condition.ElementAbove b) {
            Double s = elementScores.get(b.element());
            boolean holds = s != null && s > b.value();
            if (holds) {
                evidence.add(Evidence.score(b.element(), s));
            }
            return holds;
        }
        if (c instanceof Condition.All all) {
            List<Evidence> mine = new ArrayList<>();
            for (Condition x : all.of()) {
                if (!test(x, mine)) {
                    return false;
                }
            }
            evidence.addAll(mine);
            return true;
        }
        if (c instanceof Condition.Any any) {
            boolean holds = false;
            for (Condition x : any.of()) {
                holds |= test(x, evidence); // no short-circuit: every true branch is evidence
            }
            return holds;
        }
        if (c instanceof Condition.Not not) {
            return !test(not.of(), new ArrayList<>());
        }
        Condition.Count count = (Condition.Count) c;
        List<Evidence> mine = new ArrayList<>();
        int n = 0;
        for (Condition x : count.of()) {
            if (test(x, mine)) {
                n++;
            }
        }
        boolean holds = (count.atLeast() == null || n >= count.atLeast()) && (count.atMost() == null || n <= count.atMost());
        if (holds) {
            evidence.addAll(mine);
        }
        return holds;
    }

    private boolean answerHolds(Condition.OnAnswer c) {
        Answer a = answers.get(c.question());
        if (a == null) {
            return false;
        }
        if (c instanceof Condition.Answered) {
            return true;
        }
        if (c instanceof Condition.Equals e) {
            return a.values().contains(e.value());
        }
        if (c instanceof Condition.In in) {
            return a.values().stream().anyMatch(in.values()::contains);
        }
        Double n = Scoring.rawPoints(questionnaire.question(c.question()), a);
        if (n == null) {
            return false;
        }
        return c instanceof Condition.AtLeast least ? n >= least.value() : n <= ((Condition.AtMost) c).value();
    }

}
