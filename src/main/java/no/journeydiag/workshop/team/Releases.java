package no.journeydiag.workshop.team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.workshop.team.TeamAggregator.Participant;

/**
 * When answers may join a workshop's team report. The report only ever shows released answers,
 * added in batches; a consultant who saw the report before a batch and sees it after can subtract
 * the two. So a batch is added only if no figure of any report shown so far, combined with the
 * new one, can single out fewer than the threshold.
 *
 * <p>The test: every shown figure is a sum over a set of people (a group's members, the scorers
 * of an element in a shown cell or in the hidden rest, the answerers of a shown question, the
 * writers of a shown question's comments: a comment that appears after a batch is known to come
 * from that batch's writers, so they must be at least the threshold too). Two
 * people are alike when every report so far put them in the same sets; anything a consultant can
 * compute from the figures is then the same for people alike. A batch is safe when it splits no
 * class of alike people that earlier reports showed, and every class it creates or grows has at
 * least the threshold in it. The first batch is always safe: one report's sets are built that way
 * ({@link Anonymity}). Pure: no framework, no I/O.
 */
public final class Releases {

    private static final String ABSENT = "-";

    private Releases() {}

    /** What the report of everyone in {@code batches} (released in that order) must keep together. */
    public static Anonymity.Carry carry(Questionnaire q, List<List<Participant>> batches, int threshold) {
        Anonymity.Carry carry = Anonymity.Carry.NONE;
        List<Participant> prefix = new ArrayList<>();
        for (int i = 0; i < batches.size() - 1; i++) {
            prefix.addAll(batches.get(i));
            if (prefix.size() >= threshold) {
                carry = Anonymity.layout(q, prefix, threshold, carry).carry(q);
            }
        }
        return carry;
    }

    /** Whether {@code pending} may join the report of {@code batches} (each a release, oldest first). */
    public static boolean safe(
            Questionnaire q, List<List<Participant>> batches, List<Participant> pending, int threshold) {
        if (pending.isEmpty()) {
            return false;
        }
        List<Map<String, Map<Participant, String>>> shown = new ArrayList<>();
        List<Participant> prefix = new ArrayList<>();
        Anonymity.Carry carry = Anonymity.Carry.NONE;
        List<List<Participant>> all = new ArrayList<>(batches);
        all.add(pending);
        for (List<Participant> batch : all) {
            prefix.addAll(batch);
            if (prefix.size() < threshold) {
                shown.add(Map.of()); // a count-only report shows no figure
                continue;
            }
            Anonymity.Layout layout = Anonymity.layout(q, prefix, threshold, carry);
            shown.add(disclosed(q, prefix, layout, threshold));
            carry = layout.carry(q);
        }
        Set<String> families = new LinkedHashSet<>();
        shown.forEach(s -> families.addAll(s.keySet()));
        for (String family : families) {
            if (!safe(family, shown, prefix, threshold)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per family of figures (the groups, each element, the overall score, each shown question),
     * the set each contributor is counted in: the report publishes one figure per set.
     */
    static Map<String, Map<Participant, String>> disclosed(
            Questionnaire q, List<Participant> participants, Anonymity.Layout layout, int threshold) {
        Map<String, Map<Participant, String>> out = new LinkedHashMap<>();
        Map<Participant, String> group = new IdentityHashMap<>();
        layout.groups().forEach((g, ps) -> ps.forEach(p -> group.put(p, g)));
        out.put("groups", group);
        for (String e : layout.teamElements()) {
            Map<Participant, String> pieces = new IdentityHashMap<>();
            Set<String> cells = layout.cells().get(e);
            for (Participant p : participants) {
                var s = p.result().element(e);
                if (s != null && s.score() != null) {
                    pieces.put(p, cells.contains(group.get(p)) ? group.get(p) : "rest of the team");
                }
            }
            out.put("element " + e, pieces);
        }
        if (layout.overall()) {
            Map<Participant, String> scored = new IdentityHashMap<>();
            participants.stream()
                    .filter(p -> p.result().overall().value() != null)
                    .forEach(p -> scored.put(p, "team"));
            out.put("overall", scored);
        }
        if (q.ownershipMap() != null && layout.breakdown()) {
            for (String id : q.ownershipMap().rows()) {
                Set<String> cells = ByFunction.shownGroups(ByFunction.answers(layout, id), threshold);
                Map<Participant, String> pieces = new IdentityHashMap<>();
                participants.stream()
                        .filter(p -> p.answers().get(id) != null)
                        .forEach(p -> pieces.put(p, cells.contains(group.get(p)) ? group.get(p) : "rest of the team"));
                out.put("stage by group " + id, pieces);
            }
        }
        Set<String> questions = new LinkedHashSet<>();
        TeamAggregator.prompts(q, participants, threshold).forEach(p -> questions.add(p.question()));
        TeamAggregator.ownership(q, participants, threshold).stream()
                .filter(TeamReport.StageConsensus::enoughAnswers)
                .forEach(s -> questions.add(s.question()));
        for (String id : questions) {
            Map<Participant, String> answered = new IdentityHashMap<>();
            participants.stream().filter(p -> p.answers().get(id) != null).forEach(p -> answered.put(p, "team"));
            out.put("question " + id, answered);
        }
        out.putAll(Comments.writers(q, participants, threshold));
        return out;
    }

    /** One family: classes of alike people before and after the last report. */
    private static boolean safe(
            String family,
            List<Map<String, Map<Participant, String>>> shown,
            List<Participant> everyone,
            int threshold) {
        int last = shown.size() - 1;
        Map<Participant, String> before = new IdentityHashMap<>();
        Map<Participant, String> after = new IdentityHashMap<>();
        for (Participant p : everyone) {
            StringBuilder sig = new StringBuilder();
            boolean counted = false;
            for (int j = 0; j < shown.size(); j++) {
                if (j == last) {
                    if (counted) {
                        before.put(p, sig.toString());
                    }
                }
                String set = shown.get(j).getOrDefault(family, Map.of()).get(p);
                counted |= set != null;
                sig.append(set == null ? ABSENT : "[" + set + "]").append('|');
            }
            if (counted) {
                after.put(p, sig.toString());
            }
        }
        Map<String, List<Participant>> oldClasses = classes(before);
        Map<String, List<Participant>> newClasses = classes(after);
        for (List<Participant> c : oldClasses.values()) {
            if (c.stream().map(after::get).distinct().count() > 1) {
                return false; // the new report splits people earlier reports showed only together
            }
        }
        for (List<Participant> c : newClasses.values()) {
            String old = before.get(c.get(0));
            boolean unchanged = old != null && oldClasses.get(old).size() == c.size();
            if (!unchanged && c.size() < threshold) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Participant>> classes(Map<Participant, String> signatures) {
        Map<String, List<Participant>> out = new HashMap<>();
        signatures.forEach(
                (p, sig) -> out.computeIfAbsent(sig, k -> new ArrayList<>()).add(p));
        return out;
    }
}
