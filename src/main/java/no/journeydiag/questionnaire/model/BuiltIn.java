package no.journeydiag.questionnaire.model;

import java.util.List;
import java.util.Map;

/** Option sets that every questionnaire shares, with their labels in the languages we ship. */
public final class BuiltIn {

    private BuiltIn() {}

    public static final List<String> LIKERT_VALUES =
            List.of("strongly-disagree", "disagree", "neutral", "agree", "strongly-agree");

    private static final Map<String, List<String>> LIKERT_LABELS = Map.of(
            "en", List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"),
            "nb", List.of("Helt uenig", "Uenig", "Verken enig eller uenig", "Enig", "Helt enig"));

    private static final Map<String, List<String>> YESNO_LABELS = Map.of(
            "en", List.of("Yes", "No"),
            "nb", List.of("Ja", "Nei"));

    private static final Map<String, List<String>> RESERVED_LABELS = Map.of(
            "en", List.of("Don't know", "Not applicable"),
            "nb", List.of("Vet ikke", "Ikke relevant"));

    public static boolean hasLabels(String locale) {
        return LIKERT_LABELS.containsKey(locale);
    }

    public static List<Option> likert(List<String> locales, Pos pos) {
        java.util.ArrayList<Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < LIKERT_VALUES.size(); i++) {
            options.add(new Option(LIKERT_VALUES.get(i), labels(LIKERT_LABELS, locales, i), i, pos));
        }
        return List.copyOf(options);
    }

    public static List<Option> yesNo(List<String> locales, Pos pos) {
        return List.of(
                new Option("yes", labels(YESNO_LABELS, locales, 0), 1, pos),
                new Option("no", labels(YESNO_LABELS, locales, 1), 0, pos));
    }

    public static String dontKnow(String locale) {
        return RESERVED_LABELS.getOrDefault(locale, RESERVED_LABELS.get("en")).get(0);
    }

    public static String notApplicable(String locale) {
        return RESERVED_LABELS.getOrDefault(locale, RESERVED_LABELS.get("en")).get(1);
    }

    private static LocalizedText labels(Map<String, List<String>> table, List<String> locales, int index) {
        java.util.HashMap<String, String> values = new java.util.HashMap<>();
        for (String locale : locales) {
            List<String> l = table.get(locale);
            if (l != null) {
                values.put(locale, l.get(index));
            }
        }
        return new LocalizedText(values);
    }
}
