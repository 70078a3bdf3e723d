package no.journeydiag.workshop.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import no.journeydiag.common.FieldError;

/**
 * The workshop form's field errors as the consultant reads them: named by the field's label, not
 * its id, in the page's language, and pointing at the input (the service's field ids become the
 * form's input ids).
 */
final class FormErrors {

    private FormErrors() {}

    static List<FieldError> localise(List<FieldError> errors, String locale) {
        WorkshopMsg m = MessageBundles.get(WorkshopMsg.class, Localized.Literal.of(locale));
        return errors.stream().map(e -> localise(e, m)).toList();
    }

    private static FieldError localise(FieldError e, WorkshopMsg m) {
        String text = e.message() == null ? "" : e.message();
        return switch (e.field()) {
            case "organisation" -> new FieldError("organisation", m.f_organisation() + ": " + m.e_organisation());
            case "questionnaire" -> new FieldError("questionnaire", m.f_questionnaire() + ": " + m.e_questionnaire());
            case "roles" ->
                new FieldError(
                        "roles", m.f_roles() + ": " + (text.contains("longer") ? m.e_roles_long() : m.e_roles_many()));
            case "anonymityThreshold" -> new FieldError("anonymityThreshold", m.f_threshold() + ": " + m.e_threshold());
            case "opensAt" -> new FieldError("opensAt", label(m.f_opens("")) + ": " + m.e_time());
            case "closesAt" ->
                new FieldError(
                        "closesAt",
                        label(m.f_closes("")) + ": " + (text.startsWith("use") ? m.e_time() : m.e_closes()));
            case "previousWorkshopId" -> new FieldError("previous", label(m.f_previous()) + ": " + m.e_previous());
            case "language" -> new FieldError("language", m.f_language() + ": " + text);
            default -> e;
        };
    }

    /** The action form's errors, pointing at its inputs (a-what, a-owner, a-due, a-link). */
    static List<FieldError> action(List<FieldError> errors, String locale) {
        WorkshopMsg m = MessageBundles.get(WorkshopMsg.class, Localized.Literal.of(locale));
        return errors.stream()
                .map(e -> switch (e.field()) {
                    case "what" ->
                        new FieldError(
                                "a-what",
                                m.a_what() + ": "
                                        + (e.message() != null && e.message().contains("at most")
                                                ? m.e_a_many()
                                                : m.e_a_what()));
                    case "owner" -> new FieldError("a-owner", m.a_owner() + ": " + m.e_a_owner());
                    case "due" -> new FieldError("a-due", label(m.a_due()) + ": " + m.e_a_due());
                    case "link" -> new FieldError("a-link", label(m.a_link()) + ": " + m.e_a_link());
                    default -> e;
                })
                .toList();
    }

    /** A label without its parenthesised hint: "Opens (optional, … time)" → "Opens". */
    private static String label(String full) {
        int paren = full.indexOf(" (");
        return paren < 0 ? full : full.substring(0, paren);
    }
}
