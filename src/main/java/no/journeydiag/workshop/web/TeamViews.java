package no.journeydiag.workshop.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.workshop.service.Team;
import no.journeydiag.workshop.service.Workshop;
import no.journeydiag.workshop.service.WorkshopActions;
import no.journeydiag.workshop.team.TeamReport;

/** TeamReport (ids and numbers) → TeamView (labels in one language, chart geometry). */
public final class TeamViews {

    static final int STRIP_WIDTH = 300;
    static final int STRIP_PAD = 8;
    static final int DOT_STEP = 7;
    static final int MAX_STACK = 15;
    static final int BAR_MAX = 120;

    private TeamViews() {}

    public static TeamView of(Team team, String requested, boolean forPdf) {
        return of(team, requested, forPdf, List.of(), List.of());
    }

    /** With the actions agreed in this workshop and in the earlier one it is compared with. */
    public static TeamView of(
            Team team,
            String requested,
            boolean forPdf,
            List<WorkshopActions.Action> actions,
            List<WorkshopActions.Action> previousActions) {
        Questionnaire q = team.questionnaire();
        TeamReport r = team.report();
        String loc = requested != null && q.locales().contains(requested) ? requested : q.defaultLocale();
        String dl = q.defaultLocale();

        List<TeamView.ElementRow> elements = new ArrayList<>();
        int perDot = 1;
        for (TeamReport.ElementStats s : r.elements()) {
            perDot = Math.max(perDot, perDot(s.scores()));
        }
        for (TeamReport.ElementStats s : r.elements()) {
            String label = q.element(s.element()).label().in(loc, dl);
            if (!s.enoughAnswers()) {
                elements.add(new TeamView.ElementRow(
                        label, false, s.n(), "", "", "", "", "", "", "", List.of(), 0, 0, List.of()));
                continue;
            }
            Band band = q.band(s.mean());
            List<TeamView.Dot> dots = dots(s.scores(), perDot);
            int height = dots.stream().mapToInt(d -> d.cy()).max().orElse(12)
                    + STRIP_PAD
                    + 12; // room for the 0/50/100 labels
            elements.add(new TeamView.ElementRow(
                    label,
                    true,
                    s.n(),
                    score(s.mean(), loc),
                    band.label().in(loc, dl),
                    band.colour(),
                    score(s.median(), loc),
                    score(s.min(), loc) + "–" + score(s.max(), loc),
                    score(s.sd(), loc),
                    percent(s.agreement(), loc),
                    dots,
                    height,
                    height - 2,
                    byGroup(r, s.element(), loc)));
        }

        List<String> heatHeaders =
                q.elements().stream().map(e -> e.label().in(loc, dl)).toList();
        List<TeamView.HeatRow> heat = r.heatmap().stream()
                .map(row -> new TeamView.HeatRow(
                        RoleLabels.label(row.role(), loc),
                        other(row.role()),
                        row.count(),
                        q.elements().stream()
                                .map(e -> {
                                    Double m = row.means().get(e.id());
                                    return new TeamView.HeatCell(
                                            m == null ? "–" : score(m, loc),
                                            m == null ? -1 : (int) Math.min(4, m / 20));
                                })
                                .toList()))
                .toList();
        boolean hiddenCells = heat.stream().anyMatch(h -> h.cells().stream().anyMatch(c -> c.level() < 0));

        List<TeamView.GapView> gaps = r.gaps().stream()
                .map(g -> new TeamView.GapView(
                        RoleLabels.capital(g.lowRole(), loc),
                        other(g.lowRole()),
                        q.element(g.element()).label().in(loc, dl),
                        Math.round(g.difference()),
                        RoleLabels.label(g.highRole(), loc),
                        other(g.highRole()),
                        score(g.lowMean(), loc),
                        score(g.highMean(), loc),
                        score(g.difference(), loc),
                        g.flagged()))
                .toList();

        List<TeamView.SignView> signs = r.signs().stream()
                .map(s -> new TeamView.SignView(
                        q.warningSign(s.sign()).label().in(loc, dl),
                        q.warningSign(s.sign()).description().in(loc, dl),
                        s.count(),
                        percent(s.share(), loc),
                        s.team(),
                        signGroups(r, s.sign(), loc),
                        signGroupNames(r, s.sign(), loc, true),
                        signGroupNames(r, s.sign(), loc, false)))
                .toList();

        List<TeamView.PromptView> prompts = StoryViews.prompts(q, r, loc);

        List<TeamView.StageView> stages = r.ownership().stream()
                .map(o -> {
                    Question x = q.question(o.question());
                    String stage = x.label() != null && x.label().in(loc, dl) != null
                            ? x.label().in(loc, dl)
                            : o.stage() == null
                                    ? x.text().in(loc, dl)
                                    : q.stage(o.stage()).label().in(loc, dl);
                    return new TeamView.StageView(
                            stage,
                            x.text().in(loc, dl),
                            o.enoughAnswers(),
                            o.leading() == null ? "–" : x.valueLabel(o.leading(), loc),
                            percent(o.agreement(), loc),
                            o.agreed(),
                            o.n(),
                            bars(x, o.distribution(), loc),
                            stageGroups(q, r, x, loc),
                            stageGroups(q, r, x, loc).stream()
                                            .filter(g -> !g.hidden())
                                            .map(TeamView.StageGroupView::leading)
                                            .distinct()
                                            .count()
                                    > 1);
                })
                .toList();

        List<TeamView.PriorityView> improve = StoryViews.improveFirst(q, r, loc);

        List<TeamView.ChangeView> changes = r.changes().stream()
                .map(c -> new TeamView.ChangeView(
                        q.element(c.element()).label().in(loc, dl),
                        score(c.before(), loc),
                        score(c.now(), loc),
                        (c.delta() > 0 ? "+" : "") + score(c.delta(), loc),
                        c.delta() > 0 ? "up" : c.delta() < 0 ? "down" : "same"))
                .toList();

        var w = team.workshop();
        var release = team.release();
        List<String> merged = r.groups().stream()
                .filter(g -> other(g.role()))
                .flatMap(g -> g.merged().stream())
                .map(m -> RoleLabels.label(m, loc))
                .toList();
        return new TeamView(
                w.id(),
                w.organisation(),
                q.title().in(loc, dl),
                loc,
                q.locales(),
                r.participants(),
                r.threshold(),
                r.belowThreshold(),
                percent(r.coverage(), loc),
                r.overallMean() == null ? "" : score(r.overallMean(), loc),
                r.groups().stream()
                        .map(g -> new TeamView.Group(
                                RoleLabels.label(g.role(), loc),
                                other(g.role()),
                                g.count(),
                                g.merged().stream()
                                        .map(m -> RoleLabels.label(m, loc))
                                        .toList()))
                        .toList(),
                r.breakdown(),
                merged,
                elements,
                heatHeaders,
                heat,
                hiddenCells,
                gaps,
                signs,
                prompts,
                stages,
                improve,
                changes,
                no.journeydiag.common.web.Formats.dateTime(OffsetDateTime.now(ZoneOffset.UTC), loc),
                forPdf,
                perDot,
                new TeamView.ReleaseView(
                        release.never(),
                        release.released(),
                        release.pending(),
                        w.state() != Workshop.State.CLOSED,
                        no.journeydiag.common.web.Formats.dateTime(release.releasedAt(), loc)),
                r.apart().stream()
                        .map(a -> new TeamView.ApartView(
                                RoleLabels.capital(a.group(), loc),
                                q.element(a.element()).label().in(loc, dl),
                                score(a.groupMean(), loc),
                                score(a.restMean(), loc),
                                Math.round(Math.abs(a.difference())),
                                a.difference() > 0))
                        .toList(),
                no.journeydiag.common.web.Formats.decimal(r.gapThreshold(), loc).replaceAll("[.,]0$", ""),
                w.state() == Workshop.State.CLOSED,
                ActionViews.actions(q, actions, loc),
                ActionViews.actions(q, previousActions, loc),
                w.roles().stream()
                        .map(role -> new JoinPage.RoleChoice(role, RoleLabels.label(role, loc)))
                        .toList(),
                ActionViews.linkChoices(q, loc, dl),
                r.comments().stream()
                        .map(c -> new TeamView.CommentView(
                                q.question(c.question()).text().in(loc, dl), c.shown(), c.comments()))
                        .toList(),
                SinceViews.of(q, r.since(), loc));
    }

    /** Each shown group's mean on an element, as the heat map has it (hidden cells blank). */
    private static List<TeamView.GroupMean> byGroup(TeamReport r, String element, String loc) {
        return r.heatmap().stream()
                .map(row -> {
                    Double m = row.means().get(element);
                    return new TeamView.GroupMean(
                            RoleLabels.capital(row.role(), loc),
                            row.count(),
                            m == null ? "" : score(m, loc),
                            m == null ? 0 : x(m),
                            m == null);
                })
                .toList();
    }

    private static List<TeamView.GroupShare> signGroups(TeamReport r, String sign, String loc) {
        return r.signGroups().stream()
                .filter(g -> g.sign().equals(sign))
                .map(g -> new TeamView.GroupShare(
                        RoleLabels.capital(g.group(), loc), g.count(), g.size(), percent(g.share(), loc), (int)
                                Math.round(BAR_MAX * g.share())))
                .toList();
    }

    /** The groups a sign fires for at least half of ({@code most}), or for under a quarter of. */
    static String signGroupNames(TeamReport r, String sign, String loc, boolean most) {
        return String.join(
                ", ",
                r.signGroups().stream()
                        .filter(g -> g.sign().equals(sign) && (most ? g.share() >= 0.5 : g.share() < 0.25))
                        .map(g -> RoleLabels.capital(g.group(), loc))
                        .toList());
    }

    /** One cell per shown group, in the groups' order, so every stage's row lines up under the same headings. */
    private static List<TeamView.StageGroupView> stageGroups(Questionnaire q, TeamReport r, Question x, String loc) {
        if (r.ownershipGroups().isEmpty()) {
            return List.of();
        }
        return r.groups().stream()
                .map(group -> r.ownershipGroups().stream()
                        .filter(g -> g.question().equals(x.id()) && g.group().equals(group.role()))
                        .findFirst()
                        .map(g -> new TeamView.StageGroupView(
                                RoleLabels.capital(g.group(), loc),
                                g.n(),
                                x.valueLabel(g.leading(), loc),
                                percent(g.share(), loc),
                                g.leading().equals(Question.DONT_KNOW)
                                        || q.ownershipMap().gapValues().contains(g.leading()),
                                false))
                        .orElse(new TeamView.StageGroupView(
                                RoleLabels.capital(group.role(), loc), 0, "", "", false, true)))
                .toList();
    }

    private static boolean other(String role) {
        return role.equals(TeamReport.OTHER);
    }

    private static int x(double score) {
        return STRIP_PAD + (int) Math.round((STRIP_WIDTH - 2 * STRIP_PAD) * score / 100.0);
    }

    /**
     * Participants per dot: one, unless a place on the strip would stack more than {@value #MAX_STACK}
     * dots (a large workshop): then as many per dot as keeps every stack that low, so that the strip
     * stays readable and the page small (2,000 participants drew 8,000 dots, a 574 KB page).
     */
    static int perDot(List<Double> scores) {
        Map<Integer, Integer> stack = new HashMap<>();
        int highest = 0;
        for (double s : scores) {
            highest = Math.max(highest, stack.merge(x(s) / 4, 1, Integer::sum));
        }
        return highest <= MAX_STACK ? 1 : (highest + MAX_STACK - 1) / MAX_STACK;
    }

    /**
     * Every score as a dot on the strip; equal scores (within 4 px) stack upwards so none hides another.
     * With {@code perDot} above one, a place with n participants gets ⌈n ÷ perDot⌉ dots.
     */
    static List<TeamView.Dot> dots(List<Double> scores, int perDot) {
        Map<Integer, Integer> stack = new HashMap<>();
        List<TeamView.Dot> dots = new ArrayList<>();
        for (double s : scores) {
            int cx = x(s);
            int n = stack.merge(cx / 4, 1, Integer::sum);
            if ((n - 1) % perDot == 0) { // the first of each group of perDot at this place draws the dot
                dots.add(new TeamView.Dot(cx, 12 + (n - 1) / perDot * DOT_STEP));
            }
        }
        return dots;
    }

    static List<TeamView.BarView> bars(Question x, List<TeamReport.ValueCount> counts, String loc) {
        int max = counts.stream().mapToInt(TeamReport.ValueCount::count).max().orElse(0);
        return counts.stream()
                .map(c -> new TeamView.BarView(
                        x.valueLabel(c.value(), loc),
                        c.count(),
                        max == 0 ? 0 : Math.round((float) BAR_MAX * c.count() / max)))
                .toList();
    }

    /** One decimal in the page's language: "50.9" in English, "50,9" in Norwegian. */
    static String score(Double v, String locale) {
        if (v == null) {
            return "";
        }
        String s = java.math.BigDecimal.valueOf(v)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        return locale.equals("nb") ? s.replace('.', ',') : s;
    }

    /** A share 0–1 as a whole percentage, the reader's way ("83%", "83 %" with a no-break space). */
    static String percent(double share, String loc) {
        return no.journeydiag.common.web.Formats.percent(share, loc);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
