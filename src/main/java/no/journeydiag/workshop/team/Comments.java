package no.journeydiag.workshop.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport.CommentGroup;

/**
 * The team's free-text comments, per text question. A question's comments are shown only when at
 * least the threshold of participants wrote one; never with a function (a comment can name its
 * writer's role, and the role would narrow it to fewer than the threshold). Shown in an order set
 * by a hash of the text, so the order tells nothing about who answered first and a new comment
 * lands anywhere in the list. Whether a later batch may add comments is {@link Releases}' call,
 * like every other figure. Pure: no framework, no I/O.
 */
public final class Comments {

    private Comments() {}

    /** One group per text question, in questionnaire order; a hidden one carries no text and no count. */
    public static List<CommentGroup> of(Questionnaire q, List<Participant> participants, int threshold) {
        List<CommentGroup> out = new ArrayList<>();
        for (Question x : textQuestions(q)) {
            List<String> texts = new ArrayList<>();
            for (Participant p : participants) {
                String t = text(p, x.id());
                if (t != null) {
                    texts.add(t);
                }
            }
            if (texts.size() < threshold) {
                out.add(new CommentGroup(x.id(), false, List.of()));
                continue;
            }
            texts.sort(Comparator.comparing((String t) -> digest(x.id(), t)).thenComparing(t -> t));
            out.add(new CommentGroup(x.id(), true, List.copyOf(texts)));
        }
        return out;
    }

    /** Per shown text question, the writers of its comments: the set a consultant can compare across releases. */
    static Map<String, Map<Participant, String>> writers(
            Questionnaire q, List<Participant> participants, int threshold) {
        Map<String, Map<Participant, String>> out = new java.util.LinkedHashMap<>();
        for (Question x : textQuestions(q)) {
            Map<Participant, String> wrote = new IdentityHashMap<>();
            participants.stream().filter(p -> text(p, x.id()) != null).forEach(p -> wrote.put(p, "team"));
            if (wrote.size() >= threshold) {
                out.put("comments " + x.id(), wrote);
            }
        }
        return out;
    }

    private static List<Question> textQuestions(Questionnaire q) {
        return q.questionIndex().values().stream()
                .filter(x -> x.type() == QuestionType.TEXT)
                .toList();
    }

    /** The comment with surrounding space removed and runs of blank lines kept to one; null when there is none. */
    static String text(Participant p, String question) {
        Answer a = p.answers().get(question);
        if (!(a instanceof Answer.Text t) || t.value() == null) {
            return null;
        }
        String s = t.value()
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
        return s.isEmpty() ? null : s;
    }

    private static String digest(String question, String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((question + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }
}
