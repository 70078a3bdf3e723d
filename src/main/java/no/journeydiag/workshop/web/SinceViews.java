package no.journeydiag.workshop.web;

import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.workshop.team.TeamReport;

/** The change since last time with every label resolved and number formatted; templates only place it. */
final class SinceViews {

    private static final String NONE = "–";

    private SinceViews() {}

    /** "up", "down" or "same" for a change of {@code delta}. */
    static String direction(double delta) {
        return delta > 0 ? "up" : delta < 0 ? "down" : "same";
    }

    static TeamView.SinceView of(Questionnaire q, TeamReport.SinceLast s, String loc) {
        if (s == null) {
            return null;
        }
        String dl = q.defaultLocale();
        return new TeamView.SinceView(
                s.participantsBefore(),
                s.participantsNow(),
                s.groups().stream()
                        .map(g -> new TeamView.SizeRow(
                                RoleLabels.capital(g.role(), loc),
                                g.role().equals(TeamReport.OTHER),
                                g.before() == null ? NONE : Integer.toString(g.before()),
                                g.now() == null ? NONE : Integer.toString(g.now())))
                        .toList(),
                s.gaps().stream()
                        .map(g -> new TeamView.GapRow(
                                q.element(g.element()).label().in(loc, dl),
                                gap(g.before(), loc),
                                gap(g.now(), loc),
                                g.widening() == null
                                        ? NONE
                                        : (g.widening() > 0 ? "+" : "") + TeamViews.score(g.widening(), loc),
                                g.widening() == null
                                        ? ""
                                        : g.widening() < 0 ? "narrower" : g.widening() > 0 ? "wider" : "same"))
                        .toList(),
                s.functions().stream()
                        .map(f -> new TeamView.FunctionRow(
                                q.element(f.element()).label().in(loc, dl),
                                RoleLabels.capital(f.role(), loc),
                                TeamViews.score(f.before(), loc),
                                TeamViews.score(f.now(), loc),
                                (f.delta() > 0 ? "+" : "") + TeamViews.score(f.delta(), loc),
                                direction(f.delta())))
                        .toList(),
                s.signs().stream()
                        .map(x -> new TeamView.SignRow(
                                q.warningSign(x.sign()).label().in(loc, dl),
                                TeamViews.percent(x.before(), loc),
                                TeamViews.percent(x.now(), loc),
                                direction(x.now() - x.before())))
                        .toList(),
                s.stages().stream()
                        .map(x -> {
                            Question question = q.question(x.question());
                            return new TeamView.StageRow(
                                    stage(q, question, loc, dl),
                                    lead(question, x.leadingBefore(), x.agreementBefore(), loc),
                                    lead(question, x.leadingNow(), x.agreementNow(), loc),
                                    x.changed());
                        })
                        .toList());
    }

    /** "84.0 (Marketing above Operations)", the groups named as the report names them. */
    private static TeamView.GapCell gap(TeamReport.Gap g, String loc) {
        if (g == null) {
            return new TeamView.GapCell(NONE, "", "");
        }
        return new TeamView.GapCell(
                TeamViews.score(g.difference(), loc),
                RoleLabels.capital(g.highRole(), loc),
                RoleLabels.label(g.lowRole(), loc));
    }

    private static String lead(Question x, String leading, Double agreement, String loc) {
        return leading == null ? NONE : x.valueLabel(leading, loc) + " (" + TeamViews.percent(agreement, loc) + ")";
    }

    private static String stage(Questionnaire q, Question x, String loc, String dl) {
        if (x.label() != null && x.label().in(loc, dl) != null) {
            return x.label().in(loc, dl);
        }
        return x.stage() == null
                ? x.text().in(loc, dl)
                : q.stage(x.stage()).label().in(loc, dl);
    }
}
