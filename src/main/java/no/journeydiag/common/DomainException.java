package no.journeydiag.common;

import java.util.List;

/**
 * An outcome the domain refuses: a thing that does not exist, a rule that forbids, a state that
 * conflicts, input that is wrong. Services say which it is; {@link ErrorMapper} alone decides what
 * HTTP status and page each kind becomes. No stack trace: these are expected outcomes.
 */
public abstract sealed class DomainException extends RuntimeException {

    private final String title;
    private final List<FieldError> errors;

    private DomainException(String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** A short summary a person can read, such as "This workshop is closed". */
    public String title() {
        return title;
    }

    /** What to fix, field by field; empty when no one field is at fault. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The thing named does not exist, or not for whoever asks. */
    public static final class NotFound extends DomainException {
        public NotFound(String detail) {
            this("Not found", detail);
        }

        public NotFound(String title, String detail) {
            super(title, detail, List.of());
        }
    }

    /** The caller is known but may not do this. */
    public static final class Forbidden extends DomainException {
        public Forbidden(String title, String detail) {
            super(title, detail, List.of());
        }
    }

    /** The request is sound but the thing is in a state that does not allow it. */
    public static final class Conflict extends DomainException {
        public Conflict(String title, String detail) {
            super(title, detail, List.of());
        }
    }

    /** The input is wrong; {@link #errors()} says where. */
    public static final class Invalid extends DomainException {
        public Invalid(String detail, List<FieldError> errors) {
            this("Invalid request", detail, errors);
        }

        public Invalid(String title, String detail, List<FieldError> errors) {
            super(title, detail, errors);
        }
    }

    /** Well-formed input that cannot be acted on, such as an idempotency key reused with another body. */
    public static final class Unprocessable extends DomainException {
        public Unprocessable(String title, String detail, List<FieldError> errors) {
            super(title, detail, errors);
        }
    }

    /** Ours to refuse for now (a rebuild is running, say); the client may try again shortly. */
    public static final class Unavailable extends DomainException {
        public Unavailable(String detail) {
            this("Temporarily unavailable", detail);
        }

        public Unavailable(String title, String detail) {
            super(title, detail, List.of());
        }
    }
}
