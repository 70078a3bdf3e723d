package no.journeydiag.response.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.common.DomainException;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.JsonText;
import no.journeydiag.common.csrf.CsrfFilter;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.common.web.Mount;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.rest.ConditionJson;
import no.journeydiag.response.event.FunnelStep;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.Attribution;
import no.journeydiag.response.service.DraftService;
import no.journeydiag.response.service.DraftService.Draft;
import no.journeydiag.response.service.DraftService.Step;
import no.journeydiag.response.service.Prefill;
import no.journeydiag.response.service.ResponseService;

/**
 * The respondent flow: a landing page, one section per step saved as a draft, a review, and an
 * idempotent submit. Works without JavaScript; which questions are shown is decided on the server.
 * Over 400 lines because every way a step can end (Next, Back, missing answers, follow-ups, an
 * expired form) must keep what was given, and reads best side by side in one class.
 */
@Path("/")
public class FlowPage {

    static final String PREFIX = "q.";

    /** The landing page as the template needs it. */
    public record Landing(
            String id,
            String locale,
            List<String> locales,
            String title,
            String intro,
            int minutes,
            int questions,
            String resumeUrl,
            long keepDays,
            boolean asksContact,
            Map<String, String> hidden,
            Map<String, List<String>> prefill) {

        /** For search results: the intro's first sentence, or its first 155 characters. */
        public String description() {
            String first = intro.split("(?<=[.!?])\\s", 2)[0].strip();
            return first.length() <= 155 ? first : first.substring(0, 154).strip() + "…";
        }
    }

    /** One step: its place in the flow, its questions and any messages. */
    public record StepView(
            String token,
            String locale,
            List<String> locales,
            String title,
            String sectionTitle,
            String sectionIntro,
            int number,
            int total,
            List<FormView.Question> questions,
            List<String> generalErrors,
            int errorCount,
            boolean followUps,
            String backUrl,
            String continueUrl,
            String answersJson,
            String statusUrl) {
        public int percent() {
            return Math.round(100f * (number - 1) / (total + 1));
        }
    }

    public record ReviewView(
            String token,
            String locale,
            List<String> locales,
            String title,
            int total,
            List<ReviewSection> sections,
            List<String> missing,
            String continueUrl) {}

    public record ReviewSection(int step, String title, List<ReviewAnswer> answers) {}

    public record ReviewAnswer(String question, String answer) {}

    @CheckedTemplate(basePath = "flow")
    static class Templates {
        static native TemplateInstance landing(Landing landing, String base);

        static native TemplateInstance step(StepView step, String base, boolean expired);

        static native TemplateInstance review(ReviewView review, String base);

        static native TemplateInstance closed(String locale, String continueUrl);
    }

    private final DraftService drafts;
    private final ResponseService responses;
    private final DiagnosticConfig config;
    private final JsonText json;
    private final Mount mount;
    private final jakarta.enterprise.event.Event<FunnelStep> funnel;

    public FlowPage(
            DraftService drafts,
            ResponseService responses,
            DiagnosticConfig config,
            JsonText json,
            Mount mount,
            jakarta.enterprise.event.Event<FunnelStep> funnel) {
        this.drafts = drafts;
        this.responses = responses;
        this.config = config;
        this.json = json;
        this.mount = mount;
        this.funnel = funnel;
    }

    /** Counts a point of the flow for the funnel (never a workshop participant's). */
    private void reached(Draft d, String step, String resultToken) {
        if (d.workshopId() == null) {
            funnel.fire(
                    new FunnelStep(d.questionnaireId(), step, d.source(), mount.embedded(), resultToken, d.token()));
        }
    }

    @GET
    @Path("a/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response landing(
            @PathParam("id") String id,
            @QueryParam("lang") String lang,
            HttpHeaders headers,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        String base = mount.base();
        Questionnaire q = responses.questionnaire(id).questionnaire();
        String resume = null;
        Cookie c = base.isEmpty() ? headers.getCookies().get(cookieName(id)) : null;
        if (c != null) {
            try {
                Draft d = drafts.find(c.getValue());
                if (d.responseToken() == null && d.questionnaireId().equals(id)) {
                    resume = base + "/d/" + d.token();
                }
            } catch (DomainException e) {
                resume = null; // expired or deleted: just offer a fresh start
            }
        }
        String l = LocaleResolver.resolve(lang, headers, q.locales());
        String dl = q.defaultLocale();
        // Hidden fields come in as query parameters (utm_source=…) and go on with the start form.
        Map<String, String> hidden = Attribution.lenient(q, uri.getQueryParameters(), "");
        funnel.fire(new FunnelStep(q.id(), "landing", hidden.get("utm_source"), mount.embedded(), null, null));
        Response.ResponseBuilder r = Html.builder(
                200,
                Templates.landing(
                        new Landing(
                                q.id(),
                                l,
                                q.locales(),
                                q.title().in(l, dl),
                                q.intro().in(l, dl),
                                q.estimatedMinutes(),
                                q.questionIndex().size(),
                                resume,
                                config.drafts().ttl().toDays(),
                                q.leadCapture().on(),
                                hidden,
                                // answer.<id>=… prefills a question that allows it; what is not an answer is dropped.
                                Prefill.lenient(q, uri.getQueryParameters())),
                        base),
                l);
        if (l.equals(lang) && base.isEmpty()) {
            r.cookie(LocaleResolver.remember(l));
        }
        // The landing page is what a marketing site wants found; drafts and reports stay noindex.
        r.header("X-Robots-Tag", null);
        return r.build();
    }

    @POST
    @Path("a/{id}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        String base = mount.base();
        Questionnaire q = responses.questionnaire(id).questionnaire();
        Draft d = drafts.startPrefilled(
                id, form.getFirst("lang"), Attribution.lenient(q, form, "hidden."), Prefill.lenient(q, form));
        reached(d, "started", null);
        reached(d, "step-1", null);
        String token = d.token();
        Response.ResponseBuilder r = Response.seeOther(URI.create(base + "/d/" + token + "/1"));
        if (base.isEmpty()) {
            r.cookie(new NewCookie.Builder(cookieName(id))
                    .value(token)
                    .path("/")
                    .httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX)
                    .maxAge((int) config.drafts().ttl().toSeconds())
                    .build());
        }
        return r.build();
    }

    @GET
    @Path("d/{token}")
    public Response resume(@PathParam("token") String token) {
        String base = mount.base();
        Draft d = drafts.find(token);
        if (d.responseToken() != null) {
            return toReport(d, base);
        }
        return Response.seeOther(resumeUri(d, base)).build();
    }

    @GET
    @Path("d/{token}/{step: [0-9]{1,3}}")
    @Produces(MediaType.TEXT_HTML)
    public Response step(
            @PathParam("token") String token,
            @PathParam("step") int number,
            @QueryParam("lang") String lang,
            @QueryParam("check") String check,
            @QueryParam("more") String more,
            @Context UriInfo uri) {
        String base = mount.base();
        Draft d = drafts.switchLocale(drafts.find(token), lang);
        if (d.responseToken() != null) {
            return toReport(d, base);
        }
        if (!drafts.takesAnswers(d)) {
            return closed(d, uri);
        }
        Step step = drafts.step(d, number);
        // After a post with unanswered questions (post/redirect/get): the saved draft says which they are.
        List<FieldError> missing = check == null
                ? List.of()
                : step.questions().stream()
                        .filter(x -> x.required() && !d.answers().containsKey(x.id()))
                        .map(x -> new FieldError("answers." + x.id(), AnswerReader.REQUIRED))
                        .toList();
        StepView view = stepView(d, step, Map.of(), missing, more != null && missing.isEmpty(), base, origin(uri));
        return Html.page(200, Templates.step(view, base, false), d.locale());
    }

    @POST
    @Path("d/{token}/{step: [0-9]{1,3}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response saveStep(
            @PathParam("token") String token,
            @PathParam("step") int number,
            MultivaluedMap<String, String> form,
            @Context RoutingContext routing,
            @Context UriInfo uri) {
        String base = mount.base();
        Draft before = drafts.find(token);
        if (before.responseToken() != null) {
            return toReport(before, base);
        }
        Step step = drafts.step(before, number);
        Map<String, List<String>> submitted = formAnswers(form);
        if (Boolean.TRUE.equals(routing.get(CsrfFilter.EXPIRED))) {
            // The form's token expired (or was never set): show what was posted with a fresh token, save nothing.
            StepView view = stepView(before, step, submitted, List.of(), false, base, origin(uri));
            return Html.page(400, Templates.step(view, base, true), before.locale());
        }
        boolean back = "back".equals(form.getFirst("nav"));
        List<FieldError> formErrors = new ArrayList<>();
        Map<String, Object> raw = toAnswerValues(before.questionnaire(), submitted, formErrors);
        DraftService.StepOutcome outcome = drafts.saveStep(token, number, raw);
        if (!drafts.takesAnswers(outcome.draft())) { // what was given is saved, but the next step would be in vain
            return closed(outcome.draft(), uri);
        }
        List<FieldError> errors = new ArrayList<>(formErrors);
        errors.addAll(outcome.errors());
        boolean onlyMissing = errors.stream().allMatch(e -> e.message().equals(AnswerReader.REQUIRED));
        // The same section after saving: its number and questions may have changed with the answers.
        Step again = outcome.draft().steps().stream()
                .filter(s -> s.section().id().equals(step.section().id()))
                .findFirst()
                .orElse(step);
        String here = base + "/d/" + token + "/" + again.number();
        if (!onlyMissing) { // an answer that is not an option: nothing was saved, so the page shows what was sent
            StepView view = stepView(outcome.draft(), again, submitted, errors, false, base, origin(uri));
            return Html.page(
                    400, Templates.step(view, base, false), outcome.draft().locale());
        }
        if (back) { // what was given is saved; unanswered questions wait until Next
            String previous = again.number() > 1
                    ? base + "/d/" + token + "/" + (again.number() - 1)
                    : (base.isEmpty() ? "/a/" : base + "/") + before.questionnaireId();
            return Response.seeOther(URI.create(previous)).build();
        }
        if (outcome.followUpsAppeared()) {
            return Response.seeOther(URI.create(here + "?more=1")).build();
        }
        if (!errors.isEmpty()) {
            return Response.seeOther(URI.create(here + "?check=1")).build();
        }
        int next = again.number() + 1;
        boolean last = next > outcome.draft().steps().size();
        reached(outcome.draft(), last ? "review" : "step-" + next, null); // once per draft: the funnel keeps count
        String target = base + "/d/" + token + (last ? "/review" : "/" + next);
        return Response.seeOther(URI.create(target)).build();
    }

    /** This service's address as the visitor sees it: the configured public URL, else this request's. */
    private String origin(UriInfo uri) {
        String configured = PublicUrls.configured(config);
        return configured.isEmpty() ? uri.getBaseUri().toString().replaceAll("/+$", "") : configured;
    }

    @GET
    @Path("d/{token}/review")
    @Produces(MediaType.TEXT_HTML)
    public Response review(@PathParam("token") String token, @QueryParam("lang") String lang, @Context UriInfo uri) {
        String base = mount.base();
        Draft d = drafts.switchLocale(drafts.find(token), lang);
        if (d.responseToken() != null) {
            return toReport(d, base);
        }
        if (!drafts.takesAnswers(d)) {
            return closed(d, uri);
        }
        return Html.page(200, Templates.review(reviewView(d, base), base), d.locale());
    }

    /** For the embedded flow, whose drafts never belong to a workshop. */
    public Response review(String token, String lang) {
        return review(token, lang, null);
    }

    /** For the embedded flow, whose drafts never belong to a workshop. */
    public Response submit(String token) {
        return submit(token, null);
    }

    /**
     * Whether the participant's workshop still takes answers, for the open step page to ask every
     * few seconds; it says nothing about anyone else. A deleted workshop took the draft along: 404.
     */
    @GET
    @Path("d/{token}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("token") String token) {
        Draft d = drafts.find(token);
        return Response.ok("{\"open\":" + drafts.takesAnswers(d) + "}")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The workshop closed under a participant: a 409 page in their language that says what became of the answers. */
    private Response closed(Draft d, UriInfo uri) {
        String origin = uri == null ? PublicUrls.configured(config) : origin(uri);
        return Html.page(409, Templates.closed(d.locale(), origin + "/d/" + d.token()), d.locale());
    }

    @POST
    @Path("d/{token}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("token") String token, @Context UriInfo uri) {
        String base = mount.base();
        try {
            Draft before = drafts.find(token);
            if (!drafts.takesAnswers(before)) {
                return closed(before, uri);
            }
            String result = drafts.submit(token);
            if (before.responseToken() == null) {
                reached(before, "finished", result);
            }
            return Response.seeOther(URI.create(base + "/r/" + result)).build();
        } catch (Invalid e) {
            return Response.seeOther(resumeUri(drafts.find(token), base)).build();
        }
    }

    private static Response toReport(Draft submitted, String base) {
        return Response.seeOther(URI.create(base + "/r/" + submitted.responseToken()))
                .build();
    }

    /** The first step with a required question unanswered, else the review. */
    private static URI resumeUri(Draft d, String base) {
        int step = d.resumeStep();
        return URI.create(base + "/d/" + d.token() + (step == 0 ? "/review" : "/" + step));
    }

    private StepView stepView(
            Draft d,
            Step step,
            Map<String, List<String>> submitted,
            List<FieldError> errors,
            boolean followUps,
            String base,
            String origin) {
        Questionnaire q = d.questionnaire();
        String loc = d.locale();
        Map<String, String> errorByQuestion = new HashMap<>();
        errors.forEach(e -> errorByQuestion.putIfAbsent(e.field().replaceFirst("^answers\\.", ""), e.message()));
        List<FormView.Question> questions = new ArrayList<>();
        List<String> general = new ArrayList<>();
        errorByQuestion.forEach((id, message) -> {
            if (step.questions().stream().noneMatch(x -> x.id().equals(id))) {
                general.add(id + ": " + message);
            }
        });
        // Every question of the section is rendered; those hidden for the current answers carry the
        // hidden attribute, and /js/flow.js shows them as soon as their condition holds.
        for (Question x : step.section().questions()) {
            List<String> values =
                    submitted.containsKey(x.id()) ? submitted.get(x.id()) : FormViews.values(d.answers(), x.id());
            String error = errorByQuestion.get(x.id());
            error = FormViews.personal(error, loc);
            FormView.Question view =
                    FormViews.question(q, x, values, error, loc, false).withShowIf(showIfJson(x));
            questions.add(step.questions().contains(x) ? view : view.hide(showIfJson(x)));
        }
        int total = d.steps().size();
        String token = d.token();
        return new StepView(
                token,
                loc,
                q.locales(),
                q.title().in(loc, q.defaultLocale()),
                step.section().title().in(loc, q.defaultLocale()),
                blank(step.section().intro().in(loc, q.defaultLocale())),
                step.number(),
                total,
                questions,
                general,
                errors.size(),
                followUps,
                step.number() > 1
                        ? base + "/d/" + token + "/" + (step.number() - 1)
                        : (base.isEmpty() ? "/a/" : base + "/") + q.id(),
                origin + "/d/" + token,
                answersJson(d),
                d.workshopId() == null ? null : base + "/d/" + token + "/status");
    }

    private String showIfJson(Question x) {
        if (x.showIf() == null) {
            return null;
        }
        return json.write(ConditionJson.of(x.showIf()));
    }

    /** Earlier steps' answers, for the script's conditions on questions outside this step. */
    private String answersJson(Draft d) {
        return json.write(ResponseService.toJson(d.answers()));
    }

    private ReviewView reviewView(Draft d, String base) {
        Questionnaire q = d.questionnaire();
        String loc = d.locale();
        List<ReviewSection> sections = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Step s : d.steps()) {
            List<ReviewAnswer> answers = new ArrayList<>();
            for (Question x : s.questions()) {
                var a = d.answers().get(x.id());
                if (a == null) {
                    if (x.required()) {
                        missing.add(x.text().in(loc, q.defaultLocale()));
                    }
                    answers.add(new ReviewAnswer(x.text().in(loc, q.defaultLocale()), "—"));
                } else {
                    answers.add(new ReviewAnswer(
                            x.text().in(loc, q.defaultLocale()),
                            String.join(
                                    ", ",
                                    FormViews.values(d.answers(), x.id()).stream()
                                            .map(v -> x.type() == QuestionType.TEXT
                                                            || x.type() == QuestionType.SCALE && !v.contains("-")
                                                    ? v
                                                    : x.valueLabel(v, loc))
                                            .toList())));
                }
            }
            sections.add(new ReviewSection(s.number(), s.section().title().in(loc, q.defaultLocale()), answers));
        }
        return new ReviewView(
                d.token(),
                loc,
                q.locales(),
                q.title().in(loc, q.defaultLocale()),
                d.steps().size(),
                sections,
                missing,
                PublicUrls.configured(config) + "/d/" + d.token());
    }

    static Map<String, List<String>> formAnswers(MultivaluedMap<String, String> form) {
        Map<String, List<String>> submitted = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(PREFIX)) {
                List<String> values =
                        v.stream().filter(s -> s != null && !s.isEmpty()).toList();
                if (!values.isEmpty()) {
                    submitted.put(k.substring(PREFIX.length()), values);
                }
            }
        });
        return submitted;
    }

    /** Form strings → the API's answer shapes: lists for multi, a single string otherwise. */
    static Map<String, Object> toAnswerValues(
            Questionnaire q, Map<String, List<String>> submitted, List<FieldError> errors) {
        Map<String, Object> raw = new LinkedHashMap<>();
        submitted.forEach((id, values) -> {
            Question x = q.question(id);
            if (x != null && x.type() == QuestionType.MULTI) {
                boolean reserved = values.contains(Question.DONT_KNOW) || values.contains(Question.NOT_APPLICABLE);
                if (reserved && values.size() > 1) {
                    errors.add(new FieldError("answers." + id, "choose either options or \"don't know\", not both"));
                } else {
                    raw.put(id, reserved ? values.get(0) : values);
                }
            } else {
                raw.put(id, values.get(0));
            }
        });
        return raw;
    }

    private static String cookieName(String questionnaireId) {
        return "draft-" + questionnaireId;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
