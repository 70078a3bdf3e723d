package no.journeydiag.common;

/** One thing wrong with one field of a request, in words that say what to fix. */
public record FieldError(String field, String message) {}
