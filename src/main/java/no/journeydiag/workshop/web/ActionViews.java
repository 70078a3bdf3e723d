package no.journeydiag.workshop.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.workshop.service.WorkshopActions;

/** The actions agreed in the room, and what the action form offers, in the page's language. */
final class ActionViews {

    private ActionViews() {}

    static List<TeamView.ActionView> actions(Questionnaire q, List<WorkshopActions.Action> actions, String loc) {
        String dl = q.defaultLocale();
        return actions.stream()
                .map(a -> new TeamView.ActionView(
                        a.id(),
                        a.what(),
                        RoleLabels.capital(a.owner(), loc),
                        a.due() == null ? "" : date(a.due(), loc),
                        linkLabel(q, a.link(), loc, dl)))
                .toList();
    }

    /** What an action can answer: each element, then each warning sign. */
    static List<JoinPage.RoleChoice> linkChoices(Questionnaire q, String loc, String dl) {
        List<JoinPage.RoleChoice> out = new ArrayList<>();
        q.elements()
                .forEach(e -> out.add(
                        new JoinPage.RoleChoice("element:" + e.id(), e.label().in(loc, dl))));
        q.warningSigns()
                .forEach(s -> out.add(
                        new JoinPage.RoleChoice("sign:" + s.id(), s.label().in(loc, dl))));
        return out;
    }

    private static String linkLabel(Questionnaire q, String link, String loc, String dl) {
        if (link == null) {
            return "";
        }
        if (link.startsWith("element:") && q.element(link.substring(8)) != null) {
            return q.element(link.substring(8)).label().in(loc, dl);
        }
        if (link.startsWith("sign:") && q.warningSign(link.substring(5)) != null) {
            return q.warningSign(link.substring(5)).label().in(loc, dl);
        }
        return "";
    }

    /** "31 December 2026" / "31. desember 2026". */
    static String date(java.time.LocalDate d, String loc) {
        return "nb".equals(loc)
                ? d.format(java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb")))
                : d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }
}
