package no.journeydiag.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;
import no.journeydiag.workshop.team.Comments;
import no.journeydiag.workshop.team.Releases;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;
import org.junit.jupiter.api.Test;

/** Free-text comments in the team report (threshold 3, fixtures/team-comments.yaml: qa, qb, lead, note). */
class CommentsTest {

    static final int T = 3;
    static final Questionnaire Q = load();

    private static Questionnaire load() {
        try (InputStream in = CommentsTest.class.getResourceAsStream("/fixtures/team-comments.yaml")) {
            var outcome = QuestionnaireParser.parse("team-comments.yaml", in.readAllBytes());
            assertEquals(List.of(), outcome.problems());
            return outcome.questionnaire();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A participant answering qa and qb "agree", with {@code note} as the comment (null: none). */
    static Participant p(String role, String note) {
        Map<String, Answer> a = new HashMap<>();
        a.put("qa", new Answer.Choice("agree"));
        a.put("qb", new Answer.Choice("agree"));
        a.put("lead", new Answer.Choice("sales"));
        if (note != null) {
            a.put("note", new Answer.Text(note));
        }
        return new Participant(role, a, Scoring.score(Q, a));
    }

    static List<Participant> people(String role, String... notes) {
        List<Participant> out = new ArrayList<>();
        for (String n : notes) {
            out.add(p(role, n));
        }
        return out;
    }

    static TeamReport.CommentGroup note(List<Participant> ps) {
        TeamReport r = TeamAggregator.aggregate(Q, ps, T, 20, null);
        assertEquals(1, r.comments().size(), "one text question");
        return r.comments().get(0);
    }

    @Test
    void twoCommentsUnderAThresholdOfThreeAreHiddenWithNoTextAndNoCount() {
        // 4 participants (enough for a report), but only 2 wrote a note (the others none or blank): 2 < 3.
        var g = note(people("sales", "Too slow", "Nobody calls back", null, "   \n "));
        assertEquals("note", g.question());
        assertFalse(g.shown());
        assertEquals(List.of(), g.comments());
    }

    @Test
    void threeCommentsAreShownStrippedWithoutFunctionInAnOrderThatIsNotSubmissionOrder() {
        List<Participant> ps = new ArrayList<>();
        ps.addAll(people("sales", "  Too slow \n"));
        ps.addAll(people("marketing", "Nobody calls back"));
        ps.addAll(people("service", "We own <b>leave</b>"));
        var g = note(ps);
        assertTrue(g.shown());
        // The same three texts, surrounding space stripped; markup is kept as text (the template escapes it).
        assertEquals(
                java.util.Set.of("Too slow", "Nobody calls back", "We own <b>leave</b>"),
                java.util.Set.copyOf(g.comments()));
        // Reversing the submission order gives the same list: the order follows the text, not who came first.
        assertEquals(
                g.comments(), note(List.of(ps.get(2), ps.get(1), ps.get(0))).comments());
        // No role anywhere in a comment group: the record holds only the question, a flag and the texts.
        assertEquals(3, TeamReport.CommentGroup.class.getRecordComponents().length);
    }

    @Test
    void aBatchAddingOneCommentToShownCommentsWaitsButABatchOfThreeWritersIsReleased() {
        // Shown before: 3 sales + 3 leadership, 3 of them wrote a note (shown, 3 ≥ 3).
        List<List<Participant>> shown =
                List.of(TeamFixture.all(people("sales", "A", "B", "C"), people("leadership", null, null, null)));
        // 3 more sales, only one writes: scores are a safe batch (3 new sales), but the one new
        // comment would be known to be the one writer's: writers before 3, after 4 → a class of 1.
        assertFalse(Releases.safe(Q, shown, people("sales", "D", null, null), T));
        // The same 3 new sales with no note: nothing new in the comments, and the figures are safe.
        assertTrue(Releases.safe(Q, shown, people("sales", null, null, null), T));
        // All three write: the new comments come from 3 writers, as many as the threshold.
        assertTrue(Releases.safe(Q, shown, people("sales", "D", "E", "F"), T));
    }

    @Test
    void commentsHiddenBeforeMayAppearOnceTheirWritersReachTheThreshold() {
        // Before: 2 notes among 6 (hidden, so nothing of them was shown). A safe batch of 3 adds one:
        // 3 writers appear together for the first time, none told apart from the others.
        List<List<Participant>> shown =
                List.of(TeamFixture.all(people("sales", "A", "B", null), people("leadership", null, null, null)));
        assertFalse(note(shown.get(0)).shown());
        List<Participant> batch = people("sales", "C", null, null);
        assertTrue(Releases.safe(Q, shown, batch, T));
        assertTrue(note(TeamFixture.all(shown.get(0), batch)).shown());
        assertEquals(3, note(TeamFixture.all(shown.get(0), batch)).comments().size());
    }

    @Test
    void aQuestionnaireWithoutTextQuestionsHasNoCommentGroups() {
        var r = TeamAggregator.aggregate(TeamFixture.Q, TeamFixture.many(3, "sales", "agree", "agree"), T, 20, null);
        assertEquals(List.of(), r.comments());
        assertEquals(List.of(), Comments.of(TeamFixture.Q, TeamFixture.many(3, "sales", "agree", "agree"), T));
    }
}
