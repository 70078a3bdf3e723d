package no.journeydiag.workshop.web;

import java.util.List;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.workshop.team.Discussion;
import no.journeydiag.workshop.team.ImproveFirst;
import no.journeydiag.workshop.team.TeamReport;

/**
 * The team's story in sentences a facilitator can read out: why each element is to be improved
 * first, and the discussion prompts. Each sentence is a {@link TeamView.Line}: its kind and the
 * labels and numbers, already in the page's language; workshop/says.html words it.
 */
final class StoryViews {

    private StoryViews() {}

    static List<TeamView.PriorityView> improveFirst(Questionnaire q, TeamReport r, String loc) {
        String dl = q.defaultLocale();
        return r.improveFirst().stream()
                .map(p -> {
                    Element e = q.element(p.element());
                    var rec = p.band() == null ? null : e.recommendations().get(p.band());
                    return new TeamView.PriorityView(
                            e.label().in(loc, dl),
                            TeamViews.score(p.score(), loc),
                            rec == null ? "" : rec.in(loc, dl),
                            p.signs().stream()
                                    .map(s -> q.warningSign(s).label().in(loc, dl))
                                    .toList(),
                            p.reasons() == null
                                    ? List.of()
                                    : p.reasons().stream()
                                            .map(x -> why(q, r, p.element(), x, loc))
                                            .toList());
                })
                .toList();
    }

    private static TeamView.Line why(Questionnaire q, TeamReport r, String element, TeamReport.Reason x, String loc) {
        String dl = q.defaultLocale();
        return switch (x.kind()) {
            case ImproveFirst.SPLIT ->
                new TeamView.Line(
                        "why_split",
                        RoleLabels.inSentence(x.low(), loc),
                        Long.toString(Math.round(x.value())),
                        RoleLabels.inSentence(x.high(), loc));
            case ImproveFirst.SPREAD ->
                r.elements().stream()
                        .filter(s -> s.element().equals(element))
                        .findFirst()
                        .map(s -> new TeamView.Line(
                                "why_spread", TeamViews.score(s.min(), loc), TeamViews.score(s.max(), loc), ""))
                        .orElse(new TeamView.Line("why_spread", "", "", ""));
            case ImproveFirst.HOLE ->
                x.count() == null
                        ? new TeamView.Line("why_hole_many", stage(q, x.subject(), loc), "", "")
                        : new TeamView.Line(
                                "why_hole",
                                stage(q, x.subject(), loc),
                                x.count().toString(),
                                x.of().toString());
            case ImproveFirst.CONTRADICTION ->
                contradiction(q, r, "why_contradiction", x.subject(), x.high(), x.low(), loc);
            case ImproveFirst.SIGN ->
                x.count() == null
                        ? new TeamView.Line(
                                "why_sign_team",
                                q.warningSign(x.subject()).label().in(loc, dl),
                                "",
                                "")
                        : new TeamView.Line(
                                "why_sign",
                                q.warningSign(x.subject()).label().in(loc, dl),
                                x.count().toString(),
                                x.of().toString());
            default -> new TeamView.Line("why_low", TeamViews.score(x.value(), loc), "", "");
        };
    }

    static List<TeamView.PromptView> prompts(Questionnaire q, TeamReport r, String loc) {
        String dl = q.defaultLocale();
        return r.prompts().stream()
                .map(p -> {
                    if (p.kind() == null || Discussion.ITEM.equals(p.kind())) {
                        Question x = q.question(p.question());
                        return new TeamView.PromptView(
                                Discussion.ITEM,
                                new TeamView.Line("prompt_item", x.text().in(loc, dl), "", ""),
                                x.text().in(loc, dl),
                                q.sections().stream()
                                        .filter(sec -> sec.id().equals(x.sectionId()))
                                        .findFirst()
                                        .map(sec -> sec.title().in(loc, dl))
                                        .orElse(""),
                                TeamViews.percent(p.spread(), loc),
                                p.n(),
                                TeamViews.bars(x, p.distribution(), loc));
                    }
                    TeamView.Line says = switch (p.kind()) {
                        case Discussion.GAP ->
                            new TeamView.Line(
                                    "prompt_gap",
                                    TeamViews.capitalise(RoleLabels.inSentence(p.low(), loc)),
                                    q.element(p.subject()).label().in(loc, dl),
                                    Long.toString(Math.round(p.points())),
                                    RoleLabels.inSentence(p.high(), loc),
                                    RoleLabels.inSentence(p.low(), loc));
                        case Discussion.STAGE ->
                            contradiction(q, r, "prompt_stage", p.question(), p.high(), p.low(), loc);
                        default ->
                            new TeamView.Line(
                                    "prompt_sign",
                                    q.warningSign(p.subject()).label().in(loc, dl),
                                    groups(r, p.subject(), loc, true),
                                    groups(r, p.subject(), loc, false));
                    };
                    return new TeamView.PromptView(p.kind(), says, "", "", "", 0, List.of());
                })
                .toList();
    }

    /** a: the stage, b/c: one group and the lead it names, d/e: the other and its lead. */
    private static TeamView.Line contradiction(
            Questionnaire q, TeamReport r, String kind, String question, String one, String other, String loc) {
        Question x = q.question(question);
        return new TeamView.Line(
                kind,
                stage(q, question, loc),
                RoleLabels.inSentence(one, loc),
                x.valueLabel(lead(r, question, one), loc),
                RoleLabels.inSentence(other, loc),
                x.valueLabel(lead(r, question, other), loc));
    }

    private static String lead(TeamReport r, String question, String group) {
        return r.ownershipGroups().stream()
                .filter(g -> g.question().equals(question) && g.group().equals(group))
                .findFirst()
                .map(TeamReport.StageGroup::leading)
                .orElse("");
    }

    /** The stage an ownership-map question asks about, as the ownership table names it. */
    private static String stage(Questionnaire q, String question, String loc) {
        String dl = q.defaultLocale();
        Question x = q.question(question);
        if (x.label() != null && x.label().in(loc, dl) != null) {
            return x.label().in(loc, dl);
        }
        return x.stage() == null || q.stage(x.stage()) == null
                ? x.text().in(loc, dl)
                : q.stage(x.stage()).label().in(loc, dl);
    }

    /** The shown groups a sign fires for at least half of ({@code most}), or for under a quarter of. */
    private static String groups(TeamReport r, String sign, String loc, boolean most) {
        List<String> names = r.signGroups().stream()
                .filter(g -> g.sign().equals(sign) && (most ? g.share() >= 0.5 : g.share() < 0.25))
                .map(g -> RoleLabels.inSentence(g.group(), loc))
                .toList();
        return RoleLabels.list(names, loc);
    }
}
