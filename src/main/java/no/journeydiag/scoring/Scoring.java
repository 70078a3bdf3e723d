package no.journeydiag.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.OwnershipMap;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.Stage;
import no.journeydiag.questionnaire.model.WarningSign;
import no.journeydiag.scoring.ScoringResult.ElementScore;
import no.journeydiag.scoring.ScoringResult.Evidence;
import no.journeydiag.scoring.ScoringResult.OwnershipRow;
import no.journeydiag.scoring.ScoringResult.Priority;
import no.journeydiag.scoring.ScoringResult.Score;
import no.journeydiag.scoring.ScoringResult.SignResult;
import no.journeydiag.scoring.ScoringResult.StageScore;

/**
 * The scoring engine: (questionnaire, answers) → result. Pure and deterministic; no framework.
 * The rules are documented, with a worked example, in docs/questionnaire-format.md.
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * The ids of the questions shown for these answers, in order. A question depends only on
     * earlier answers, so one pass decides it; answers to hidden questions never count.
     */
    public static List<String> shownQuestions(Questionnaire q, Map<String, Answer> answers) {
        List<String> shown = new ArrayList<>();
        visibleAnswers(q, answers, shown);
        return shown;
    }

    /** The answers of shown questions only; fills {@code shown} with the shown question ids. */
    private static Map<String, Answer> visibleAnswers(Questionnaire q, Map<String, Answer> answers, List<String> shown) {
        Map<String, Answer> visible = new HashMap<>();
        Conditions ctx = new Conditions(q, visible, Map.of());
        for (Question question : q.questionIndex().values()) {
            if (Conditions.shown(ctx, question)) {
                shown.add(question.id());
                Answer a = answers.get(question.id());
                if (a != null) {
                    visible.put(question.id(), a);
                }
            }
        }
        return visible;
    }

    /**
     * The points an answer earns before reverse keying: the option's points, the scale value, or
     * the multi sum capped at the question's max. Null for text, don't know and not applicable.
     */
    public static Double rawPoints(Question question, Answer answer) {
        if (answer instanceof Answer.Choice c) {
            Option o = question.option(c.value());
            return o == null ? null : (double) o.points();
        }
        if (answer instanceof Answer.Number n) {
            return (double) n.value();
        }
        if (answer instanceof Answer.Choices m) {
            int sum = 0;
            for (String v : m.selected()) {
                Option o = question.option(v);
                sum += o == null ? 0 : o.points();
            }
            return (double) Math.min(sum, question.maxPoints());
        }
        return null;
    }

    /** Points after reverse keying ({@code max − points}), or null when the answer is not scored. */
    static Double points(Question question, Answer answer) {
        Double raw = rawPoints(question, answer);
        if (raw == null) {
            return null;
        }
        return question.reverse() ? question.maxPoints() - raw : raw;
    }

    public static ScoringResult score(Questionnaire q, Map<String, Answer> answers) {
        List<String> shown = new ArrayList<>();
        Map<String, Answer> visible = visibleAnswers(q, answers, shown);

        // Element scores: Σ(weight × points) / Σ(weight × max) over shown, answered, scored questions.
        Map<String, Double> raw = new LinkedHashMap<>();
        List<ElementScore> elements = new ArrayList<>();
        for (Element e : q.elements()) {
            double got = 0;
            double possible = 0;
            int answered = 0;
            int shownCount = 0;
            for (String id : shown) {
                Question question = q.question(id);
                Double w = question.feeds().get(e.id());
                if (w == null || !question.type().scored()) {
                    continue;
                }
                shownCount++;
                Double p = visible.containsKey(id) ? points(question, visible.get(id)) : null;
                if (p != null) {
                    answered++;
                    got += w * p;
                    possible += w * question.maxPoints();
                }
            }
            Double score = possible > 0 ? 100 * got / possible : null;
            raw.put(e.id(), score);
            Double rounded = round1(score);
            elements.add(new ElementScore(e.id(), rounded, rounded == null ? null : q.band(rounded).id(),
                    answered, shownCount, shownCount == 0 ? 0 : Math.round(100.0 * answered / shownCount) / 100.0));
        }

        // Overall: element-weighted mean of the (unrounded) element scores that exist.
        double sum = 0;
        double weights = 0;
        for (Element e : q.elements()) {
            Double s = raw.get(e.id());
            if (s != null) {
                sum += e.weight() * s;
                weights += e.weight();
            }
        }
        Double overallValue = weights > 0 ? round1(sum / weights) : null;
        Score overall = new Score(overallValue, overallValue == null ? null : q.band(overallValue).id());

        // Stages: like elements, each question weighted by the sum of its feed weights.
        List<StageScore> stages = new ArrayList<>();
        String breaksAt = null;
        for (Stage st : q.stages()) {
            double got = 0;
            double possible = 0;
            for (String id : shown) {
                Question question = q.question(id);
                if (!st.id().equals(question.stage()) || !question.scored() || !visible.containsKey(id)) {
                    continue;
                }
                Double p = points(question, visible.get(id));
                if (p != null) {
                    double w = question.feeds().values().stream().mapToDouble(Double::doubleValue).sum();
                    got += w * p;
                    possible += w * question.maxPoints();
                }
            }
            Double s = round1(possible > 0 ? 100 * got / possible : null);
            stages.add(new StageScore(st.id(), s));
            if (breaksAt == null && s != null && s < q.loopThreshold()) {
                breaksAt = st.id();
            }
        }

        Map<String, Double> roundedScores = new HashMap<>();
        elements.forEach(e -> roundedScores.put(e.id(), e.score()));
        Conditions ctx = new Conditions(q, visible, roundedScores);
        List<SignResult> signs = new ArrayList<>();
        for (WarningSign sign : q.warningSigns()) {
            Set<Evidence> evidence = new LinkedHashSet<>();
            boolean fired = ctx.test(sign.when(), evidence);
            signs.add(new SignResult(sign.id(), fired, fired ? List.copyOf(evidence) : List.of()));
        }

        return new ScoringResult(overall, elements, stages, breaksAt, signs, priorities(q, elements, signs),
                ownership(q, visible), List.copyOf(shown));
    }

    /**
     * Improve first: elements linked to triggered signs ahead (when the rule says so), then the
     * largest weighted gap {@code weight × (100 − score)}, ties in declaration order. Unscored
     * elements are left out: there is nothing to base a recommendation on.
     */
    public static List<Priority> priorities(Questionnaire q, List<ElementScore> elements, List<SignResult> signs) {
        Map<String, List<String>> signsByElement = new HashMap<>();
        for (SignResult s : signs) {
            if (s.triggered()) {
                for (String e : q.warningSign(s.id()).elements()) {
                    signsByElement.computeIfAbsent(e, k -> new ArrayList<>()).add(s.id());
                }
            }
        }
        boolean signsFirst = q.priorities().triggeredSignsFirst();
        Comparator<ElementScore> order = Comparator
                .comparing((ElementScore e) -> signsFirst && signsByElement.containsKey(e.id()) ? 0 : 1)
                .thenComparing(e -> -q.element(e.id()).weight() * (100 - e.score()));
        return elements.stream()
                .filter(e -> e.score() != null)
                .sorted(order) // stable: ties keep declaration order
                .limit(q.priorities().count())
                .map(e -> new Priority(e.id(), e.score(), e.band(), signsByElement.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static List<OwnershipRow> ownership(Questionnaire q, Map<String, Answer> visible) {
        OwnershipMap map = q.ownershipMap();
        if (map == null) {
            return List.of();
        }
        List<OwnershipRow> rows = new ArrayList<>();
        for (String id : map.rows()) {
            Answer a = visible.get(id);
            String value = a == null ? null : a.values().get(0);
            String status;
            if (a == null) {
                status = "unanswered";
            } else if (!(a instanceof Answer.Choice)) {
                status = "unknown";
            } else if (map.gapValues().contains(value)) {
                status = "gap";
            } else if (map.sharedValues().contains(value)) {
                status = "shared";
            } else {
                status = "owned";
            }
            rows.add(new OwnershipRow(id, value, status));
        }
        return rows;
    }

    static Double round1(Double d) {
        return d == null ? null : Math.round(d * 10) / 10.0;
    }
}
