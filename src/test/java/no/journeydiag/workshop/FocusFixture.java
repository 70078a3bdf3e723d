package no.journeydiag.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;
import no.journeydiag.workshop.team.TeamAggregator.Participant;

/** Participants over fixtures/focus.yaml: qm → mandate, (qv1 + qv2) ÷ 20 → value-ownership, lead → the map. */
final class FocusFixture {

    static final Questionnaire Q = load();

    private FocusFixture() {}

    private static Questionnaire load() {
        try (InputStream in = FocusFixture.class.getResourceAsStream("/fixtures/focus.yaml")) {
            var outcome = QuestionnaireParser.parse("focus.yaml", in.readAllBytes());
            assertEquals(List.of(), outcome.problems());
            return outcome.questionnaire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} participants of a role answering alike; {@code lead} null leaves the map unanswered. */
    static List<Participant> many(int n, String role, int qm, int qv1, int qv2, String lead) {
        List<Participant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Answer> a = new HashMap<>();
            a.put("qm", new Answer.Number(qm));
            a.put("qv1", new Answer.Number(qv1));
            a.put("qv2", new Answer.Number(qv2));
            if (lead != null) {
                a.put("lead", new Answer.Choice(lead));
            }
            out.add(new Participant(role, a, Scoring.score(Q, a)));
        }
        return out;
    }
}
