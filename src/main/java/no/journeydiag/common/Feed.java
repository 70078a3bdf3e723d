package no.journeydiag.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.journeydiag.common.DomainException.Invalid;

/**
 * Keyset paging for partner feeds: items in (time, id) order from {@code since}; {@code next} is
 * the link to the following page, or null at the end. Stable while rows are added.
 */
public record Feed<T>(
        List<T> items,

        @org.eclipse.microprofile.openapi.annotations.media.Schema(
                description = "The link to the following page; null at the end",
                nullable = true)
        String next) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** The checked paging parameters. */
    public record Window(OffsetDateTime since, long after, int limit) {

        /** The query condition for rows after this window's cursor on ({@code timeField}, id), as ?1 and ?2. */
        public String where(String timeField) {
            return "(" + timeField + " > ?1 or (" + timeField + " = ?1 and id > ?2))";
        }

        /** The values of ?1 and ?2 in {@link #where}; add the query's own parameters after them. */
        public List<Object> params() {
            return new java.util.ArrayList<>(List.of(since, after));
        }
    }

    /**
     * The page of {@code items} (at most the window's limit, in cursor order) with the link to the
     * next one, made from the last item's time and id.
     */
    public static <T> Feed<T> of(
            List<T> items,
            Window w,
            String path,
            java.util.function.Function<T, OffsetDateTime> time,
            java.util.function.ToLongFunction<T> id,
            String extra) {
        T last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Feed<>(
                items,
                last == null ? null : next(path, items.size(), w, time.apply(last), id.applyAsLong(last), extra));
    }

    /** Reads since (ISO-8601 with offset), after (an id) and limit, or throws a 400 naming each bad one. */
    public static Window window(String since, String after, String limit) {
        List<FieldError> errors = new java.util.ArrayList<>();
        OffsetDateTime from = OffsetDateTime.parse("1970-01-01T00:00:00Z");
        if (since != null && !since.isBlank()) {
            try {
                from = OffsetDateTime.parse(since.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("since", "use an ISO-8601 timestamp with offset, e.g. 2026-11-01T00:00:00Z"));
            }
        }
        long afterId = 0;
        if (after != null && !after.isBlank()) {
            try {
                afterId = Long.parseLong(after.trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("after", "use the value from the previous page's next link"));
            }
        }
        int n = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                errors.add(new FieldError("limit", "use a whole number from 1 to " + MAX_LIMIT));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The paging parameters need fixing.", errors);
        }
        return new Window(from, afterId, n);
    }

    /** The next page's link when this page is full. */
    public static String next(String path, int size, Window w, OffsetDateTime lastTime, long lastId, String extra) {
        if (size < w.limit()) {
            return null;
        }
        return path + "?since=" + URLEncoder.encode(lastTime.toString(), StandardCharsets.UTF_8) + "&after=" + lastId
                + "&limit=" + w.limit() + (extra == null ? "" : extra);
    }
}
