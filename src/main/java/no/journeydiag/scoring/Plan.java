package no.journeydiag.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import no.journeydiag.questionnaire.model.Condition;
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
    /** The plan last made per content hash, found without building a key (the hash's own hash is cached). */
    private static final Map<String, Plan> BY_HASH = new ConcurrentHashMap<>();

    final String id;
    final String version;
    final Question[] questions;
    /** The question ids in index order. */
    final List<String> order;

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
    /** optionPoints[i]::get, made once rather than per answer. */
    final Function<String, Integer>[] pointsOf;

    final Map<String, Element> elementById = new HashMap<>();
    final Map<String, WarningSign> signById = new HashMap<>();
    final String[] elementIds;
    final double[] elementWeight;
    final String[] stageIds;
    /** Question id to its index in {@link #questions}. */
    final Map<String, Integer> questionIndex = new HashMap<>();
    /** The section's and the question's own showIf of question i, compiled; null when there is none. */
    final Check[] sectionShowIf;

    final Check[] showIf;
    /** The warning signs' conditions, in the questionnaire's order. */
    final Check[] signWhen;
    /** Question index of each ownership map row, in the map's order (empty without a map). */
    final int[] ownershipRows;
    /** Each mode's condition, in the questionnaire's order. */
    final Check[] modeWhen;
    /** adviceWhen[e].get(band)[i]: the condition of element e's i-th recommendation for the band; null for the default. */
    final Map<String, Check[]>[] adviceWhen;
    /** Element id to its index in the questionnaire's element list. */
    final Map<String, Integer> elementIndexById = new HashMap<>();
    /** Bands whose elements "improve first" leaves out. */
    final java.util.Set<String> skipBands;

    /** The shown-question lists made so far, by visibility mask (questionnaires of at most 64 questions). */
    private final Map<Long, List<String>> shownLists = new ConcurrentHashMap<>();

    /**
     * The ids of the questions marked in {@code isShown}, in order, immutable. Answer sets share a
     * handful of visibility patterns, so each list is made once (up to 1,024 patterns per plan).
     */
    List<String> shown(boolean[] isShown) {
        if (isShown.length > 64) {
            return shownList(isShown);
        }
        long mask = 0;
        for (int i = 0; i < isShown.length; i++) {
            if (isShown[i]) {
                mask |= 1L << i;
            }
        }
        List<String> kept = shownLists.get(mask);
        if (kept == null) {
            kept = shownList(isShown);
            if (shownLists.size() < 1024) {
                shownLists.put(mask, kept);
            }
        }
        return kept;
    }

    private List<String> shownList(boolean[] isShown) {
        String[] ids = new String[isShown.length];
        int n = 0;
        for (int i = 0; i < isShown.length; i++) {
            if (isShown[i]) {
                ids[n++] = questions[i].id();
            }
        }
        return List.of(Arrays.copyOf(ids, n));
    }

    static Plan of(Questionnaire q) {
        if (q.contentHash() == null) {
            return new Plan(q);
        }
        Plan last = BY_HASH.get(q.contentHash());
        if (last != null && last.id.equals(q.id()) && last.version.equals(q.version())) {
            return last; // the common case, on every scoring: no key built
        }
        // The key names the questionnaire too: a content hash alone would not say which id the caller built.
        Plan plan = CACHE.computeIfAbsent(q.id() + "@" + q.version() + "#" + q.contentHash(), k -> new Plan(q));
        BY_HASH.put(q.contentHash(), plan);
        return plan;
    }

    @SuppressWarnings("unchecked")
    // Long on purpose: one pass fills the flat arrays scoring reads; split, each part would take them all.
    private Plan(Questionnaire q) {
        id = q.id();
        version = q.version();
        List<Question> all = List.copyOf(q.questionIndex().values());
        int n = all.size();
        int elements = q.elements().size();
        questions = all.toArray(new Question[0]);
        order = all.stream().map(Question::id).toList();
        sections = new Section[n];
        feed = new double[n][elements];
        feedSum = new double[n];
        stage = new int[n];
        typeScored = new boolean[n];
        scored = new boolean[n];
        optionPoints = new Map[n];
        pointsOf = new Function[n];
        sectionShowIf = new Check[n];
        showIf = new Check[n];
        for (int i = 0; i < n; i++) {
            questionIndex.put(questions[i].id(), i);
        }
        elementIds = q.elements().stream().map(Element::id).toArray(String[]::new);
        elementWeight = q.elements().stream().mapToDouble(Element::weight).toArray();
        stageIds = q.stages().stream()
                .map(no.journeydiag.questionnaire.model.Stage::id)
                .toArray(String[]::new);
        Map<String, Integer> elementIndex = new HashMap<>();
        for (int e = 0; e < elements; e++) {
            elementIndex.put(q.elements().get(e).id(), e);
            elementIndexById.put(q.elements().get(e).id(), e);
        }
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
            pointsOf[i] = points::get;
        }
        // Conditions last: they read the option points above.
        for (int i = 0; i < n; i++) {
            Condition section = sections[i].showIf();
            sectionShowIf[i] = section == null ? null : Check.compile(section, questionIndex, elementIndex, this);
            Condition own = questions[i].showIf();
            showIf[i] = own == null ? null : Check.compile(own, questionIndex, elementIndex, this);
        }
        signWhen = new Check[q.warningSigns().size()];
        for (int s = 0; s < signWhen.length; s++) {
            signWhen[s] = Check.compile(q.warningSigns().get(s).when(), questionIndex, elementIndex, this);
        }
        ownershipRows = q.ownershipMap() == null
                ? new int[0]
                : q.ownershipMap().rows().stream()
                        .mapToInt(id -> questionIndex.getOrDefault(id, -1))
                        .toArray();
        q.elements().forEach(e -> elementById.put(e.id(), e));
        q.warningSigns().forEach(w -> signById.put(w.id(), w));
        modeWhen = new Check[q.modes().size()];
        for (int m = 0; m < modeWhen.length; m++) {
            modeWhen[m] = Check.compile(q.modes().get(m).when(), questionIndex, elementIndex, this);
        }
        adviceWhen = new Map[elements];
        for (int e = 0; e < elements; e++) {
            Map<String, Check[]> byBand = new HashMap<>();
            q.elements()
                    .get(e)
                    .advice()
                    .forEach((band, entries) -> byBand.put(
                            band,
                            entries.stream()
                                    .map(a -> a.when() == null
                                            ? null
                                            : Check.compile(a.when(), questionIndex, elementIndex, this))
                                    .toArray(Check[]::new)));
            adviceWhen[e] = byBand;
        }
        skipBands = java.util.Set.copyOf(q.priorities().skipBands());
    }

    /** The answers in question order; answers to ids the questionnaire does not have are left out. */
    Answer[] byIndex(Map<String, Answer> answers) {
        Answer[] out = new Answer[questions.length];
        for (Map.Entry<String, Answer> a : answers.entrySet()) {
            Integer i = questionIndex.get(a.getKey());
            if (i != null) {
                out[i] = a.getValue();
            }
        }
        return out;
    }

    /** As {@link Scoring#rawPoints}, from the compiled option points: NaN when the answer is not scored. */
    double rawPoints(int i, Answer answer) {
        return Scoring.rawPoints(answer, pointsOf[i], questions[i].maxPoints());
    }
}
