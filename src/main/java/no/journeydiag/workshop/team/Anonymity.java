package no.journeydiag.workshop.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.ScoringResult.ElementScore;
import no.journeydiag.workshop.team.TeamAggregator.Participant;

/**
 * Which groups and which cells a team report may show, decided before any figure is computed.
 * Every shown group, cell and team figure stands for at least {@code threshold} people, and no
 * hidden part can be worked out by subtracting the shown parts from the team (complementary
 * suppression). The rules are documented in docs/workshops.md ("Anonymity").
 */
public final class Anonymity {

    private Anonymity() {}

    /** One group's mean on one element. */
    public record Cell(String group, String element) {}

    /**
     * What an earlier shown report kept together: roles merged into "other" stay merged and hidden
     * cells stay hidden, so a later report does not split a group the earlier one showed as one
     * (the earlier figures minus the later ones would single out the split-off people).
     */
    public record Carry(Set<String> merged, Set<Cell> hidden) {
        public static final Carry NONE = new Carry(Set.of(), Set.of());
    }

    /**
     * The decisions for one report. {@code groups} are the shown role groups in display order
     * ("other" last); without a {@code breakdown} everyone is in one "other" group and only team
     * figures are shown. {@code cells} holds, per element, the groups whose mean is shown;
     * {@code teamElements} the elements with team statistics.
     */
    public record Layout(
            Map<String, List<Participant>> groups,
            List<String> merged,
            boolean breakdown,
            Map<String, Set<String>> cells,
            Set<String> teamElements,
            boolean overall) {

        /** What a later report must keep as this one showed it. */
        public Carry carry(Questionnaire q) {
            Set<Cell> hidden = new LinkedHashSet<>();
            if (breakdown) {
                for (Element e : q.elements()) {
                    Set<String> shown = cells.getOrDefault(e.id(), Set.of());
                    groups.keySet().stream()
                            .filter(g -> !shown.contains(g))
                            .forEach(g -> hidden.add(new Cell(g, e.id())));
                }
            }
            return new Carry(Set.copyOf(merged), hidden);
        }
    }

    /** The layout of a report on {@code participants} (at least {@code threshold} of them). */
    public static Layout layout(Questionnaire q, List<Participant> participants, int threshold, Carry carry) {
        Map<String, List<Participant>> groups = new LinkedHashMap<>();
        List<String> merged = fold(participants, threshold, carry.merged(), groups);
        boolean breakdown = !(groups.size() == 1 && groups.containsKey(TeamReport.OTHER));
        Map<String, Set<String>> cells = new LinkedHashMap<>();
        Set<String> teamElements = new LinkedHashSet<>();
        for (Element e : q.elements()) {
            if (scorers(participants, e.id()) < threshold) {
                cells.put(e.id(), Set.of());
                continue;
            }
            teamElements.add(e.id());
            cells.put(e.id(), breakdown ? shownCells(groups, e.id(), threshold, carry.hidden()) : Set.of());
        }
        long overall = participants.stream()
                .filter(p -> p.result().overall().value() != null)
                .count();
        return new Layout(groups, merged, breakdown, cells, teamElements, overall >= threshold);
    }

    /**
     * Roles below the threshold (and those in {@code keepMerged}) join "other" with those who chose
     * "other". While "other" is not empty but still below the threshold, the smallest shown role
     * joins it too: otherwise the team figures minus the shown groups would be the few in "other".
     * Groups keep the order in which roles first appear; "other" comes last. Returns the roles merged
     * into "other" (not counting "other" itself), sorted.
     */
    static List<String> fold(
            List<Participant> participants, int threshold, Set<String> keepMerged, Map<String, List<Participant>> out) {
        Map<String, List<Participant>> byRole = new LinkedHashMap<>();
        participants.forEach(
                p -> byRole.computeIfAbsent(p.role(), k -> new ArrayList<>()).add(p));
        List<Participant> other = new ArrayList<>();
        Set<String> merged = new TreeSet<>();
        byRole.forEach((role, ps) -> {
            boolean isOther = role.equalsIgnoreCase(TeamReport.OTHER);
            if (isOther || ps.size() < threshold || keepMerged.contains(role)) {
                other.addAll(ps);
                if (!isOther) {
                    merged.add(role);
                }
            } else {
                out.put(role, ps);
            }
        });
        while (!other.isEmpty() && other.size() < threshold && !out.isEmpty()) {
            String smallest = out.entrySet().stream()
                    .min(Comparator.comparingInt((Map.Entry<String, List<Participant>> g) ->
                                    g.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .orElseThrow()
                    .getKey();
            other.addAll(out.remove(smallest));
            merged.add(smallest);
        }
        if (!other.isEmpty()) {
            out.put(TeamReport.OTHER, other);
        }
        return List.copyOf(merged);
    }

    /**
     * The groups whose mean on {@code element} is shown: those where at least {@code threshold}
     * members have a score. When the hidden cells hold between 1 and threshold − 1 scores, the
     * team mean would give them away, so the next smallest cell is hidden too, until they hold
     * none or at least the threshold.
     */
    static Set<String> shownCells(
            Map<String, List<Participant>> groups, String element, int threshold, Set<Cell> keepHidden) {
        Map<String, Integer> n = new LinkedHashMap<>();
        groups.forEach((g, ps) -> n.put(g, scorers(ps, element)));
        Set<String> shown = new LinkedHashSet<>();
        int hidden = 0;
        for (var g : n.entrySet()) {
            if (g.getValue() >= threshold && !keepHidden.contains(new Cell(g.getKey(), element))) {
                shown.add(g.getKey());
            } else {
                hidden += g.getValue();
            }
        }
        while (hidden > 0 && hidden < threshold && !shown.isEmpty()) {
            String smallest = shown.stream()
                    .min(Comparator.comparingInt((String g) -> n.get(g)).thenComparing(g -> g))
                    .orElseThrow();
            shown.remove(smallest);
            hidden += n.get(smallest);
        }
        return shown;
    }

    static int scorers(List<Participant> participants, String element) {
        int n = 0;
        for (Participant p : participants) {
            ElementScore s = p.result().element(element);
            if (s != null && s.score() != null) {
                n++;
            }
        }
        return n;
    }
}
