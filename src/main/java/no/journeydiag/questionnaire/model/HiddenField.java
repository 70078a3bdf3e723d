package no.journeydiag.questionnaire.model;

/**
 * A value the host page or the API passes along with the answers without asking the taker, such
 * as utm_source or a CRM id: stored with the response, never scored. Values are at most
 * {@code maxLength} characters.
 */
public record HiddenField(String id, int maxLength) {

    public static final int DEFAULT_MAX_LENGTH = 200;
    public static final int MOST_FIELDS = 20;
}
