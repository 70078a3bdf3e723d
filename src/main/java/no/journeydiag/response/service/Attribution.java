package no.journeydiag.response.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.common.FieldError;
import no.journeydiag.questionnaire.model.HiddenField;
import no.journeydiag.questionnaire.model.Questionnaire;

/**
 * Reads hidden-field values (utm_source, a CRM id…) against the questionnaire's {@code hiddenFields}.
 * The API is strict (an undeclared field or a value too long is a 400 that says so); a page, whose
 * values come from a host page's URL, keeps the declared fields, cut to their length.
 */
public final class Attribution {

    /** The values kept, in declaration order, and what was wrong (strict reading only). */
    public record Outcome(Map<String, String> values, List<FieldError> errors) {}

    private Attribution() {}

    public static Outcome strict(Questionnaire q, Map<String, ?> raw, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null) {
            return new Outcome(values, errors);
        }
        for (Map.Entry<String, ?> e : raw.entrySet()) {
            HiddenField f = q.hiddenField(e.getKey());
            String field = prefix + e.getKey();
            if (f == null) {
                errors.add(new FieldError(
                        field,
                        q.hiddenFields().isEmpty()
                                ? "this questionnaire declares no hidden fields"
                                : "not a hidden field of this questionnaire; it has "
                                        + String.join(
                                                ", ",
                                                q.hiddenFields().stream()
                                                        .map(HiddenField::id)
                                                        .toList())));
            } else if (e.getValue() == null) {
                continue;
            } else if (!(e.getValue() instanceof String s)) {
                errors.add(new FieldError(field, "give the value as a string"));
            } else if (s.length() > f.maxLength()) {
                errors.add(new FieldError(field, "at most " + f.maxLength() + " characters"));
            } else if (s.chars().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError(field, "control characters (such as line breaks) are not allowed"));
            } else if (!s.isBlank()) {
                values.put(f.id(), s);
            }
        }
        return new Outcome(ordered(q, values), errors);
    }

    /** The declared fields found in {@code raw} (first value of each), without control characters, cut to length. */
    public static Map<String, String> lenient(Questionnaire q, Map<String, List<String>> raw, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (HiddenField f : q.hiddenFields()) {
            List<String> given = raw.get(prefix + f.id());
            if (given == null || given.isEmpty() || given.get(0) == null) {
                continue;
            }
            String v = given.get(0).replaceAll("\\p{Cntrl}", "").strip();
            if (!v.isEmpty()) {
                values.put(f.id(), v.length() > f.maxLength() ? v.substring(0, f.maxLength()) : v);
            }
        }
        return values;
    }

    private static Map<String, String> ordered(Questionnaire q, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (HiddenField f : q.hiddenFields()) {
            if (values.containsKey(f.id())) {
                out.put(f.id(), values.get(f.id()));
            }
        }
        return out;
    }
}
