package no.journeydiag.response.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.ProblemException;
import no.journeydiag.questionnaire.model.BuiltIn;
import no.journeydiag.questionnaire.model.Condition;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.Section;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;

/**
 * The plain one-page form: works without JavaScript, POSTs and redirects to the report. Answers to
 * questions the rules hide are dropped; anything missing or invalid re-renders the form with the
 * answers kept and a message at each question.
 */
@Path("/a/{id}")
public class FormPage {

    private static final String PREFIX = "q.";

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
    public TemplateInstance show(@PathParam("id") String id) {
        Questionnaire q = responses.questionnaire(id).questionnaire();
        return Templates.form(view(q, Map.of(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Questionnaire q = responses.questionnaire(id).questionnaire();
        Map<String, List<String>> submitted = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(PREFIX)) {
                List<String> values = v.stream().filter(s -> s != null && !s.isEmpty()).toList();
                if (!values.isEmpty()) {
                    submitted.put(k.substring(PREFIX.length()), values);
                }
            }
        });
        List<FieldError> formErrors = new ArrayList<>();
        Map<String, Object> raw = toAnswerValues(q, submitted, formErrors);
        try {
            if (!formErrors.isEmpty()) {
                throw ProblemException.invalid("Some answers need fixing.", formErrors);
            }
            ResponseService.Stored stored = responses.submit(id, q.defaultLocale(), raw, AnswerReader.Hidden.DROP);
            return Response.seeOther(URI.create("/r/" + stored.entity().reportToken)).build();
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            List<FieldError> errors = new ArrayList<>(formErrors);
            errors.addAll(e.errors());
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.form(view(q, submitted, errors)).render()).build();
        }
    }

    /** Form strings → the API's answer shapes: lists for multi, a single string otherwise. */
    private static Map<String, Object> toAnswerValues(Questionnaire q, Map<String, List<String>> submitted,
                                                      List<FieldError> errors) {
        Map<String, Object> raw = new LinkedHashMap<>();
        submitted.forEach((id, values) -> {
            Question x = q.question(id);
            if (x != null && x.type() == QuestionType.MULTI) {
                boolean reserved = values.contains(Question.DONT_KNOW) || values.contains(Question.NOT_APPLICABLE);
                if (reserved && values.size() > 1) {
                    errors.add(new FieldError("answers." + id, "choose either options or \"" + BuiltIn.dontKnow(q.defaultLocale())
                            + "\", not both"));
                } else {
                    raw.put(id, reserved ? values.get(0) : values);
                }
            } else {
                raw.put(id, values.get(0));
            }
        });
        return raw;
    }

    static FormView view(Questionnaire q, Map<String, List<String>> submitted, List<FieldError> errors) {
        String loc = q.defaultLocale();
        Map<String, String> errorByQuestion = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError e : errors) {
            String qid = e.field().startsWith("answers.") ? e.field().substring("answers.".length()) : e.field();
            if (q.question(qid) != null) {
                errorByQuestion.putIfAbsent(qid, e.message());
            } else {
                general.add(e.message());
            }
        }
        List<FormView.Section> sections = new ArrayList<>();
        for (Section s : q.sections()) {
            List<FormView.Question> questions = new ArrayList<>();
            for (Question x : s.questions()) {
                List<String> values = submitted.getOrDefault(x.id(), List.of());
                List<FormView.Option> options = new ArrayList<>();
                if (x.type() == QuestionType.SCALE) {
                    for (int i = 0; i <= Question.SCALE_MAX; i++) {
                        options.add(new FormView.Option(Integer.toString(i), Integer.toString(i), values.contains(Integer.toString(i)), false));
                    }
                } else {
                    for (Option o : x.options()) {
                        options.add(new FormView.Option(o.value(), o.label().in(loc, loc), values.contains(o.value()), false));
                    }
                }
                if (x.dontKnow()) {
                    options.add(new FormView.Option(Question.DONT_KNOW, BuiltIn.dontKnow(loc), values.contains(Question.DONT_KNOW), true));
                }
                if (x.notApplicable()) {
                    options.add(new FormView.Option(Question.NOT_APPLICABLE, BuiltIn.notApplicable(loc),
                            values.contains(Question.NOT_APPLICABLE), true));
                }
                String kind = switch (x.type()) {
                    case MULTI -> "multi";
                    case SCALE -> "scale";
                    case TEXT -> "text";
                    default -> "choice";
                };
                questions.add(new FormView.Question(x.id(), kind, x.text().in(loc, loc), blankToNull(x.help().in(loc, loc)),
                        x.required(), options, x.type() == QuestionType.TEXT && !values.isEmpty() ? values.get(0) : "",
                        errorByQuestion.get(x.id()), hint(q, x.showIf(), loc)));
            }
            sections.add(new FormView.Section(s.id(), s.title().in(loc, loc), blankToNull(s.intro().in(loc, loc)),
                    hint(q, s.showIf(), loc), questions));
        }
        return new FormView(q.id(), q.title().in(loc, loc), q.intro().in(loc, loc), q.estimatedMinutes(), loc, sections,
                general, errors.size());
    }

    /** "Only if you answered …" for simple conditions; a general note for compound ones. */
    static String hint(Questionnaire q, Condition c, String loc) {
        if (c == null) {
            return null;
        }
        if (c instanceof Condition.Equals e) {
            Question x = q.question(e.question());
            return "Answer only if you answered “" + ReportAssembler.valueLabel(x, e.value(), loc) + "” to “"
                    + x.text().in(loc, loc) + "”.";
        }
        if (c instanceof Condition.In in) {
            Question x = q.question(in.question());
            return "Answer only if you answered "
                    + String.join(" or ", in.values().stream().map(v -> "“" + ReportAssembler.valueLabel(x, v, loc) + "”").toList())
                    + " to “" + x.text().in(loc, loc) + "”.";
        }
        return "This applies only for some of the answers above; skip it if it does not apply to you.";
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
