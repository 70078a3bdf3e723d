package no.journeydiag.questionnaire.model;

import java.util.List;

/**
 * Whether and how a questionnaire asks for contact details. {@code mode}: off, optional (offered
 * under the report) or before-report (the report opens after the form). A lead is stored only
 * with consent to {@code consent}, whose {@code consentVersion} is stored with it.
 */
public record LeadCapture(Mode mode, List<String> fields, String consentVersion, LocalizedText consent) {

    public static final List<String> FIELDS = List.of("email", "name", "company", "role", "phone");
    public static final LeadCapture OFF = new LeadCapture(Mode.OFF, List.of(), null, null);

    public enum Mode {
        OFF,
        OPTIONAL,
        BEFORE_REPORT;

        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public boolean on() {
        return mode != Mode.OFF;
    }

    public boolean asks(String field) {
        return fields.contains(field);
    }
}
