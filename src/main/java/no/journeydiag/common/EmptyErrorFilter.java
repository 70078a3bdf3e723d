package no.journeydiag.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.journeydiag.common.web.LocaleResolver;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Some filters we do not own (the CSRF check among them) abort with a bare status. Give those
 * responses the same body as every other error: problem+json for the API, a page for people.
 */
public class EmptyErrorFilter {

    static final String EXPIRED = "This form has expired";

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        MediaType type = FormOnlyFilter.mediaType(request);
        boolean form = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        String title = status == 400 && form ? EXPIRED : "Request refused";
        String detail = status == 400 && form
                ? "For your security, answers can only be sent from a page this service just showed you. Go back,"
                        + " reload the page and send your answers again."
                : "The request could not be handled as sent.";
        if (ErrorMapper.isApi(path)) {
            response.setEntity(
                    new Problem("about:blank", title, status, detail, path, List.of()),
                    null,
                    MediaType.valueOf(Problem.MEDIA_TYPE));
        } else {
            String locale = LocaleResolver.resolve(
                    request.getUriInfo().getQueryParameters().getFirst("lang"),
                    request.getCookies(),
                    LocaleResolver.acceptable(request.getHeaderString("Accept-Language")),
                    LocaleResolver.UI_LOCALES);
            response.setEntity(
                    ErrorMapper.htmlPage(status, title, detail, locale, no.journeydiag.common.web.Mount.of(path)),
                    null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
