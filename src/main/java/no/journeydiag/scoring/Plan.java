package no.journeydiag.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.model.Section;
import no.journeydiag.questionnaire.model.WarningSign;

/**
 * A questionnaire compiled for scoring: questions in order with their section, feed weights by
 * element index, stage index and option points, so that scoring walks arrays instead of searching
 * lists and maps for every answer. Made once per questionnaire file (keyed by its content hash:
 * identical files make identical plans) and shared by all threads; immutable.
 */
final class Plan {

    private static final Map<String, Plan> CACHE = new ConcurrentHashMap<>();

    final Question[] questions;
    final Section[] sections;
    /** feed[i][e]: question i's weight for element e, NaN when it does not feed it. */
    final double[][] feed;
    /** Sum of question i's feed weights: its weight in the stage scores. */
    final double[] feedSum;
    /** Stage index of question i, or -1. */
    final int[] stage;
    final boolean[] typeScored;
    final boolean[] scored;
    final Map<String, Integer>[] optionPoints;
    final Map<String, Element> elementById = new HashMap<>();
    final Map<String, WarningSign> signById = new HashMap<>();

    static Plan of(Questionnaire q) {
        if (q.contentHash() == null) {
            return new Plan(q);
        }
        // The key names the questionnaire too: a content hash alone would not say which id the caller built.
        return CACHE.computeIfAbsent(q.id() + "@" + q.version() + "#" + q.contentHash(), k -> new Plan(q));
    }

    @SuppressWarnings("unchecked")
    private Plan(Questionnaire q) {
        List<Question> all = List.copyOf(q.questionIndex().values());
        int n = all.size();
        int elements = q.elements().size();
        questions = all.toArray(new Question[0]);
        sections = new Section[n];
        feed = new double[n][elements];
        feedSum = new double[n];
        stage = new int[n];
        typeScored = new boolean[n];
        scored = new boolean[n];
        optionPoints = new Map[n];
        Map<String, Section> sectionById = new HashMap<>();
        q.sections().forEach(s -> sectionById.put(s.id(), s));
        Map<String, Integer> stageIndex = new HashMap<>();
        for (int s = 0; s < q.stages().size(); s++) {
            stageIndex.put(q.stages().get(s).id(), s);
        }
        for (int i = 0; i < n; i++) {
            Question x = questions[i];
            sections[i] = sectionById.get(x.sectionId());
            Arrays.fill(feed[i], Double.NaN);
            for (int e = 0; e < elements; e++) {
                Double w = x.feeds().get(q.elements().get(e).id());
                if (w != null) {
                    feed[i][e] = w;
                    feedSum[i] += w;
                }
            }
            stage[i] = x.stage() == null ? -1 : stageIndex.getOrDefault(x.stage(), -1);
            typeScored[i] = x.type().scored();
            scored[i] = x.scored();
            Map<String, Integer> points = new HashMap<>();
            for (Option o : x.options()) {
                points.put(o.value(), o.points());
            }
            optionPoints[i] = points;
        }
        q.elements().forEach(e -> elementById.put(e.id(), e));
        q.warningSigns().forEach(w -> signById.put(w.id(), w));
    }

    /** As {@link Scoring#rawPoints}, from the compiled option points: NaN when the answer is not scored. */
    double rawPoints(int i, Answer answer) {
        return Scoring.rawPoints(answer, optionPoints[i]::get, questions[i].maxPoints());
    }
}
