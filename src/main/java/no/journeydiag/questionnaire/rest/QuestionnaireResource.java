package no.journeydiag.questionnaire.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.questionnaire.model.BuiltIn;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.rest.QuestionnaireDtos.Definition;
import no.journeydiag.questionnaire.rest.QuestionnaireDtos.ElementDto;
import no.journeydiag.questionnaire.rest.QuestionnaireDtos.OptionDto;
import no.journeydiag.questionnaire.rest.QuestionnaireDtos.QuestionDto;
import no.journeydiag.questionnaire.rest.QuestionnaireDtos.SectionDto;
import no.journeydiag.questionnaire.rest.QuestionnaireDtos.Summary;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "The diagnostics that can be taken")
public class QuestionnaireResource {

    private final QuestionnaireRegistry registry;

    public QuestionnaireResource(QuestionnaireRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Operation(summary = "List the questionnaires", description = "Texts are in each questionnaire's default locale.")
    public List<Summary> list() {
        return registry.all().stream()
                .map(c -> {
                    Questionnaire q = c.questionnaire();
                    String l = q.defaultLocale();
                    return new Summary(
                            q.id(),
                            q.version(),
                            q.title().in(l, l),
                            q.intro().in(l, l),
                            q.locales(),
                            q.questions().size(),
                            q.estimatedMinutes());
                })
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a questionnaire to render",
            description =
                    "Sections, questions, options and showIf rules, "
                            + "localized; points and scoring rules are not included. An unknown lang falls back to the default locale.")
    @APIResponse(responseCode = "200", description = "The definition")
    @APIResponse(responseCode = "404", description = "No such questionnaire (application/problem+json)")
    public Definition get(
            @Parameter(description = "Questionnaire id", example = "quick-check") @PathParam("id") String id,
            @Parameter(description = "Locale, e.g. en") @QueryParam("lang") String lang) {
        Questionnaire q = registry.find(id)
                .map(QuestionnaireRegistry.Current::questionnaire)
                .orElseThrow(() -> new NotFound("There is no questionnaire '" + id
                        + "'. GET /api/v1/questionnaires lists the ones available."));
        String loc = q.pickLocale(lang);
        String dl = q.defaultLocale();
        List<SectionDto> sections = q.sections().stream()
                .map(s -> new SectionDto(
                        s.id(),
                        s.title().in(loc, dl),
                        blankToNull(s.intro().in(loc, dl)),
                        ConditionJson.of(s.showIf()),
                        s.questions().stream().map(x -> question(x, loc, dl)).toList()))
                .toList();
        return new Definition(
                q.id(),
                q.version(),
                loc,
                q.locales(),
                q.title().in(loc, dl),
                q.intro().in(loc, dl),
                q.estimatedMinutes(),
                q.elements().stream()
                        .map(e -> new ElementDto(
                                e.id(),
                                e.label().in(loc, dl),
                                blankToNull(e.description().in(loc, dl))))
                        .toList(),
                sections,
                !q.leadCapture().on()
                        ? null
                        : new QuestionnaireDtos.LeadCaptureDto(
                                q.leadCapture().mode().yamlName(),
                                q.leadCapture().fields(),
                                q.leadCapture().consentVersion(),
                                q.leadCapture().consent().in(loc, dl)));
    }

    private static QuestionDto question(Question x, String loc, String dl) {
        List<OptionDto> reserved = new ArrayList<>();
        if (x.dontKnow()) {
            reserved.add(new OptionDto(Question.DONT_KNOW, BuiltIn.dontKnow(loc)));
        }
        if (x.notApplicable()) {
            reserved.add(new OptionDto(Question.NOT_APPLICABLE, BuiltIn.notApplicable(loc)));
        }
        boolean scale = x.type() == QuestionType.SCALE;
        return new QuestionDto(
                x.id(),
                x.type().yamlName(),
                x.text().in(loc, dl),
                blankToNull(x.help().in(loc, dl)),
                x.required(),
                x.options().stream()
                        .map(o -> new OptionDto(o.value(), o.label().in(loc, dl)))
                        .toList(),
                reserved,
                scale ? 0 : null,
                scale ? Question.SCALE_MAX : null,
                x.type() == QuestionType.TEXT ? Question.TEXT_MAX_LENGTH : null,
                ConditionJson.of(x.showIf()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
