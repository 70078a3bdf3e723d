package no.journeydiag.workshop.team;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Questionnaire;

/**
 * The change since the linked earlier workshop, built from the two reports' own figures only: every
 * number here was already shown, each in its report, so comparing them singles out no one. A
 * function is compared only where both reports showed it as its own group (below the threshold in
 * either, it was folded into "other" there, and "other" holds different people each time). Pure.
 */
public final class Since {

    private Since() {}

    /** The change from {@code before} to {@code now}; null when either is only a count. */
    public static TeamReport.SinceLast of(Questionnaire q, TeamReport before, TeamReport now) {
        if (before == null || before.belowThreshold() || now.belowThreshold()) {
            return null;
        }
        return new TeamReport.SinceLast(
                before.participants(),
                now.participants(),
                groups(before, now),
                gaps(q, before, now),
                functions(q, before, now),
                signs(before, now),
                stages(before, now));
    }

    static List<TeamReport.GroupChange> groups(TeamReport before, TeamReport now) {
        Set<String> roles = new LinkedHashSet<>();
        before.groups().forEach(g -> roles.add(g.role()));
        now.groups().forEach(g -> roles.add(g.role()));
        List<TeamReport.GroupChange> out = new ArrayList<>();
        for (String role : roles) {
            if (role.equals(TeamReport.OTHER)) {
                continue; // added last
            }
            out.add(new TeamReport.GroupChange(role, size(before, role), size(now, role)));
        }
        if (roles.contains(TeamReport.OTHER)) {
            out.add(new TeamReport.GroupChange(
                    TeamReport.OTHER, size(before, TeamReport.OTHER), size(now, TeamReport.OTHER)));
        }
        return out;
    }

    private static Integer size(TeamReport r, String role) {
        return r.groups().stream()
                .filter(g -> g.role().equals(role))
                .map(TeamReport.GroupCount::count)
                .findFirst()
                .orElse(null);
    }

    /** Per element, the widest gap between functions then and now (either may be missing). */
    static List<TeamReport.GapChange> gaps(Questionnaire q, TeamReport before, TeamReport now) {
        List<TeamReport.GapChange> out = new ArrayList<>();
        for (Element e : q.elements()) {
            TeamReport.Gap b = gap(before, e.id());
            TeamReport.Gap n = gap(now, e.id());
            if (b == null && n == null) {
                continue;
            }
            out.add(new TeamReport.GapChange(e.id(), b, n));
        }
        return out;
    }

    private static TeamReport.Gap gap(TeamReport r, String element) {
        return r.gaps().stream()
                .filter(g -> g.element().equals(element))
                .findFirst()
                .orElse(null);
    }

    /** Element means of the functions both reports showed on their own, with a shown cell in both. */
    static List<TeamReport.FunctionChange> functions(Questionnaire q, TeamReport before, TeamReport now) {
        List<TeamReport.FunctionChange> out = new ArrayList<>();
        for (TeamReport.RoleRow n : now.heatmap()) {
            if (n.role().equals(TeamReport.OTHER)) {
                continue;
            }
            TeamReport.RoleRow b = before.heatmap().stream()
                    .filter(r -> r.role().equals(n.role()))
                    .findFirst()
                    .orElse(null);
            if (b == null) {
                continue;
            }
            for (Element e : q.elements()) {
                Double then = b.means().get(e.id());
                Double nowMean = n.means().get(e.id());
                if (then != null && nowMean != null) {
                    out.add(new TeamReport.FunctionChange(
                            e.id(), n.role(), then, nowMean, Stats.round1(nowMean - then)));
                }
            }
        }
        return out;
    }

    static List<TeamReport.SignChange> signs(TeamReport before, TeamReport now) {
        List<TeamReport.SignChange> out = new ArrayList<>();
        for (TeamReport.SignShare n : now.signs()) {
            before.signs().stream()
                    .filter(b -> b.sign().equals(n.sign()))
                    .findFirst()
                    .ifPresent(b -> out.add(new TeamReport.SignChange(n.sign(), b.share(), n.share())));
        }
        return out;
    }

    /** Who the team said leads each stage then and now; a stage with too few answers in either has a null lead there. */
    static List<TeamReport.StageChange> stages(TeamReport before, TeamReport now) {
        List<TeamReport.StageChange> out = new ArrayList<>();
        Map<String, TeamReport.StageConsensus> then = new java.util.HashMap<>();
        before.ownership().forEach(s -> then.put(s.question(), s));
        for (TeamReport.StageConsensus n : now.ownership()) {
            TeamReport.StageConsensus b = then.get(n.question());
            if (b == null) {
                continue;
            }
            String bl = b.enoughAnswers() ? b.leading() : null;
            String nl = n.enoughAnswers() ? n.leading() : null;
            out.add(new TeamReport.StageChange(
                    n.question(),
                    bl,
                    b.enoughAnswers() ? b.agreement() : null,
                    nl,
                    n.enoughAnswers() ? n.agreement() : null,
                    bl != null && nl != null && !Objects.equals(bl, nl)));
        }
        return out;
    }
}
