package no.journeydiag.response.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.Section;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.response.service.Stored;

/**
 * Every question on one page (for printing, or for people who prefer it):  works without JavaScript, POSTs and redirects to the report. Answers to
 * questions the rules hide are dropped; anything missing or invalid re-renders the form with the
 * answers kept and a message at each question.
 */
@Path("/a/{id}/all")
public class FormPage {

    @CheckedTemplate(basePath = "form")
    static class Templates {
        static native TemplateInstance form(FormView form);
    }

    private final ResponseService responses;

    public FormPage(ResponseService responses) {
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") String id, @QueryParam("lang") String lang, HttpHeaders headers) {
        Questionnaire q = responses.questionnaire(id).questionnaire();
        String loc = LocaleResolver.resolve(lang, headers, q.locales());
        // Rendered here: a returned TemplateInstance makes Quarkus REST parse Accept-Language itself, strictly.
        return Html.builder(200, Templates.form(view(q, Map.of(), List.of(), loc)), loc)
                .header("X-Robots-Tag", null) // the public one-page form may be found; only private pages are noindex
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Questionnaire q = responses.questionnaire(id).questionnaire();
        String loc = q.pickLocale(form.getFirst("lang"));
        Map<String, List<String>> submitted = FlowPage.formAnswers(form);
        List<FieldError> formErrors = new ArrayList<>();
        Map<String, Object> raw = FlowPage.toAnswerValues(q, submitted, formErrors);
        try {
            if (!formErrors.isEmpty()) {
                throw new Invalid("Some answers need fixing.", formErrors);
            }
            Stored stored = responses.submit(id, loc, raw, AnswerReader.Hidden.DROP);
            return Response.seeOther(URI.create("/r/" + stored.token())).build();
        } catch (Invalid e) {
            List<FieldError> errors = new ArrayList<>(formErrors);
            errors.addAll(e.errors());
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.form(view(q, submitted, errors, loc))
                            .setLocale(Locale.forLanguageTag(loc))
                            .render())
                    .build();
        }
    }

    static FormView view(Questionnaire q, Map<String, List<String>> submitted, List<FieldError> errors, String loc) {
        String dl = q.defaultLocale();
        Map<String, String> errorByQuestion = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError e : errors) {
            String qid = e.field().startsWith("answers.") ? e.field().substring("answers.".length()) : e.field();
            if (q.question(qid) != null) {
                errorByQuestion.putIfAbsent(qid, FormViews.personal(e.message(), loc));
            } else {
                general.add(e.message());
            }
        }
        List<FormView.Section> sections = new ArrayList<>();
        for (Section s : q.sections()) {
            List<FormView.Question> questions = new ArrayList<>();
            for (Question x : s.questions()) {
                questions.add(FormViews.question(
                        q, x, submitted.getOrDefault(x.id(), List.of()), errorByQuestion.get(x.id()), loc, true));
            }
            sections.add(new FormView.Section(
                    s.id(),
                    s.title().in(loc, dl),
                    blankToNull(s.intro().in(loc, dl)),
                    FormViews.hint(q, s.showIf(), loc),
                    questions));
        }
        return new FormView(
                q.id(),
                q.title().in(loc, dl),
                q.intro().in(loc, dl),
                q.estimatedMinutes(),
                loc,
                q.locales(),
                sections,
                general,
                errors.size());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
