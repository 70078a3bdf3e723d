package no.journeydiag.report.service;

import java.util.List;

/**
 * Lists of names in running text: "A", "A and B", "A, B and C"; in Norwegian each name in «»,
 * since names contain "og" themselves («Bruk», «Avslutning og gjenvinning» reads unambiguously).
 */
final class PriorityTexts {

    private PriorityTexts() {}

    static String joined(List<String> items, String locale) {
        boolean nb = "nb".equals(locale);
        List<String> names = nb ? items.stream().map(s -> "«" + s + "»").toList() : items;
        String and = nb ? " og " : " and ";
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }
}
