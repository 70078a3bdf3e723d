package no.journeydiag.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.model.Condition;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.scoring.ScoringResult.Evidence;

/**
 * A {@link Condition} compiled against a {@link Plan}: questions and elements resolved to array
 * indexes once, so testing one reads {@code answers[i]} instead of looking ids up in maps. Answers
 * of hidden questions must be null in {@code answers}; an unanswered question satisfies only
 * negated conditions. Element scores are the rounded ones, NaN when an element has none.
 *
 * <p>{@link #test} decides without allocating. {@link #collect} is called only on a check that
 * holds and adds the answers and scores that made it hold: every holding branch of an "any" or a
 * "count", every branch of an "all", nothing under a "not".
 */
abstract sealed class Check {

    /** {@link #judge}: holds whatever the unknown inputs are, holds for none of them, or could go either way. */
    static final int FALSE = 0;

    static final int TRUE = 1;
    static final int UNKNOWN = 2;

    abstract boolean test(Answer[] answers, double[] scores);

    /**
     * Three-valued (Kleene) reading of the check, for telling "not present" from "not judged":
     * an input is unknown when its question was shown and answered "don't know" or not at all,
     * or its element has no score. A hidden question is no input: it was not asked.
     */
    abstract int judge(Answer[] answers, double[] scores, boolean[] shown);

    abstract void collect(Answer[] answers, double[] scores, Collection<Evidence> out);

    static Check compile(
            Condition c, Map<String, Integer> questionIndex, Map<String, Integer> elementIndex, Plan plan) {
        if (c instanceof Condition.OnAnswer a) {
            return onAnswer(a, questionIndex.getOrDefault(a.question(), -1), plan);
        }
        if (c instanceof Condition.ElementBelow b) {
            return new OnScore(elementIndex.getOrDefault(b.element(), -1), b.element(), b.value(), true);
        }
        if (c instanceof Condition.ElementAbove b) {
            return new OnScore(elementIndex.getOrDefault(b.element(), -1), b.element(), b.value(), false);
        }
        if (c instanceof Condition.ElementAtLeast b) {
            // at least v: above the next smaller representable number, with the same NaN rule (no score is never at
            // least)
            return new OnScore(
                    elementIndex.getOrDefault(b.element(), -1), b.element(), Math.nextDown(b.value()), false);
        }
        if (c instanceof Condition.All all) {
            return new All(compileAll(all.of(), questionIndex, elementIndex, plan));
        }
        if (c instanceof Condition.Any any) {
            return new Count(compileAll(any.of(), questionIndex, elementIndex, plan), 1, Integer.MAX_VALUE);
        }
        if (c instanceof Condition.Not not) {
            return new Not(compile(not.of(), questionIndex, elementIndex, plan));
        }
        Condition.Count count = (Condition.Count) c;
        return new Count(
                compileAll(count.of(), questionIndex, elementIndex, plan),
                count.atLeast() == null ? Integer.MIN_VALUE : count.atLeast(),
                count.atMost() == null ? Integer.MAX_VALUE : count.atMost());
    }

    /** A test of one answer; {@code i} is the question's index, -1 when the questionnaire has no such question. */
    private static Check onAnswer(Condition.OnAnswer a, int i, Plan plan) {
        if (a instanceof Condition.Answered) {
            return new OnAnswer(i, a.question()) {
                @Override
                boolean holds(Answer x) {
                    return true;
                }
            };
        }
        if (a instanceof Condition.Equals e) {
            String value = e.value();
            return new OnAnswer(i, a.question()) {
                @Override
                boolean holds(Answer x) {
                    return has(x, value);
                }
            };
        }
        if (a instanceof Condition.In in) {
            String[] values = in.values().toArray(new String[0]);
            return new OnAnswer(i, a.question()) {
                @Override
                boolean holds(Answer x) {
                    for (String v : values) {
                        if (has(x, v)) {
                            return true;
                        }
                    }
                    return false;
                }
            };
        }
        boolean least = a instanceof Condition.AtLeast;
        double bound = least ? ((Condition.AtLeast) a).value() : ((Condition.AtMost) a).value();
        return new OnAnswer(i, a.question()) {
            @Override
            boolean holds(Answer x) {
                double n = plan.rawPoints(index, x); // NaN (not scored) fails both comparisons
                return least ? n >= bound : n <= bound;
            }
        };
    }

    private static Check[] compileAll(
            List<Condition> of, Map<String, Integer> questionIndex, Map<String, Integer> elementIndex, Plan plan) {
        Check[] out = new Check[of.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compile(of.get(i), questionIndex, elementIndex, plan);
        }
        return out;
    }

    /** Whether the answer is, or (multi) contains, {@code value}, as {@code answer.values().contains(value)} without the list. */
    static boolean has(Answer answer, String value) {
        if (answer instanceof Answer.Choice c) {
            return c.value().equals(value);
        }
        if (answer instanceof Answer.Choices m) {
            return m.selected().contains(value);
        }
        if (answer instanceof Answer.Number n) {
            return value.equals(Integer.toString(n.value()));
        }
        if (answer instanceof Answer.Text t) {
            return t.value().equals(value);
        }
        if (answer instanceof Answer.DontKnow) {
            return Question.DONT_KNOW.equals(value);
        }
        return Question.NOT_APPLICABLE.equals(value);
    }

    /** A test of one question's answer; the evidence is the answer itself. */
    private abstract static non-sealed class OnAnswer extends Check {
        final int index;
        final String question;

        OnAnswer(int index, String question) {
            this.index = index;
            this.question = question;
        }

        abstract boolean holds(Answer answer);

        @Override
        final boolean test(Answer[] answers, double[] scores) {
            Answer a = index < 0 ? null : answers[index];
            return a != null && holds(a);
        }

        @Override
        final int judge(Answer[] answers, double[] scores, boolean[] shown) {
            Answer a = index < 0 ? null : answers[index];
            if (a != null && holds(a)) {
                return TRUE;
            }
            boolean unknown = a == null ? index >= 0 && shown[index] : a instanceof Answer.DontKnow;
            return unknown ? UNKNOWN : FALSE;
        }

        @Override
        final void collect(Answer[] answers, double[] scores, Collection<Evidence> out) {
            out.add(Evidence.answer(question, answers[index].values()));
        }
    }

    private static final class OnScore extends Check {
        final int index;
        final String element;
        final double bound;
        final boolean below;

        OnScore(int index, String element, double bound, boolean below) {
            this.index = index;
            this.element = element;
            this.bound = bound;
            this.below = below;
        }

        @Override
        boolean test(Answer[] answers, double[] scores) {
            // NaN: no score (or none given, as for showIf), never below or above
            double s = index < 0 || index >= scores.length ? Double.NaN : scores[index];
            return below ? s < bound : s > bound;
        }

        @Override
        int judge(Answer[] answers, double[] scores, boolean[] shown) {
            if (index < 0 || index >= scores.length) {
                return FALSE;
            }
            return Double.isNaN(scores[index]) ? UNKNOWN : test(answers, scores) ? TRUE : FALSE;
        }

        @Override
        void collect(Answer[] answers, double[] scores, Collection<Evidence> out) {
            out.add(Evidence.score(element, scores[index]));
        }
    }

    private static final class All extends Check {
        final Check[] of;

        All(Check[] of) {
            this.of = of;
        }

        @Override
        boolean test(Answer[] answers, double[] scores) {
            for (Check x : of) {
                if (!x.test(answers, scores)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        int judge(Answer[] answers, double[] scores, boolean[] shown) {
            int out = TRUE;
            for (Check x : of) {
                int j = x.judge(answers, scores, shown);
                if (j == FALSE) {
                    return FALSE;
                }
                if (j == UNKNOWN) {
                    out = UNKNOWN;
                }
            }
            return out;
        }

        @Override
        void collect(Answer[] answers, double[] scores, Collection<Evidence> out) {
            for (Check x : of) {
                x.collect(answers, scores, out);
            }
        }
    }

    /** "count" with its bounds, and "any" as at least one; the evidence is every branch that holds. */
    private static final class Count extends Check {
        final Check[] of;
        final int atLeast;
        final int atMost;

        Count(Check[] of, int atLeast, int atMost) {
            this.of = of;
            this.atLeast = atLeast;
            this.atMost = atMost;
        }

        @Override
        boolean test(Answer[] answers, double[] scores) {
            int n = 0;
            for (Check x : of) {
                if (x.test(answers, scores)) {
                    n++;
                }
            }
            return n >= atLeast && n <= atMost;
        }

        @Override
        int judge(Answer[] answers, double[] scores, boolean[] shown) {
            int sure = 0;
            int open = 0;
            for (Check x : of) {
                int j = x.judge(answers, scores, shown);
                sure += j == TRUE ? 1 : 0;
                open += j == UNKNOWN ? 1 : 0;
            }
            // the count lies in [sure, sure + open]: decided only when that range is all in, or all out of, the bounds
            if (sure >= atLeast && sure + open <= atMost) {
                return TRUE;
            }
            return sure + open < atLeast || sure > atMost ? FALSE : UNKNOWN;
        }

        @Override
        void collect(Answer[] answers, double[] scores, Collection<Evidence> out) {
            for (Check x : of) {
                if (x.test(answers, scores)) {
                    x.collect(answers, scores, out);
                }
            }
        }
    }

    private static final class Not extends Check {
        final Check of;

        Not(Check of) {
            this.of = of;
        }

        @Override
        boolean test(Answer[] answers, double[] scores) {
            return !of.test(answers, scores);
        }

        @Override
        int judge(Answer[] answers, double[] scores, boolean[] shown) {
            int j = of.judge(answers, scores, shown);
            return j == UNKNOWN ? UNKNOWN : TRUE - j;
        }

        @Override
        void collect(Answer[] answers, double[] scores, Collection<Evidence> out) {
            // a negation holds because something is absent: there is no answer or score to show
        }
    }
}
