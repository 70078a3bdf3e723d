package no.journeydiag.workshop.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.workshop.team.TeamReport.Gap;
import no.journeydiag.workshop.team.TeamReport.Prompt;
import no.journeydiag.workshop.team.TeamReport.SignGroup;
import no.journeydiag.workshop.team.TeamReport.StageGroup;

/**
 * The discussion prompts: where the room is furthest apart, each scored 0–100 so that different
 * kinds can be ranked together:
 *
 * <ul>
 *   <li>{@value #GAP}: a flagged gap between the highest and lowest shown function on an element, its points;
 *   <li>{@value #STAGE}: shown functions naming different leads for a stage: 100 × the smaller of the two
 *       groups' shares naming their lead (how sure both sides are);
 *   <li>{@value #SIGN}: a sign firing for at least half of one shown function and under a quarter of
 *       another: 100 × the difference of those shares;
 *   <li>{@value #ITEM}: a question the team answered apart: 100 × its normalised spread.
 * </ul>
 *
 * Largest first, ties in that order of kinds, at most {@value #MAX}. Only shown groups appear, so
 * nothing here singles out fewer than the threshold. Pure: no framework, no I/O.
 */
public final class Discussion {

    public static final String GAP = "gap";
    public static final String STAGE = "stage";
    public static final String SIGN = "sign";
    public static final String ITEM = "item";

    /** How many prompts the list holds: enough for a session, few enough to read out. */
    static final int MAX = 8;

    private Discussion() {}

    static List<Prompt> of(
            Questionnaire q,
            List<Gap> gaps,
            List<Prompt> items,
            List<StageGroup> ownershipGroups,
            List<SignGroup> signGroups) {
        List<Prompt> out = new ArrayList<>();
        for (Gap g : gaps) {
            if (g.flagged()) {
                out.add(new Prompt(GAP, null, 0, 0, List.of(), g.element(), g.highRole(), g.lowRole(), g.difference()));
            }
        }
        if (q.ownershipMap() != null) {
            for (String id : q.ownershipMap().rows()) {
                StageGroup[] pair = ImproveFirst.contradiction(q, id, ownershipGroups);
                if (pair != null) {
                    out.add(new Prompt(
                            STAGE,
                            id,
                            0,
                            0,
                            List.of(),
                            null,
                            pair[0].group(),
                            pair[1].group(),
                            Stats.round1(100 * Math.min(pair[0].share(), pair[1].share()))));
                }
            }
        }
        for (var sign : q.warningSigns()) {
            List<SignGroup> mine =
                    signGroups.stream().filter(g -> g.sign().equals(sign.id())).toList();
            SignGroup most = mine.stream()
                    .max(Comparator.comparingDouble(SignGroup::share))
                    .orElse(null);
            SignGroup few = mine.stream()
                    .min(Comparator.comparingDouble(SignGroup::share))
                    .orElse(null);
            if (most != null && most.share() >= 0.5 && few.share() < 0.25) {
                out.add(new Prompt(
                        SIGN,
                        null,
                        0,
                        0,
                        List.of(),
                        sign.id(),
                        most.group(),
                        few.group(),
                        Stats.round1(100 * (most.share() - few.share()))));
            }
        }
        out.addAll(items);
        out.sort(Comparator.comparingDouble(Prompt::points).reversed()); // stable: ties keep the kinds' order
        return List.copyOf(out.subList(0, Math.min(MAX, out.size())));
    }
}
