package no.journeydiag.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.OwnershipMap;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.ScoringResult.ElementScore;
import no.journeydiag.scoring.ScoringResult.Evidence;
import no.journeydiag.scoring.ScoringResult.OwnershipRow;
import no.journeydiag.scoring.ScoringResult.Priority;
import no.journeydiag.scoring.ScoringResult.SignResult;

/**
 * The scoring engine: (questionnaire, answers) → result. Pure and deterministic; no framework.
 * The rules are documented, with a worked example, in docs/questionnaire-format.md.
 */
public final class Scoring {

    private Scoring() {}

    /**
     * The ids of the questions shown for these answers, in order. A question depends only on
     * earlier answers, so one pass decides it; answers to hidden questions never count.
     */
    public static List<String> shownQuestions(Questionnaire q, Map<String, Answer> answers) {
        Plan plan = Plan.of(q);
        boolean[] isShown = new boolean[plan.questions.length];
        visibleAnswers(plan, plan.byIndex(answers), isShown);
        return new ArrayList<>(plan.shown(isShown));
    }

    /**
     * The answers of shown questions only, in question order, null elsewhere (a question is shown
     * when its section's and its own showIf hold on the answers before it); marks the shown ones in
     * {@code isShown} (their ids: {@link Plan#shown}).
     */
    private static Answer[] visibleAnswers(Plan plan, Answer[] given, boolean[] isShown) {
        Answer[] visible = new Answer[given.length];
        for (int i = 0; i < given.length; i++) {
            Check section = plan.sectionShowIf[i];
            Check own = plan.showIf[i];
            if ((section == null || section.test(visible, NO_SCORES))
                    && (own == null || own.test(visible, NO_SCORES))) {
                isShown[i] = true;
                visible[i] = given[i];
            }
        }
        return visible;
    }

    /** Visibility conditions cannot use element scores (the parser refuses them); to them every element is unscored. */
    private static final double[] NO_SCORES = new double[0];

    /**
     * The points an answer earns before reverse keying: the option's points, the scale value, or
     * the multi sum capped at the question's max. Null for text, don't know and not applicable.
     */
    public static Double rawPoints(Question question, Answer answer) {
        double p = rawPoints(
                answer,
                value -> {
                    Option o = question.option(value);
                    return o == null ? null : o.points();
                },
                question.maxPoints());
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
        return score(q, plan, plan.byIndex(answers));
    }

    /** The ids of the questionnaire's questions in the order {@link #score(Questionnaire, Answer[])} reads. */
    public static List<String> questionOrder(Questionnaire q) {
        return Plan.of(q).order;
    }

    /**
     * Scores answers given by index in {@link #questionOrder}: null for a question not answered.
     * For callers that resolved each question already; saves looking every answer up by id.
     */
    public static ScoringResult score(Questionnaire q, Answer[] byIndex) {
        Plan plan = Plan.of(q);
        if (byIndex.length != plan.questions.length) {
            throw new IllegalArgumentException(
                    "expected " + plan.questions.length + " answers by index, got " + byIndex.length);
        }
        return score(q, plan, byIndex);
    }

    private static ScoringResult score(Questionnaire q, Plan plan, Answer[] byIndex) {
        Question[] questions = plan.questions;
        int n = questions.length;

        // Visibility in one pass (a question depends only on earlier answers), then the points of each shown answer.
        boolean[] isShown = new boolean[n];
        Answer[] visible = visibleAnswers(plan, byIndex, isShown);
        double[] points = new double[n]; // after reverse keying; NaN when hidden, unanswered or not scored
        for (int i = 0; i < n; i++) {
            Answer a = visible[i];
            double raw = a == null ? Double.NaN : plan.rawPoints(i, a);
            points[i] = questions[i].reverse() && !Double.isNaN(raw) ? questions[i].maxPoints() - raw : raw;
        }

        Totals t = q.normalised() ? Totals.normalised(q, plan, isShown, points) : Totals.raw(q, plan, isShown, points);
        List<ElementScore> elements = t.elements;

        List<SignResult> signs = new ArrayList<>(plan.signWhen.length);
        for (int s = 0; s < plan.signWhen.length; s++) {
            Check when = plan.signWhen[s];
            String id = q.warningSigns().get(s).id();
            if (when.test(visible, t.roundedScores)) {
                List<Evidence> evidence = new ArrayList<>(4);
                when.collect(visible, t.roundedScores, evidence);
                signs.add(new SignResult(id, true, distinct(evidence))); // one answer can be evidence twice
            } else {
                // not present, or not judged: "don't know" and unscored elements leave it open
                signs.add(new SignResult(
                        id, false, List.of(), when.judge(visible, t.roundedScores, isShown) == Check.UNKNOWN));
            }
        }

        ScoringResult.ModeResult mode = null;
        for (int m = 0; m < plan.modeWhen.length && mode == null; m++) {
            if (plan.modeWhen[m].test(visible, t.roundedScores)) {
                List<Evidence> evidence = new ArrayList<>(4);
                plan.modeWhen[m].collect(visible, t.roundedScores, evidence);
                mode = new ScoringResult.ModeResult(q.modes().get(m).id(), distinct(evidence));
            }
        }

        List<OwnershipRow> ownership = ownership(q, plan, visible);
        List<Priority> priorities = q.normalised()
                ? Priorities.normalised(q, plan, elements, signs, visible, t.roundedScores, mode, ownership)
                : priorities(q, plan, elements, signs);
        return new ScoringResult(
                t.overall,
                elements,
                t.stages,
                t.breaksAt,
                signs,
                priorities,
                ownership,
                plan.shown(isShown),
                t.chain,
                mode);
    }

    /**
     * Improve first: elements linked to triggered signs ahead (when the rule says so), then the
     * largest weighted gap {@code weight × (100 − score)}, ties in declaration order. Unscored
     * elements are left out: there is nothing to base a recommendation on.
     */
    public static List<Priority> priorities(Questionnaire q, List<ElementScore> elements, List<SignResult> signs) {
        Plan plan = Plan.of(q);
        if (q.normalised()) {
            double[] scores = new double[q.elements().size()];
            java.util.Arrays.fill(scores, Double.NaN);
            for (ElementScore e : elements) {
                Integer i = plan.elementIndexById.get(e.id());
                if (i != null && e.score() != null) {
                    scores[i] = e.score();
                }
            }
            return Priorities.normalised(q, plan, elements, signs, null, scores, null, List.of());
        }
        return priorities(q, plan, elements, signs);
    }

    private static List<Priority> priorities(
            Questionnaire q, Plan plan, List<ElementScore> elements, List<SignResult> signs) {
        boolean signsFirst = q.priorities().triggeredSignsFirst();
        int n = elements.size();
        ElementScore[] scored = new ElementScore[n];
        double[] gap = new double[n];
        boolean[] flagged = new boolean[n];
        List<String>[] signsOf = null; // only when a sign fired
        int count = 0;
        for (ElementScore e : elements) {
            if (e.score() == null) {
                continue;
            }
            List<String> mine = List.of();
            for (SignResult s : signs) {
                if (s.triggered() && plan.signById.get(s.id()).elements().contains(e.id())) {
                    mine = mine.isEmpty() ? new ArrayList<>(2) : mine;
                    mine.add(s.id());
                }
            }
            if (!mine.isEmpty()) {
                signsOf = signsOf == null ? newLists(n) : signsOf;
                signsOf[count] = mine;
            }
            scored[count] = e;
            flagged[count] = signsFirst && !mine.isEmpty();
            gap[count] = plan.elementById.get(e.id()).weight() * (100 - e.score());
            // Insertion sort, stable (ties keep declaration order): flagged first, then the larger gap.
            for (int i = count; i > 0 && before(flagged[i], gap[i], flagged[i - 1], gap[i - 1]); i--) {
                swap(scored, gap, flagged, signsOf, i, i - 1);
            }
            count++;
        }
        int take = Math.min(q.priorities().count(), count);
        Priority[] out = new Priority[take];
        for (int i = 0; i < take; i++) {
            ElementScore e = scored[i];
            out[i] = new Priority(
                    e.id(), e.score(), e.band(), signsOf == null || signsOf[i] == null ? List.of() : signsOf[i]);
        }
        return List.of(out);
    }

    private static boolean before(boolean flaggedA, double gapA, boolean flaggedB, double gapB) {
        return flaggedA != flaggedB ? flaggedA : gapA > gapB;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newLists(int n) {
        return new List[n];
    }

    private static void swap(
            ElementScore[] scored, double[] gap, boolean[] flagged, List<String>[] signsOf, int i, int j) {
        ElementScore e = scored[i];
        scored[i] = scored[j];
        scored[j] = e;
        double g = gap[i];
        gap[i] = gap[j];
        gap[j] = g;
        boolean f = flagged[i];
        flagged[i] = flagged[j];
        flagged[j] = f;
        if (signsOf != null) {
            List<String> s = signsOf[i];
            signsOf[i] = signsOf[j];
            signsOf[j] = s;
        }
    }

    /** The evidence without repeats, in first-seen order (a handful of items: a scan beats hashing records). */
    private static List<Evidence> distinct(List<Evidence> evidence) {
        List<Evidence> out = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    private static List<OwnershipRow> ownership(Questionnaire q, Plan plan, Answer[] visible) {
        OwnershipMap map = q.ownershipMap();
        if (map == null) {
            return List.of();
        }
        List<OwnershipRow> rows = new ArrayList<>(plan.ownershipRows.length);
        for (int r = 0; r < plan.ownershipRows.length; r++) {
            int i = plan.ownershipRows[r];
            Answer a = i < 0 ? null : visible[i];
            String value = a == null
                    ? null
                    : a instanceof Answer.Choice c ? c.value() : a.values().get(0);
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
            rows.add(new OwnershipRow(map.rows().get(r), value, status));
        }
        return rows;
    }

    /** One decimal; NaN stays NaN. */
    static double round1(double d) {
        return Double.isNaN(d) ? d : Math.round(d * 10) / 10.0; // Math.round(NaN) would be 0
    }

    /** Every score of one decimal from 0 to 100, boxed once: a result holds a dozen of them. */
    private static final Double[] TENTHS = new Double[1001];

    static {
        for (int k = 0; k <= 1000; k++) {
            TENTHS[k] = k / 10.0;
        }
    }

    /** The score as the result holds it: null for NaN, the shared box for a rounded score in range. */
    static Double boxed(double d) {
        if (Double.isNaN(d)) {
            return null;
        }
        long k = Math.round(d * 10);
        return k >= 0 && k <= 1000 && k / 10.0 == d ? TENTHS[(int) k] : Double.valueOf(d);
    }
}
