package no.journeydiag.report.service;

import java.util.List;

/** Lists in running text: "A", "A and B", "A, B and C" (Norwegian "og"). */
final class PriorityTexts {

    private PriorityTexts() {}

    static String joined(List<String> items, String locale) {
        String and = "nb".equals(locale) ? " og " : " and ";
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }
}
