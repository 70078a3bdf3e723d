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

/**
 * Participants over fixtures/team.yaml (likert points 0–4 → element scores 0, 25, 50, 75, 100 on
 * a via qa, on b via qb; "dont-know" on qb leaves b without a score).
 */
final class TeamFixture {

    static final Questionnaire Q = load();

    private TeamFixture() {}

    private static Questionnaire load() {
        try (InputStream in = TeamFixture.class.getResourceAsStream("/fixtures/team.yaml")) {
            var outcome = QuestionnaireParser.parse("team.yaml", in.readAllBytes());
            assertEquals(List.of(), outcome.problems());
            return outcome.questionnaire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Participant p(String role, String qa, String qb) {
        Map<String, Answer> a = new HashMap<>();
        a.put("qa", new Answer.Choice(qa));
        a.put("qb", qb.equals("dont-know") ? new Answer.DontKnow() : new Answer.Choice(qb));
        a.put("lead", new Answer.Choice("sales"));
        return new Participant(role, a, Scoring.score(Q, a));
    }

    /** {@code n} participants of a role, all answering qa and qb alike. */
    static List<Participant> many(int n, String role, String qa, String qb) {
        List<Participant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(p(role, qa, qb));
        }
        return out;
    }

    @SafeVarargs
    static List<Participant> all(List<Participant>... parts) {
        List<Participant> out = new ArrayList<>();
        for (List<Participant> p : parts) {
            out.addAll(p);
        }
        return out;
    }
}
