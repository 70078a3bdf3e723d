package no.journeydiag.workshop.web;

import java.util.List;
import java.util.Map;
import no.journeydiag.workshop.team.TeamReport;

/**
 * A role as a reader of a language sees it. The default roles are stored in English, lower case, and
 * shown in sentence case in both languages wherever they stand ("Customer service", "Kundeservice");
 * a role the consultant typed is shown as typed ("HR", "iOS team"), capitalised only to start a sentence.
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
        if (!NB.containsKey(role)) {
            return role;
        }
        return TeamViews.capitalise("nb".equals(locale) ? NB.get(role) : role);
    }

    /** The role's label with a capital first letter, for the start of a sentence. */
    public static String capital(String role, String locale) {
        return TeamViews.capitalise(label(role, locale));
    }

    /**
     * The role inside a sentence: the folded group as words that read as one subject ("the group of
     * smaller functions"), never naming the roles in it; any other role as {@link #label}.
     */
    public static String inSentence(String role, String locale) {
        if (TeamReport.OTHER.equals(role)) {
            return "nb".equals(locale) ? "gruppen med de mindre funksjonene" : "the group of smaller functions";
        }
        return label(role, locale);
    }

    /** "A, B and C" / "A, B og C". */
    static String list(List<String> names, String locale) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1))
                + ("nb".equals(locale) ? " og " : " and ")
                + names.get(names.size() - 1);
    }
}
