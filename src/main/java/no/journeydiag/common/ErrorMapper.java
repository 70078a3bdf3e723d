package no.journeydiag.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.common.web.Msg;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become responses. API paths get RFC 9457 problem+json with
 * field errors, everything else a friendly HTML page. No stack trace or class name ever leaves.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    static final String BAD_FORM = "The form could not be read";

    private final StorageHealth storage;

    public ErrorMapper(StorageHealth storage) {
        this.storage = storage;
    }

    @CheckedTemplate(basePath = "error", requireTypeSafeExpressions = false)
    public static class Templates {
        public static native TemplateInstance page(int status, String title, String detail, String locale, String base);
    }

    /** The one table from what the domain refused to the HTTP status that says so. */
    static final java.util.Map<Class<? extends DomainException>, Integer> STATUS = java.util.Map.of(
            DomainException.NotFound.class, 404,
            DomainException.Forbidden.class, 403,
            DomainException.Conflict.class, 409,
            DomainException.Invalid.class, 400,
            DomainException.Unprocessable.class, 422,
            DomainException.Unavailable.class, 503);

    static int status(DomainException e) {
        return STATUS.get(
                e.getClass()); // DomainException is sealed: every kind is in the table (ErrorMapperTest checks)
    }

    @ServerExceptionMapper
    public Response problem(DomainException e, UriInfo uri, HttpHeaders headers) {
        int status = status(e);
        Response r = respond(uri, headers, status, e.title(), e.getMessage(), e.errors());
        return status == 503
                ? Response.fromResponse(r).header("Retry-After", "5").build()
                : r;
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        Response duplicate = duplicate(e, uri);
        if (duplicate != null) {
            return duplicate;
        }
        var loc = e.getLocation();
        String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        return respond(uri, null, 400, "Malformed JSON", "The request body is not valid JSON" + where + ".", List.of());
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String known = e.getKnownPropertyIds() == null
                ? ""
                : e.getKnownPropertyIds().stream()
                        .map(Object::toString)
                        .sorted()
                        .collect(Collectors.joining(", "));
        return respond(
                uri,
                null,
                400,
                "Invalid request",
                "The request has a property this API does not know.",
                List.of(new FieldError(
                        JsonProblems.path(e),
                        "unknown property '" + e.getPropertyName() + "'"
                                + (known.isEmpty() ? "" : "; allowed: " + known))));
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, UriInfo uri) {
        String expected =
                e.getTargetType() == null ? "a different kind of value" : JsonProblems.describe(e.getTargetType());
        return respond(
                uri,
                null,
                400,
                "Invalid request",
                "A property has the wrong type.",
                List.of(new FieldError(JsonProblems.path(e), "expected " + expected)));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        Response duplicate = duplicate(e, uri); // inside a nested object Jackson wraps the parser's complaint
        if (duplicate != null) {
            return duplicate;
        }
        return respond(uri, null, 400, "Malformed JSON", "The request body could not be read as JSON.", List.of());
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v ->
                        new FieldError(JsonProblems.lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return respond(uri, null, 400, "Invalid request", "Some fields are not valid.", errors);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        // Quarkus REST wraps some body-reading failures; report what actually went wrong.
        if (e.getCause() instanceof UnrecognizedPropertyException u) {
            return unknownProperty(u, uri);
        }
        if (e.getCause() instanceof MismatchedInputException m) {
            return wrongShape(m, uri);
        }
        if (e.getCause() instanceof JsonParseException p) {
            return malformedJson(p, uri);
        }
        if (e.getCause() instanceof JsonProcessingException j) {
            return otherJson(j, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Request refused"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address. Check the link, or start from the home page.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format you asked for.";
            case 415 -> "Send the body as application/json.";
            case 413 -> "The request body is too large.";
            default -> "The request could not be handled as sent.";
        };
        return respond(uri, headers, status, title, detail, List.of());
    }

    /** The partner feeds take partner keys, not personal tokens; their 401s say so. */
    private static boolean partnerFeed(String path) {
        String p = path.replaceAll("/+$", "");
        return p.equals("/api/v1/results") || p.equals("/api/v1/leads");
    }

    /** Not signed in: the API asks for a token, a page sends the person to the login form and back. */
    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        if (isApi(uri.getPath())) {
            return Response.fromResponse(respond(
                            uri,
                            headers,
                            401,
                            "Authentication required",
                            partnerFeed(uri.getPath())
                                    ? "Send a partner key as 'Authorization: Bearer jdp_…'. An admin creates partner keys at /admin/partner-keys."
                                    : "Send a personal API token as 'Authorization: Bearer jd_…'. Consultants create tokens at /consultant/tokens.",
                            List.of()))
                    .header("WWW-Authenticate", "Bearer")
                    .build();
        }
        String next = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null
                        ? ""
                        : "?" + uri.getRequestUri().getRawQuery());
        return Response.seeOther(java.net.URI.create(
                        "/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)))
                .build();
    }

    /** A session that expired or was ended, or a token that is wrong or revoked. */
    @ServerExceptionMapper
    public Response authenticationFailed(
            io.quarkus.security.AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        if (isApi(uri.getPath())) {
            return Response.fromResponse(respond(
                            uri,
                            headers,
                            401,
                            partnerFeed(uri.getPath()) ? "Invalid partner key" : "Invalid API token",
                            partnerFeed(uri.getPath())
                                    ? "The partner key is unknown or has been revoked. Ask an admin for a new one (/admin/partner-keys)."
                                    : "The token is unknown or has been revoked. Create a new one at /consultant/tokens.",
                            List.of()))
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .build();
        }
        return Response.seeOther(java.net.URI.create("/login?expired=true"))
                .cookie(new jakarta.ws.rs.core.NewCookie.Builder("jd_session")
                        .value("")
                        .path("/")
                        .maxAge(0)
                        .httpOnly(true)
                        .build())
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                uri,
                headers,
                403,
                "Not allowed",
                "Your sign-in does not allow this: admin pages need an admin account, "
                        + "partner feeds a partner key.",
                List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (Causes.databaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(respond(
                            uri,
                            headers,
                            503,
                            "Temporarily unavailable",
                            "The service is busy or cannot reach its database. Nothing was changed; please try again in a moment.",
                            List.of()))
                    .header("Retry-After", "5")
                    .build();
        }
        if (StorageHealth.isStorageFailure(e)) {
            // Disk full, a read-only file, a database closed by a failed write: the transaction did not commit.
            storage.failed(e);
            LOG.warnf("Database cannot write on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(respond(
                            uri,
                            headers,
                            503,
                            "Temporarily unavailable",
                            "The service cannot store data right now. Nothing was saved; please try again in a little while.",
                            List.of()))
                    .header("Retry-After", "30")
                    .build();
        }
        if (Causes.clientWentAway(e)) {
            // The client closed the connection while its body was being read: nobody to answer, nothing of ours broke.
            LOG.debugf("Client closed the connection on %s: %s", uri.getPath(), e.getMessage());
            return Response.status(400).build();
        }
        if (Causes.unreadableForm(e)) {
            return badForm(e, uri, headers);
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return respond(
                uri,
                headers,
                500,
                "Something went wrong on our side",
                "The error has been logged with reference " + id + ". Please try again later.",
                List.of());
    }

    private static Response badForm(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.debugf("Unreadable form body on %s: %s", uri.getPath(), e.getMessage());
        boolean tooMany = e.getMessage() != null && e.getMessage().startsWith("Param limit");
        String detail = tooMany
                ? "The form has more than 1,000 fields. Send only the fields of the page's form."
                : "The form body is not valid URL encoding: every field needs a name, and every % must begin an escape such as"
                        + " %20 (write % itself as %25). Send the form from its page again.";
        return respond(uri, headers, 400, BAD_FORM, detail, List.of());
    }

    static Response respond(
            UriInfo uri, HttpHeaders headers, int status, String title, String detail, List<FieldError> errors) {
        String path = uri.getPath();
        if (isApi(path)) {
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", title, status, detail, path, errors))
                    .build();
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(htmlPage(
                        status,
                        title,
                        detail,
                        LocaleResolver.resolve(
                                uri.getQueryParameters().getFirst("lang"), headers, LocaleResolver.UI_LOCALES),
                        no.journeydiag.common.web.Mount.of(path)))
                .build();
    }

    /**
     * The friendly error page. In English it says exactly what happened; in other languages it
     * says the same in general terms (the specific messages are written in English).
     */
    static String htmlPage(int status, String title, String detail, String locale) {
        return htmlPage(status, title, detail, locale, "");
    }

    static String htmlPage(int status, String title, String detail, String locale, String base) {
        if (!locale.equals("en")) {
            Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of(locale));
            if (status == 404) {
                title = msg.error_404();
                detail = msg.error_404_detail();
            } else if (status == 409) {
                // the only conflict a respondent can meet: a workshop that is closed or not open yet
                title = msg.error_workshop_closed();
                detail = msg.error_workshop_closed_detail();
            } else if (status == 400 && EmptyErrorFilter.EXPIRED.equals(title)) {
                title = msg.error_expired();
                detail = msg.error_expired_detail();
            } else if (status == 400 && BAD_FORM.equals(title)) {
                title = msg.error_bad_form();
                detail = msg.error_bad_form_detail();
            } else {
                title = msg.error_other();
                detail = msg.error_other_detail();
            }
        }
        return Templates.page(status, title, detail, locale, base)
                .setLocale(java.util.Locale.forLanguageTag(locale))
                .render();
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static Response duplicate(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String path = t instanceof JsonParseException p ? JsonProblems.duplicateProperty(p) : null;
            if (path != null) {
                return respond(
                        uri,
                        null,
                        400,
                        "Invalid request",
                        "A property appears more than once in the JSON body; send each once.",
                        List.of(new FieldError(path, "given more than once")));
            }
        }
        return null;
    }
}
