package no.journeydiag.workshop.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.ScoringResult.ElementScore;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport.Apart;
import no.journeydiag.workshop.team.TeamReport.RoleRow;
import no.journeydiag.workshop.team.TeamReport.SignGroup;
import no.journeydiag.workshop.team.TeamReport.StageGroup;
import no.journeydiag.workshop.team.TeamReport.ValueCount;

/**
 * The team report by function: who stands apart from the rest of the team, which functions a
 * warning sign fires for, and who each function thinks leads each stage. Only shown groups (each at
 * least the threshold, "other" folded as {@link Anonymity} decided) appear; a stage's answers by
 * group are suppressed like the element cells, so no hidden rest of fewer than the threshold can be
 * worked out from the team's distribution. Pure: no framework, no I/O.
 */
public final class ByFunction {

    private ByFunction() {}

    /**
     * Per element and shown cell: the group's mean against the mean of everyone else with a score
     * (never fewer than the threshold). Only differences of at least {@code gapThreshold} points, largest first.
     */
    static List<Apart> apart(
            Questionnaire q,
            Anonymity.Layout layout,
            List<RoleRow> heatmap,
            List<Participant> all,
            int threshold,
            double gapThreshold) {
        List<Apart> out = new ArrayList<>();
        if (heatmap.size() < 2) {
            return out;
        }
        for (Element e : q.elements()) {
            for (RoleRow row : heatmap) {
                Double mine = row.means().get(e.id());
                if (mine == null) {
                    continue;
                }
                // By identity: List.contains compared whole participants (answers and results) and made a
                // 2,000-person report take 0.7 s; two people who answered alike are still two people.
                java.util.Set<Participant> members =
                        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                members.addAll(layout.groups().get(row.role()));
                List<Double> rest = new ArrayList<>();
                for (Participant p : all) {
                    ElementScore s = p.result().element(e.id());
                    if (!members.contains(p) && s != null && s.score() != null) {
                        rest.add(s.score());
                    }
                }
                if (rest.size() < threshold) {
                    continue;
                }
                double restMean = Stats.round1(Stats.mean(rest));
                double d = Stats.round1(mine - restMean);
                if (Math.abs(d) >= gapThreshold) {
                    out.add(new Apart(e.id(), row.role(), mine, restMean, d));
                }
            }
        }
        out.sort(Comparator.comparingDouble((Apart a) -> Math.abs(a.difference()))
                .reversed());
        return out;
    }

    /** For each sign and shown group: how many of the group it fires for. None without a breakdown. */
    static List<SignGroup> signs(Questionnaire q, Anonymity.Layout layout) {
        List<SignGroup> out = new ArrayList<>();
        if (!layout.breakdown()) {
            return out;
        }
        for (var sign : q.warningSigns()) {
            layout.groups().forEach((g, ps) -> {
                int fired = (int) ps.stream()
                        .filter(p -> p.result().sign(sign.id()) != null
                                && p.result().sign(sign.id()).triggered())
                        .count();
                out.add(new SignGroup(sign.id(), g, fired, ps.size(), Stats.round2((double) fired / ps.size())));
            });
        }
        return out;
    }

    /**
     * For each ownership-map question and each group shown for it: the answer the group names most
     * and the share who named it.
     */
    static List<StageGroup> ownership(Questionnaire q, Anonymity.Layout layout, int threshold) {
        List<StageGroup> out = new ArrayList<>();
        if (q.ownershipMap() == null || !layout.breakdown()) {
            return out;
        }
        for (String id : q.ownershipMap().rows()) {
            Question x = q.question(id);
            Map<String, List<Answer>> given = answers(layout, id);
            for (String g : shownGroups(given, threshold)) {
                List<Answer> a = given.get(g);
                List<ValueCount> dist = TeamAggregator.distribution(x, a);
                ValueCount best = dist.get(0);
                for (ValueCount c : dist) {
                    if (c.count() > best.count()) {
                        best = c;
                    }
                }
                out.add(new StageGroup(id, g, a.size(), best.value(), Stats.round2((double) best.count() / a.size())));
            }
        }
        return out;
    }

    /** Each group's answers to one question (groups in display order). */
    static Map<String, List<Answer>> answers(Anonymity.Layout layout, String question) {
        Map<String, List<Answer>> given = new LinkedHashMap<>();
        layout.groups()
                .forEach((g, ps) -> given.put(
                        g,
                        ps.stream()
                                .map(p -> p.answers().get(question))
                                .filter(a -> a != null)
                                .toList()));
        return given;
    }

    /**
     * The groups whose answers to a question are shown: at least {@code threshold} answered, and the
     * answers of the others together none or at least the threshold (else the next smallest is hidden too).
     */
    static Set<String> shownGroups(Map<String, List<Answer>> given, int threshold) {
        Set<String> shown = new LinkedHashSet<>();
        int hidden = 0;
        for (var g : given.entrySet()) {
            if (g.getValue().size() >= threshold) {
                shown.add(g.getKey());
            } else {
                hidden += g.getValue().size();
            }
        }
        while (hidden > 0 && hidden < threshold && !shown.isEmpty()) {
            String smallest = shown.stream()
                    .min(Comparator.comparingInt((String g) -> given.get(g).size())
                            .thenComparing(g -> g))
                    .orElseThrow();
            shown.remove(smallest);
            hidden += given.get(smallest).size();
        }
        return shown;
    }
}
