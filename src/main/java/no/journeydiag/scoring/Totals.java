package no.journeydiag.scoring;

import java.util.ArrayList;
import java.util.List;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.ScoringResult.ElementScore;
import no.journeydiag.scoring.ScoringResult.Score;
import no.journeydiag.scoring.ScoringResult.StageScore;

/**
 * Element, stage and overall scores and where the chain breaks, from the points of the shown
 * answers: the raw model of format 1 and the normalised one of format 2 (docs/questionnaire-format.md
 * has both, with worked examples).
 *
 * <p>{@link #raw} and {@link #normalised} are longer than our 60 lines on purpose: each is one pass
 * over the plan's arrays with its accumulators in local arrays, on the path every scoring takes
 * (bench/RESULTS.md: ScoringBench). Read each as three blocks: accumulate, elements, stages.
 */
final class Totals {

    /** Half a coverage step of rounding error: 0.5 of the weight answered must count as 0.5. */
    private static final double EPSILON = 1e-9;

    final List<ElementScore> elements;
    /** Rounded element scores by element index, NaN where there is none (what sign conditions compare). */
    final double[] roundedScores;

    final Score overall;
    final List<StageScore> stages;
    final String breaksAt;
    final String chain;

    private Totals(
            List<ElementScore> elements,
            double[] roundedScores,
            Score overall,
            List<StageScore> stages,
            String breaksAt,
            String chain) {
        this.elements = elements;
        this.roundedScores = roundedScores;
        this.overall = overall;
        this.stages = stages;
        this.breaksAt = breaksAt;
        this.chain = chain;
    }

    /**
     * Format 1: element = Σ(w × points) / Σ(w × max) over answered shown questions; coverage by
     * count; stages weighted by each question's summed feed weights; the chain breaks at the first
     * stage below the threshold.
     */
    static Totals raw(Questionnaire q, Plan plan, boolean[] isShown, double[] points) {
        Question[] questions = plan.questions;
        int n = questions.length;
        int elementCount = q.elements().size();
        int stageCount = q.stages().size();
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
        double[] rounded = new double[elementCount];
        double sum = 0; // overall: element-weighted mean of the (unrounded) element scores that exist
        double weights = 0;
        for (int e = 0; e < elementCount; e++) {
            double score = possible[e] > 0 ? 100 * got[e] / possible[e] : Double.NaN;
            rounded[e] = Scoring.round1(score);
            if (!Double.isNaN(score)) {
                sum += plan.elementWeight[e] * score;
                weights += plan.elementWeight[e];
            }
            elements.add(new ElementScore(
                    plan.elementIds[e],
                    boxed(rounded[e]),
                    band(q, rounded[e]),
                    answered[e],
                    shownCount[e],
                    shownCount[e] == 0 ? 0 : Math.round(100.0 * answered[e] / shownCount[e]) / 100.0));
        }
        double overallValue = weights > 0 ? Scoring.round1(sum / weights) : Double.NaN;
        List<StageScore> stages = new ArrayList<>(stageCount);
        String breaksAt = null;
        for (int st = 0; st < stageCount; st++) {
            double s = stagePossible[st] > 0 ? Scoring.round1(100 * stageGot[st] / stagePossible[st]) : Double.NaN;
            stages.add(new StageScore(plan.stageIds[st], boxed(s)));
            if (breaksAt == null && s < q.loopThreshold()) { // NaN: not below
                breaksAt = plan.stageIds[st];
            }
        }
        return new Totals(
                elements,
                rounded,
                new Score(boxed(overallValue), band(q, overallValue)),
                stages,
                breaksAt,
                breaksAt == null ? ScoringResult.HOLDS : ScoringResult.BREAKS);
    }

    /**
     * Format 2: each answer's points are first made a share of the question's maximum (0–1), so a
     * question weighs what its feed weight says whatever its scale. Element = Σ(w × share) / Σ w over
     * the answered shown questions, judged only when the answered weight is at least minCoverage of
     * the shown weight. Each question counts once in its stage, judged alike. The overall needs every
     * element judged. The chain breaks at the first stage below the threshold, and has no verdict when
     * a stage before any break has too few answers.
     */
    static Totals normalised(Questionnaire q, Plan plan, boolean[] isShown, double[] points) {
        Question[] questions = plan.questions;
        int n = questions.length;
        int elementCount = q.elements().size();
        int stageCount = q.stages().size();
        double min = q.rules().minCoverage();
        double[] got = new double[elementCount];
        double[] answeredWeight = new double[elementCount];
        double[] shownWeight = new double[elementCount];
        int[] answered = new int[elementCount];
        int[] shownCount = new int[elementCount];
        double[] stageGot = new double[stageCount];
        int[] stageAnswered = new int[stageCount];
        int[] stageShown = new int[stageCount];
        for (int i = 0; i < n; i++) {
            if (!isShown[i] || !plan.scored[i]) {
                continue;
            }
            double share = Double.isNaN(points[i]) ? Double.NaN : points[i] / questions[i].maxPoints();
            double[] feed = plan.feed[i];
            for (int e = 0; e < elementCount; e++) {
                double w = feed[e];
                if (Double.isNaN(w)) {
                    continue;
                }
                shownCount[e]++;
                shownWeight[e] += w;
                if (!Double.isNaN(share)) {
                    answered[e]++;
                    answeredWeight[e] += w;
                    got[e] += w * share;
                }
            }
            int st = plan.stage[i];
            if (st >= 0) {
                stageShown[st]++;
                if (!Double.isNaN(share)) {
                    stageAnswered[st]++;
                    stageGot[st] += share;
                }
            }
        }
        List<ElementScore> elements = new ArrayList<>(elementCount);
        double[] rounded = new double[elementCount];
        double sum = 0;
        double weights = 0;
        boolean allJudged = elementCount > 0;
        for (int e = 0; e < elementCount; e++) {
            double coverage = shownWeight[e] > 0 ? answeredWeight[e] / shownWeight[e] : 0;
            boolean judged = answered[e] > 0 && coverage >= min - EPSILON;
            double score = judged ? 100 * got[e] / answeredWeight[e] : Double.NaN;
            rounded[e] = Scoring.round1(score);
            if (judged) {
                sum += plan.elementWeight[e] * score;
                weights += plan.elementWeight[e];
            } else {
                allJudged = false;
            }
            elements.add(new ElementScore(
                    plan.elementIds[e],
                    boxed(rounded[e]),
                    band(q, rounded[e]),
                    answered[e],
                    shownCount[e],
                    Math.round(100.0 * coverage) / 100.0,
                    shownCount[e] > 0 && !judged));
        }
        double overallValue = allJudged ? Scoring.round1(sum / weights) : Double.NaN;
        List<StageScore> stages = new ArrayList<>(stageCount);
        String breaksAt = null;
        String chain = null;
        for (int st = 0; st < stageCount; st++) {
            boolean asked = stageShown[st] > 0;
            double coverage = asked ? (double) stageAnswered[st] / stageShown[st] : Double.NaN;
            boolean judged = stageAnswered[st] > 0 && coverage >= min - EPSILON;
            double s = judged ? Scoring.round1(100 * stageGot[st] / stageAnswered[st]) : Double.NaN;
            stages.add(new StageScore(
                    plan.stageIds[st],
                    boxed(s),
                    asked ? Math.round(100.0 * coverage) / 100.0 : null,
                    asked && !judged));
            if (chain == null && asked) {
                if (!judged) {
                    chain = ScoringResult.UNKNOWN;
                } else if (s < q.loopThreshold()) { // 50.0 against a threshold of 50 holds: the break is below it
                    chain = ScoringResult.BREAKS;
                    breaksAt = plan.stageIds[st];
                }
            }
        }
        return new Totals(
                elements,
                rounded,
                new Score(boxed(overallValue), band(q, overallValue)),
                stages,
                breaksAt,
                chain == null ? ScoringResult.HOLDS : chain);
    }

    private static String band(Questionnaire q, double rounded) {
        return Double.isNaN(rounded) ? null : q.band(rounded).id();
    }

    private static Double boxed(double d) {
        return Scoring.boxed(d);
    }
}
