package no.journeydiag.workshop.web;

import java.util.Map;
import no.journeydiag.workshop.team.TeamReport;

/**
 * A role as a reader of a language sees it: the default roles are stored in English and have a
 * Norwegian label; a role the consultant typed is shown as typed.
 */
public final class RoleLabels {

    private static final Map<String, String> NB = Map.of(
            "leadership",
            "ledelse",
            "marketing",
            "markedsføring",
            "sales",
            "salg",
            "product",
            "produkt",
            "customer service",
            "kundeservice",
            "operations",
            "drift",
            TeamReport.OTHER,
            "annet");

    private RoleLabels() {}

    public static String label(String role, String locale) {
        if (role == null) {
            return "";
        }
        if ("nb".equals(locale)) {
            return NB.getOrDefault(role, role);
        }
        return role;
    }

    /** The role's label with a capital first letter, for the start of a sentence or a heading cell. */
    public static String capital(String role, String locale) {
        return TeamViews.capitalise(label(role, locale));
    }
}
