package no.journeydiag.account.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import no.journeydiag.account.service.PasswordPolicy;
import no.journeydiag.common.FieldError;

/**
 * The account services' field errors as the page's reader reads them: "Label: what to fix", in
 * the page's language. English keeps the service's own wording, which names the bad value.
 */
final class AccountErrors {

    private AccountErrors() {}

    /** {@code partner}: the "name" field is a partner's name, not a token's. */
    static List<FieldError> localise(List<FieldError> errors, String locale, boolean partner) {
        ConsultantMsg m = MessageBundles.get(ConsultantMsg.class, Localized.Literal.of(locale));
        boolean nb = "nb".equals(locale);
        return errors.stream()
                .map(e -> new FieldError(
                        e.field(), label(e.field(), m, partner) + ": " + (nb ? norwegian(e, m, partner) : e.message())))
                .toList();
    }

    private static String label(String field, ConsultantMsg m, boolean partner) {
        return switch (field) {
            case "username" -> m.username();
            case "displayName" -> m.col_name();
            case "password" -> m.password();
            case "role" -> m.col_role();
            case "questionnaire", "questionnaires" -> m.col_questionnaires();
            case "name" -> partner ? m.col_partner() : m.col_name();
            default -> field;
        };
    }

    private static String norwegian(FieldError e, ConsultantMsg m, boolean partner) {
        String text = e.message() == null ? "" : e.message();
        return switch (e.field()) {
            case "username" -> text.contains("taken") ? m.e_username_taken() : m.e_username();
            case "displayName" -> m.e_display_name();
            case "password" -> m.e_password(PasswordPolicy.MIN_LENGTH);
            case "role" -> m.e_role();
            case "questionnaire", "questionnaires" -> m.e_questionnaire();
            case "name" -> partner ? m.e_partner_name() : m.e_token_name();
            default -> text;
        };
    }
}
