package no.journeydiag.questionnaire.model;

import java.util.Map;

/** Text in one or more locales. Lookup falls back to the questionnaire's default locale. */
public record LocalizedText(Map<String, String> values) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        values = Map.copyOf(values);
    }

    public static LocalizedText of(String locale, String text) {
        return new LocalizedText(Map.of(locale, text));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text in {@code locale}, else in {@code fallback}, else any, else "". */
    public String in(String locale, String fallback) {
        String v = values.get(locale);
        if (v == null && fallback != null) { // an immutable map's get(null) throws
            v = values.get(fallback);
        }
        if (v == null && !values.isEmpty()) {
            v = values.values().iterator().next();
        }
        return v == null ? "" : v;
    }
}
