package no.journeydiag.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        Plan plan = Plan.of(q);
        List<String> shown = new ArrayList<>();
        visibleAnswers(q, plan, answers, shown, new boolean[plan.questions.length]);
        return shown;
    }

    /**
     * The answers of shown questions only (a question is shown when its section's and its own
     * showIf hold); fills {@code shown} with the shown question ids and marks them in {@code isShown}.
     */
    private static Map<String, Answer> visibleAnswers(Questionnaire q, Plan plan, Map<String, Answer> answers, List<String> shown,
                                                      boolean[] isShown) {
        Map<String, Answer> visible = new HashMap<>(plan.questions.length * 2);
        Conditions ctx = new Conditions(q, visible, Map.of());
        for (int i = 0; i < plan.questions.length; i++) {
            Question question = plan.questions[i];
            var section = plan.sections[i];
            if ((section.showIf() == null || ctx.test(section.showIf(), new ArrayList<>()))
                    && (question.showIf() == null || ctx.test(question.showIf(), new ArrayList<>()))) {
                isShown[i] = true;
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
        double p = rawPoints(answer, value -> {
            Option o = question.option(value);
            return o == null ? null : o.points();
        }, question.maxPoints());
        return Double.isNaN(p) ? null : p;
    }

    /** The rule above, given how to look up an option's points (null when there is no such option); NaN for no points. */
    static double rawPoints(Answer answer, java.util.function.Function<String, Integer> optionPoints, int max) {
        if (answer instanceof Answer.Choice c) {
            Integer p = optionPoints.apply(c.value());
            return p == null ? Double.NaN : p;
        }
        if (answer instanceof Answer.Number n) {
            return n.value();
        }
        if (answer instanceof Answer.Choices m) {
            int sum = 0;
            for (String v : m.selected()) {
                Integer p = optionPoints.apply(v);
                sum += p == null ? 0 : p;
            }
            return Math.min(sum, max);
        }
        return Double.NaN;
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
        Plan plan = Plan.of(q);
        Question[] questions = plan.questions;
        int n = questions.length;
        int elementCount = q.elements().size();
        int stageCount = q.stages().size();

        // Visibility in one pass (a question depends only on earlier answers), then the points of each shown answer.
        List<String> shown = new ArrayList<>(n);
        boolean[] isShown = new boolean[n];
        Map<String, Answer> visible = visibleAnswers(q, plan, answers, shown, isShown);
        double[] points = new double[n]; // after reverse keying; NaN when hidden, unanswered or not scored
        for (int i = 0; i < n; i++) {
            Answer a = isShown[i] ? visible.get(questions[i].id()) : null;
            double raw = a == null ? Double.NaN : plan.rawPoints(i, a);
            points[i] = questions[i].reverse() && !Double.isNaN(raw) ? questions[i].maxPoints() - raw : raw;
        }

        // Element scores: Σ(weight × points) / Σ(weight × max) over shown, answered, scored questions.
        // Stage scores alike, each question weighted by the sum of its feed weights.
        double[] got = new double[elementCount];
        double[] possible = new double[elementCount];
        int[] answered = new int[elementCount];
        int[] shownCount = new int[elementCount];
        double[] stageGot = new double[stageCount];
        double[] stagePossible = new double[stageCount];
        for (int i = 0; i < n; i++) {
            if (!isShown[i]) {
                continue;
            }
            double p = points[i];
            double max = questions[i].maxPoints();
            if (plan.typeScored[i]) {
                double[] feed = plan.feed[i];
                for (int e = 0; e < elementCount; e++) {
                    double w = feed[e];
                    if (Double.isNaN(w)) {
                        continue;
                    }
                    shownCount[e]++;
                    if (!Double.isNaN(p)) {
                        answered[e]++;
                        got[e] += w * p;
                        possible[e] += w * max;
                    }
                }
            }
            int st = plan.stage[i];
            if (st >= 0 && plan.scored[i] && !Double.isNaN(p)) {
                stageGot[st] += plan.feedSum[i] * p;
                stagePossible[st] += plan.feedSum[i] * max;
            }
        }
        List<ElementScore> elements = new ArrayList<>(elementCount);
        Double[] raw = new Double[elementCount];
        for (int e = 0; e < elementCount; e++) {
            Element el = q.elements().get(e);
            Double score = possible[e] > 0 ? 100 * got[e] / possible[e] : null;
            raw[e] = score;
            Double rounded = round1(score);
            elements.add(new ElementScore(el.id(), rounded, rounded == null ? null : q.band(rounded).id(), answered[e],
                    shownCount[e], shownCount[e] == 0 ? 0 : Math.round(100.0 * answered[e] / shownCount[e]) / 100.0));
        }

        // Overall: element-weighted mean of the (unrounded) element scores that exist.
        double sum = 0;
        double weights = 0;
        for (int e = 0; e < elementCount; e++) {
            if (raw[e] != null) {
                double w = q.elements().get(e).weight();
                sum += w * raw[e];
                weights += w;
            }
        }
        Double overallValue = weights > 0 ? round1(sum / weights) : null;
        Score overall = new Score(overallValue, overallValue == null ? null : q.band(overallValue).id());

        List<StageScore> stages = new ArrayList<>(stageCount);
        String breaksAt = null;
        for (int st = 0; st < stageCount; st++) {
            Stage stage = q.stages().get(st);
            Double s = round1(stagePossible[st] > 0 ? 100 * stageGot[st] / stagePossible[st] : null);
            stages.add(new StageScore(stage.id(), s));
            if (breaksAt == null && s != null && s < q.loopThreshold()) {
                breaksAt = stage.id();
            }
        }

        Map<String, Double> roundedScores = new HashMap<>();
        elements.forEach(e -> roundedScores.put(e.id(), e.score()));
        Conditions signCtx = new Conditions(q, visible, roundedScores);
        List<SignResult> signs = new ArrayList<>(q.warningSigns().size());
        for (WarningSign sign : q.warningSigns()) {
            Set<Evidence> evidence = new LinkedHashSet<>();
            boolean fired = signCtx.test(sign.when(), evidence);
            signs.add(new SignResult(sign.id(), fired, fired ? List.copyOf(evidence) : List.of()));
        }

        return new ScoringResult(overall, elements, stages, breaksAt, signs, priorities(q, plan, elements, signs),
                ownership(q, visible), List.copyOf(shown));
    }

    /**
     * Improve first: elements linked to triggered signs ahead (when the rule says so), then the
     * largest weighted gap {@code weight × (100 − score)}, ties in declaration order. Unscored
     * elements are left out: there is nothing to base a recommendation on.
     */
    public static List<Priority> priorities(Questionnaire q, List<ElementScore> elements, List<SignResult> signs) {
        return priorities(q, Plan.of(q), elements, signs);
    }

    private static List<Priority> priorities(Questionnaire q, Plan plan, List<ElementScore> elements, List<SignResult> signs) {
        Map<String, List<String>> signsByElement = new HashMap<>();
        for (SignResult s : signs) {
            if (s.triggered()) {
                for (String e : plan.signById.get(s.id()).elements()) {
                    signsByElement.computeIfAbsent(e, k -> new ArrayList<>()).add(s.id());
                }
            }
        }
        boolean signsFirst = q.priorities().triggeredSignsFirst();
        List<ElementScore> scored = new ArrayList<>(elements.size());
        for (ElementScore e : elements) {
            if (e.score() != null) {
                scored.add(e);
            }
        }
        Comparator<ElementScore> order = Comparator
                .comparingInt((ElementScore e) -> signsFirst && signsByElement.containsKey(e.id()) ? 0 : 1)
                .thenComparingDouble(e -> -plan.elementById.get(e.id()).weight() * (100 - e.score()));
        scored.sort(order); // stable: ties keep declaration order
        int count = Math.min(q.priorities().count(), scored.size());
        List<Priority> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ElementScore e = scored.get(i);
            out.add(new Priority(e.id(), e.score(), e.band(), signsByElement.getOrDefault(e.id(), List.of())));
        }
        return List.copyOf(out);
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
