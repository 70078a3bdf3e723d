package no.journeydiag.common;

import java.util.List;

/**
 * A client error we detected ourselves. Mapped to RFC 9457 problem+json for the API and to a
 * friendly page for HTML routes by {@link ErrorMapper}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false); // no stack trace: this is an expected outcome
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of());
    }

    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(400, "Invalid request", detail, errors);
    }

    /** Ours to refuse for now (a rebuild is running, say); the client may try again shortly. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "Temporarily unavailable", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
