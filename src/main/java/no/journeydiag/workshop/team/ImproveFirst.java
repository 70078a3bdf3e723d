package no.journeydiag.workshop.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.WarningSign;
import no.journeydiag.workshop.team.TeamReport.ElementStats;
import no.journeydiag.workshop.team.TeamReport.Focus;
import no.journeydiag.workshop.team.TeamReport.Gap;
import no.journeydiag.workshop.team.TeamReport.Reason;
import no.journeydiag.workshop.team.TeamReport.SignShare;
import no.journeydiag.workshop.team.TeamReport.StageConsensus;
import no.journeydiag.workshop.team.TeamReport.StageGroup;
import no.journeydiag.workshop.team.TeamReport.ValueCount;

/**
 * "Improve first" for a team: not only where the mean is low, but where the team does not see the
 * element alike and where no one leads the stages it depends on. Each element with a team mean gets
 * a priority in points:
 *
 * <pre>
 *   weight × ( (100 − mean)                how low the team rates it
 *            + ½ × disagreement            max(widest gap between shown functions, 2 × the team's SD)
 *            + ½ × ownership               its worst stage: 100 × the share saying "no one" (from a third),
 *                                          + 50 when shown functions name different leads; at most 100
 *            + ½ × 100 × sign share )      the largest share of the team a linked warning sign fires for
 * </pre>
 *
 * A point of disagreement, of ownership hole or of sign share weighs half a point of low mean: what
 * the team does not see alike, or that no one leads, has to be talked through before it can be
 * improved, while a low mean everyone agrees on is a known problem. So a split of 80 points between
 * functions on an element the team rates 50 (50 + 40 = 90) comes before one all rate 45 (55). Twice
 * the SD puts a spread within the team on the scale of a gap between functions (half at 0, half at
 * 100: SD 50, gap 100). A stage bears on the elements its ownership-map question feeds (the journey
 * questionnaire's stage questions feed the mandate across functions). Largest priority first, ties
 * in declaration order, as many as the questionnaire's priority count; an element in a skipped band
 * is left out unless more than its mean speaks for it.
 *
 * <p>The reasons, largest share of the priority first: {@value #SPLIT} (a flagged gap), else
 * {@value #SPREAD} (2 × SD of at least the gap threshold), {@value #HOLE}, {@value #CONTRADICTION},
 * {@value #SIGN} (fires for a third, or on the team's answers); {@value #LOW} only when none of
 * these holds. Nothing the report does not already show: gaps between shown groups (a folded group
 * only as "other"), contradictions between groups shown for the stage, and a count below the
 * anonymity threshold left out. Pure: no framework, no I/O.
 */
public final class ImproveFirst {

    public static final String SPLIT = "split";
    public static final String SPREAD = "spread";
    public static final String HOLE = "hole";
    public static final String CONTRADICTION = "contradiction";
    public static final String SIGN = "sign";
    public static final String LOW = "low";

    /** What a point of disagreement, ownership hole or sign share weighs against a point of low mean. */
    static final double HALF = 0.5;
    /** From this share saying "no one" a stage is a hole. */
    static final double HOLE_SHARE = 1.0 / 3;
    /** Ownership points when shown functions name different leads for a stage. */
    static final double CONTRADICTION_POINTS = 50;
    /** From this share a linked sign is named as a reason. */
    static final double SIGN_SHARE = 1.0 / 3;

    private ImproveFirst() {}

    static List<Focus> of(
            Questionnaire q,
            List<ElementStats> elements,
            List<Gap> gaps,
            List<SignShare> signs,
            List<StageConsensus> ownership,
            List<StageGroup> ownershipGroups,
            int participants,
            int threshold,
            double gapThreshold) {
        List<Focus> out = new ArrayList<>();
        for (ElementStats s : elements) {
            if (!s.enoughAnswers()) {
                continue;
            }
            Element e = q.element(s.element());
            double w = e.weight();
            List<Reason> reasons = new ArrayList<>();

            Gap gap = gaps.stream()
                    .filter(g -> g.element().equals(e.id()))
                    .findFirst()
                    .orElse(null);
            double split = gap == null ? 0 : gap.difference();
            double spread = 2 * s.sd();
            if (gap != null && gap.flagged()) {
                reasons.add(new Reason(
                        SPLIT, null, points(w * HALF * split), gap.highRole(), gap.lowRole(), split, null, null));
            } else if (spread >= gapThreshold) {
                reasons.add(new Reason(SPREAD, null, points(w * HALF * spread), null, null, s.sd(), null, null));
            }

            double owning = 0;
            List<Reason> stage = List.of();
            for (StageConsensus c : ownership) {
                if (!c.enoughAnswers() || !q.question(c.question()).feeds().containsKey(e.id())) {
                    continue;
                }
                Stage mine = stage(q, c, ownershipGroups, threshold, w);
                if (mine.points() > owning) {
                    owning = mine.points();
                    stage = mine.reasons();
                }
            }
            reasons.addAll(stage);

            double signShare = 0;
            List<String> fired = new ArrayList<>();
            for (SignShare sign : signs) {
                WarningSign ws = q.warningSign(sign.sign());
                if (ws == null || !ws.elements().contains(e.id())) {
                    continue;
                }
                signShare = Math.max(signShare, sign.share());
                if (sign.share() >= SIGN_SHARE || sign.team()) {
                    fired.add(sign.sign());
                    reasons.add(new Reason(
                            SIGN,
                            sign.sign(),
                            points(w * HALF * 100 * sign.share()),
                            null,
                            null,
                            sign.share(),
                            sign.count() >= threshold ? sign.count() : null,
                            participants));
                }
            }

            if (reasons.isEmpty() && q.priorities().skipBands().contains(s.band())) {
                continue;
            }
            if (reasons.isEmpty()) {
                reasons.add(new Reason(LOW, s.band(), points(w * (100 - s.mean())), null, null, s.mean(), null, null));
            }
            reasons.sort(Comparator.comparingDouble(Reason::points).reversed());
            double priority =
                    w * ((100 - s.mean()) + HALF * Math.max(split, spread) + HALF * owning + HALF * 100 * signShare);
            out.add(new Focus(e.id(), s.mean(), s.band(), List.copyOf(fired), points(priority), List.copyOf(reasons)));
        }
        out.sort(Comparator.comparingDouble(Focus::priority).reversed()); // stable: ties in declaration order
        return List.copyOf(out.subList(0, Math.min(q.priorities().count(), out.size())));
    }

    /** A stage's ownership points (0–100) and the reasons behind them. */
    private record Stage(double points, List<Reason> reasons) {}

    /** A stage's hole (a third or more say "no one") and contradiction (shown groups name different leads). */
    private static Stage stage(
            Questionnaire q, StageConsensus c, List<StageGroup> ownershipGroups, int threshold, double w) {
        List<Reason> out = new ArrayList<>();
        double pts = 0;
        List<String> gapValues = q.ownershipMap().gapValues();
        int holes = c.distribution().stream()
                .filter(v -> gapValues.contains(v.value()))
                .mapToInt(ValueCount::count)
                .sum();
        double share = Stats.round2((double) holes / c.n());
        if (share >= Stats.round2(HOLE_SHARE)) {
            pts += 100 * share;
            out.add(new Reason(
                    HOLE,
                    c.question(),
                    points(w * HALF * 100 * share),
                    null,
                    null,
                    share,
                    holes >= threshold ? holes : null,
                    c.n()));
        }
        StageGroup[] pair = contradiction(q, c.question(), ownershipGroups);
        if (pair != null) {
            pts += CONTRADICTION_POINTS;
            out.add(new Reason(
                    CONTRADICTION,
                    c.question(),
                    points(w * HALF * CONTRADICTION_POINTS),
                    pair[0].group(),
                    pair[1].group(),
                    null,
                    null,
                    null));
        }
        return new Stage(Math.min(100, pts), out);
    }

    /**
     * Two shown groups naming different leads for a stage, or null: the first group that names a
     * function, against the first that names no one (else the first naming another lead).
     */
    static StageGroup[] contradiction(Questionnaire q, String question, List<StageGroup> ownershipGroups) {
        List<StageGroup> groups = ownershipGroups.stream()
                .filter(g -> g.question().equals(question))
                .toList();
        if (groups.stream().map(StageGroup::leading).distinct().count() < 2) {
            return null;
        }
        List<String> gapValues = q.ownershipMap().gapValues();
        StageGroup named = groups.stream()
                .filter(g -> !gapValues.contains(g.leading()))
                .findFirst()
                .orElse(groups.get(0));
        StageGroup other = groups.stream()
                .filter(g -> gapValues.contains(g.leading()) && !g.leading().equals(named.leading()))
                .findFirst()
                .orElseGet(() -> groups.stream()
                        .filter(g -> !g.leading().equals(named.leading()))
                        .findFirst()
                        .orElseThrow());
        return new StageGroup[] {named, other};
    }

    private static double points(double d) {
        return Stats.round1(d);
    }
}
