package no.journeydiag.response.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.journeydiag.common.web.Msg;
import no.journeydiag.questionnaire.model.BuiltIn;
import no.journeydiag.questionnaire.model.Condition;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.scoring.Answer;

/** Builds the view of one question for the one-page form and for the steps. */
final class FormViews {

    private FormViews() {}

    /**
     * @param values what the respondent chose or typed (option values, or the text)
     * @param withHint whether to explain a showIf in words (the one-page form shows every question)
     */
    static FormView.Question question(
            Questionnaire q, Question x, List<String> values, String error, String loc, boolean withHint) {
        List<FormView.Option> options = new ArrayList<>();
        if (x.type() == QuestionType.SCALE) {
            for (int i = 0; i <= Question.SCALE_MAX; i++) {
                String v = Integer.toString(i);
                options.add(new FormView.Option(v, v, values.contains(v), false));
            }
        } else {
            for (Option o : x.options()) {
                options.add(new FormView.Option(
                        o.value(), o.label().in(loc, q.defaultLocale()), values.contains(o.value()), false));
            }
        }
        if (x.dontKnow()) {
            options.add(new FormView.Option(
                    Question.DONT_KNOW, BuiltIn.dontKnow(loc), values.contains(Question.DONT_KNOW), true));
        }
        if (x.notApplicable()) {
            options.add(new FormView.Option(
                    Question.NOT_APPLICABLE,
                    BuiltIn.notApplicable(loc),
                    values.contains(Question.NOT_APPLICABLE),
                    true));
        }
        String kind = switch (x.type()) {
            case MULTI -> "multi";
            case SCALE -> "scale";
            case TEXT -> "text";
            default -> "choice";
        };
        String dl = q.defaultLocale();
        String help = x.help().in(loc, dl);
        return new FormView.Question(
                x.id(),
                kind,
                x.text().in(loc, dl),
                help.isEmpty() ? null : help,
                x.required(),
                options,
                x.type() == QuestionType.TEXT && !values.isEmpty() ? values.get(0) : "",
                error,
                withHint ? hint(q, x.showIf(), loc) : null);
    }

    /** The stored answers as the form's strings: option values, the number, or the text. */
    static List<String> values(Map<String, Answer> answers, String questionId) {
        Answer a = answers.get(questionId);
        if (a == null) {
            return List.of();
        }
        Object v = ResponseService.toJson(Map.of(questionId, a)).get(questionId);
        return v instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of(v.toString());
    }

    /** "Only if you answered …" for simple conditions; a general note for compound ones. */
    static String hint(Questionnaire q, Condition c, String loc) {
        if (c == null) {
            return null;
        }
        Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of(loc));
        String dl = q.defaultLocale();
        if (c instanceof Condition.Equals || c instanceof Condition.In) {
            Condition.OnAnswer a = (Condition.OnAnswer) c;
            Question x = q.question(a.question());
            List<String> values =
                    c instanceof Condition.Equals e ? List.of(e.value()) : List.copyOf(((Condition.In) c).values());
            String quote = loc.equals("nb") ? "«%s»" : "“%s”";
            String answers = String.join(
                    " " + msg.hint_or().trim() + " ",
                    values.stream()
                            .map(v -> String.format(quote, x.valueLabel(v, loc)))
                            .toList());
            return msg.hint_if(answers, x.text().in(loc, dl));
        }
        return msg.hint_some();
    }

    /**
     * A field error for a person: "required" in their language; other messages (which name values
     * and limits) in English as the checks wrote them, or a general sentence in other languages.
     */
    static String personal(String message, String loc) {
        if (message == null) {
            return null;
        }
        Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of(loc));
        if (message.equals(AnswerReader.REQUIRED)) {
            return msg.error_required();
        }
        return loc.equals("en") ? message : msg.error_invalid();
    }
}
