package no.journeydiag.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.model.Mode;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.ScoringResult.ElementScore;
import no.journeydiag.scoring.ScoringResult.OwnershipRow;
import no.journeydiag.scoring.ScoringResult.Priority;
import no.journeydiag.scoring.ScoringResult.SignResult;

/**
 * "Improve first" in format 2, in this order, the first {@code priorities.count}:
 * <ol>
 * <li>the step out of the organisation's mode, when that mode declares {@code improveFirst}: a journey
 * run as a project needs that step before any single element can hold;</li>
 * <li>elements linked to a fired sign (when {@code triggeredSignsFirst}), largest gap first;</li>
 * <li>the lifecycle stages nobody leads, when the ownership map has a {@code gapRecommendation};</li>
 * <li>the other elements, largest gap first.</li>
 * </ol>
 * The gap is {@code element weight × (100 − score)}, ties in declaration order. Elements without a
 * score (too few answers) and in a {@code skipBands} band (the top band by default) are never listed:
 * there is nothing to improve first there. Each element comes with the first of its band's
 * recommendations whose condition holds on the answers.
 */
final class Priorities {

    private Priorities() {}

    /**
     * @param elements   element scores, in any order and possibly not all (a team's means skip unscored ones)
     * @param scores     rounded element scores by element index, NaN where there is none
     * @param visible the shown answers by question index, or null (a team's means: every element
     *                gets its band's default recommendation, and there is no mode or ownership gap)
     */
    static List<Priority> normalised(
            Questionnaire q,
            Plan plan,
            List<ElementScore> elements,
            List<SignResult> signs,
            Answer[] visible,
            double[] scores,
            ScoringResult.ModeResult mode,
            List<OwnershipRow> ownership) {
        List<Candidate> linked = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (ElementScore s : elements) {
            int e = plan.elementIndexById.getOrDefault(s.id(), -1);
            if (e < 0 || s.score() == null || s.band() == null || plan.skipBands.contains(s.band())) {
                continue;
            }
            List<String> fired = new ArrayList<>(2);
            for (SignResult sign : signs) {
                if (sign.triggered() && plan.signById.get(sign.id()).elements().contains(s.id())) {
                    fired.add(sign.id());
                }
            }
            Candidate c = new Candidate(
                    s,
                    plan.elementWeight[e] * (100 - s.score()),
                    e,
                    List.copyOf(fired),
                    advice(plan, e, s.band(), visible, scores));
            (q.priorities().triggeredSignsFirst() && !fired.isEmpty() ? linked : others).add(c);
        }
        linked.sort(Candidate.BY_GAP);
        others.sort(Candidate.BY_GAP);
        int count = q.priorities().count();
        List<Priority> out = new ArrayList<>(count);
        if (mode != null) {
            Mode m = q.mode(mode.id());
            if (m != null && m.improveFirst()) {
                out.add(new Priority(null, null, null, List.of(), Priority.MODE, 0, m.id(), List.of()));
            }
        }
        linked.forEach(c -> out.add(c.priority()));
        if (q.ownershipMap() != null && q.ownershipMap().gapRecommendation() != null) {
            List<String> gaps = ownership.stream()
                    .filter(r -> "gap".equals(r.status()))
                    .map(OwnershipRow::question)
                    .toList();
            if (!gaps.isEmpty()) {
                out.add(new Priority(null, null, null, List.of(), Priority.OWNERSHIP, 0, null, gaps));
            }
        }
        others.forEach(c -> out.add(c.priority()));
        return List.copyOf(out.subList(0, Math.min(count, out.size())));
    }

    /** The index of the first recommendation of the band whose condition holds; the default (last) without answers. */
    private static int advice(Plan plan, int element, String band, Answer[] visible, double[] scores) {
        Map<String, Check[]> byBand = plan.adviceWhen[element];
        Check[] entries = byBand.get(band);
        if (entries == null || entries.length == 0) {
            return 0;
        }
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] == null || visible != null && entries[i].test(visible, scores)) {
                return i;
            }
        }
        return entries.length - 1;
    }

    private record Candidate(ElementScore score, double gap, int order, List<String> signs, int advice) {
        static final java.util.Comparator<Candidate> BY_GAP =
                java.util.Comparator.comparingDouble(Candidate::gap).reversed().thenComparingInt(Candidate::order);

        Priority priority() {
            return new Priority(
                    score.id(), score.score(), score.band(), signs, Priority.ELEMENT, advice, null, List.of());
        }
    }
}
