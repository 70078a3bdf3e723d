package no.journeydiag.workshop.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;
import no.journeydiag.scoring.ScoringResult;
import no.journeydiag.scoring.ScoringResult.ElementScore;
import no.journeydiag.workshop.team.TeamReport.Change;
import no.journeydiag.workshop.team.TeamReport.ElementStats;
import no.journeydiag.workshop.team.TeamReport.Gap;
import no.journeydiag.workshop.team.TeamReport.GroupCount;
import no.journeydiag.workshop.team.TeamReport.Prompt;
import no.journeydiag.workshop.team.TeamReport.RoleRow;
import no.journeydiag.workshop.team.TeamReport.SignShare;
import no.journeydiag.workshop.team.TeamReport.StageConsensus;
import no.journeydiag.workshop.team.TeamReport.ValueCount;

/**
 * Participants' results → the team report. Pure: no framework, no I/O. What may be shown is
 * decided by {@link Anonymity}; the rules (folding, agreement, gaps, aggregated answers) are
 * documented in docs/workshops.md.
 */
public final class TeamAggregator {

    /** How many questions the discussion prompts list. */
    static final int PROMPTS = 5;
    /** Below this share naming the same function, a stage has no agreed lead. */
    static final double STAGE_AGREEMENT = 0.5;

    /** One participant: the role they chose, their answers and their scored result. */
    public record Participant(String role, Map<String, Answer> answers, ScoringResult result) {}

    private TeamAggregator() {}

    /**
     * @param threshold    the anonymity threshold: smallest group whose statistics are shown
     * @param gapThreshold role differences at or above this many points are flagged
     * @param previous     the linked earlier workshop's report, or null
     */
    public static TeamReport aggregate(
            Questionnaire q, List<Participant> participants, int threshold, double gapThreshold, TeamReport previous) {
        return aggregate(q, participants, threshold, gapThreshold, previous, Anonymity.Carry.NONE);
    }

    /** As above, keeping together what an earlier shown report of the same workshop kept together. */
    public static TeamReport aggregate(
            Questionnaire q,
            List<Participant> participants,
            int threshold,
            double gapThreshold,
            TeamReport previous,
            Anonymity.Carry carry) {
        int n = participants.size();
        if (n < threshold || n == 0) {
            return TeamReport.countOnly(n, threshold);
        }
        Anonymity.Layout layout = Anonymity.layout(q, participants, threshold, carry);
        List<GroupCount> counts = new ArrayList<>();
        layout.groups()
                .forEach((role, ps) -> counts.add(
                        new GroupCount(role, ps.size(), role.equals(TeamReport.OTHER) ? layout.merged() : List.of())));

        List<ElementStats> elements = new ArrayList<>();
        for (Element e : q.elements()) {
            List<Double> scores = scores(participants, e.id());
            if (!layout.teamElements().contains(e.id())) {
                elements.add(new ElementStats(
                        e.id(), scores.size(), false, null, null, null, null, null, null, null, List.of()));
                continue;
            }
            double mean = Stats.mean(scores);
            double sd = Stats.sd(scores);
            elements.add(new ElementStats(
                    e.id(),
                    scores.size(),
                    true,
                    Stats.round1(mean),
                    Stats.round1(Stats.median(scores)),
                    scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                    Stats.round1(sd),
                    Stats.round2(Stats.agreement(sd)),
                    q.band(Stats.round1(mean)).id(),
                    scores.stream().sorted().toList()));
        }

        List<RoleRow> heatmap = new ArrayList<>();
        if (layout.breakdown()) {
            layout.groups().forEach((role, ps) -> {
                Map<String, Double> means = new LinkedHashMap<>();
                for (Element e : q.elements()) {
                    if (layout.cells().get(e.id()).contains(role)) {
                        means.put(e.id(), Stats.round1(Stats.mean(scores(ps, e.id()))));
                    }
                }
                heatmap.add(new RoleRow(role, ps.size(), means));
            });
        }

        Map<String, Answer> teamAnswers = aggregatedAnswers(q, participants);
        ScoringResult team = Scoring.score(q, teamAnswers);
        List<SignShare> signs = new ArrayList<>();
        for (var sign : q.warningSigns()) {
            int fired = (int) participants.stream()
                    .filter(p -> p.result().sign(sign.id()) != null
                            && p.result().sign(sign.id()).triggered())
                    .count();
            signs.add(new SignShare(
                    sign.id(),
                    fired,
                    Stats.round2((double) fired / n),
                    team.sign(sign.id()).triggered()));
        }

        List<Change> changes = new ArrayList<>();
        if (previous != null && !previous.belowThreshold()) {
            for (ElementStats now : elements) {
                previous.elements().stream()
                        .filter(b -> b.element().equals(now.element()) && b.enoughAnswers() && now.enoughAnswers())
                        .findFirst()
                        .ifPresent(b -> changes.add(
                                new Change(now.element(), b.mean(), now.mean(), Stats.round1(now.mean() - b.mean()))));
            }
        }

        List<Double> overalls = participants.stream()
                .map(p -> p.result().overall().value())
                .filter(v -> v != null)
                .toList();
        Double overall = layout.overall() ? Stats.round1(Stats.mean(overalls)) : null;
        List<Gap> gaps = gaps(q, heatmap, gapThreshold);
        List<StageConsensus> stages = ownership(q, participants, threshold);
        List<TeamReport.StageGroup> ownershipGroups = ByFunction.ownership(q, layout, threshold);
        List<TeamReport.SignGroup> signGroups = ByFunction.signs(q, layout);
        TeamReport report = new TeamReport(
                n,
                threshold,
                false,
                counts,
                layout.breakdown(),
                coverage(participants),
                overall,
                elements,
                heatmap,
                gaps,
                signs,
                Discussion.of(q, gaps, prompts(q, participants, threshold), ownershipGroups, signGroups),
                stages,
                ImproveFirst.of(q, elements, gaps, signs, stages, ownershipGroups, n, threshold, gapThreshold),
                changes,
                ByFunction.apart(q, layout, heatmap, participants, threshold, gapThreshold),
                signGroups,
                ownershipGroups,
                gapThreshold,
                Comments.of(q, participants, threshold),
                null);
        return previous == null ? report : report.withSince(Since.of(q, previous, report));
    }

    /** The scores participants have for an element; those with none (only "don't know") are left out. */
    static List<Double> scores(List<Participant> participants, String element) {
        List<Double> scores = new ArrayList<>();
        for (Participant p : participants) {
            ElementScore s = p.result().element(element);
            if (s != null && s.score() != null) {
                scores.add(s.score());
            }
        }
        return scores;
    }

    /** Per element, the highest and lowest role means among the shown groups. Largest first. */
    static List<Gap> gaps(Questionnaire q, List<RoleRow> rows, double gapThreshold) {
        List<Gap> gaps = new ArrayList<>();
        if (rows.size() < 2) {
            return gaps;
        }
        for (Element e : q.elements()) {
            RoleRow high = null;
            RoleRow low = null;
            for (RoleRow r : rows) {
                Double m = r.means().get(e.id());
                if (m == null) {
                    continue;
                }
                if (high == null || m > high.means().get(e.id())) {
                    high = r;
                }
                if (low == null || m < low.means().get(e.id())) {
                    low = r;
                }
            }
            if (high != null && high != low) {
                double hi = high.means().get(e.id());
                double lo = low.means().get(e.id());
                double d = Stats.round1(hi - lo);
                gaps.add(new Gap(e.id(), high.role(), hi, low.role(), lo, d, d >= gapThreshold));
            }
        }
        gaps.sort(Comparator.comparingDouble(Gap::difference).reversed());
        return gaps;
    }

    /**
     * The team's answer to each question: the median of 0–10 scale values, the (lower) median of
     * likert answers, the options ticked by at least half on multi questions, otherwise the most
     * common answer (ties: option order). "Don't know" counts as an answer for the most common.
     */
    static Map<String, Answer> aggregatedAnswers(Questionnaire q, List<Participant> participants) {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (Question x : q.questionIndex().values()) {
            List<Answer> given = participants.stream()
                    .map(p -> p.answers().get(x.id()))
                    .filter(a -> a != null)
                    .toList();
            if (given.isEmpty() || x.type() == QuestionType.TEXT) {
                continue;
            }
            List<Double> numbers = given.stream()
                    .filter(a -> a instanceof Answer.Number)
                    .map(a -> (double) ((Answer.Number) a).value())
                    .toList();
            if (!numbers.isEmpty() && numbers.size() * 2 >= given.size()) {
                out.put(x.id(), new Answer.Number((int) Math.round(Stats.median(numbers))));
                continue;
            }
            List<Answer.Choices> multi = given.stream()
                    .filter(a -> a instanceof Answer.Choices)
                    .map(a -> (Answer.Choices) a)
                    .toList();
            if (!multi.isEmpty() && multi.size() * 2 >= given.size()) {
                List<String> ticked = x.options().stream()
                        .map(Option::value)
                        .filter(v -> multi.stream()
                                                .filter(m -> m.selected().contains(v))
                                                .count()
                                        * 2
                                >= multi.size())
                        .toList();
                out.put(x.id(), new Answer.Choices(ticked));
                continue;
            }
            List<Answer.Choice> ordered = given.stream()
                    .filter(a -> a instanceof Answer.Choice)
                    .map(a -> (Answer.Choice) a)
                    .filter(c -> x.option(c.value()) != null)
                    .toList();
            if (x.type() == QuestionType.LIKERT && !ordered.isEmpty() && ordered.size() * 2 >= given.size()) {
                // Ranks by value, looked up once: indexOf compares whole options (labels in every language).
                Map<String, Integer> rank = new HashMap<>();
                for (int i = 0; i < x.options().size(); i++) {
                    rank.put(x.options().get(i).value(), i);
                }
                List<Answer.Choice> sorted = ordered.stream()
                        .sorted(Comparator.comparingInt(c -> rank.get(c.value())))
                        .toList();
                out.put(x.id(), sorted.get((sorted.size() - 1) / 2)); // lower median: an answer someone gave
                continue;
            }
            String mode = mode(x, given);
            out.put(
                    x.id(),
                    mode.equals(Question.DONT_KNOW)
                            ? new Answer.DontKnow()
                            : mode.equals(Question.NOT_APPLICABLE)
                                    ? new Answer.NotApplicable()
                                    : new Answer.Choice(mode));
        }
        return out;
    }

    private static String mode(Question x, List<Answer> given) {
        List<ValueCount> counts = distribution(x, given);
        ValueCount best = counts.get(0);
        for (ValueCount c : counts) {
            if (c.count() > best.count()) {
                best = c; // strictly greater: ties keep the earlier option
            }
        }
        return best.value();
    }

    /** Counts per value in option order (then don't know, not applicable); scale questions 0–10. Zero counts are kept. */
    static List<ValueCount> distribution(Question x, List<Answer> given) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (x.type() == QuestionType.SCALE) {
            for (int i = 0; i <= Question.SCALE_MAX; i++) {
                counts.put(Integer.toString(i), 0);
            }
        } else {
            x.options().forEach(o -> counts.put(o.value(), 0));
        }
        for (Answer a : given) {
            for (String v : a.values()) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        List<ValueCount> out = new ArrayList<>();
        counts.forEach((v, c) -> {
            if (c > 0 || !(v.equals(Question.DONT_KNOW) || v.equals(Question.NOT_APPLICABLE))) {
                out.add(new ValueCount(v, c));
            }
        });
        return out;
    }

    /**
     * Scored questions by spread of points (SD ÷ the largest SD possible, max/2), widest first;
     * only questions at least {@code threshold} participants answered (a follow-up few were shown
     * would show those few people's answers).
     */
    static List<Prompt> prompts(Questionnaire q, List<Participant> participants, int threshold) {
        List<Prompt> prompts = new ArrayList<>();
        for (Question x : q.questionIndex().values()) {
            if (!x.scored() || x.maxPoints() <= 0) {
                continue;
            }
            List<Answer> given = new ArrayList<>();
            List<Double> points = new ArrayList<>();
            for (Participant p : participants) {
                Answer a = p.answers().get(x.id());
                if (a != null) {
                    given.add(a);
                    Double pts = Scoring.rawPoints(x, a);
                    if (pts != null) {
                        points.add(pts);
                    }
                }
            }
            if (points.size() < 2 || given.size() < threshold) {
                continue;
            }
            double spread = Stats.round2(Stats.sd(points) / (x.maxPoints() / 2.0));
            if (spread > 0) {
                prompts.add(new Prompt(x.id(), given.size(), spread, distribution(x, given)));
            }
        }
        prompts.sort(Comparator.comparingDouble(Prompt::spread).reversed()); // stable: ties in question order
        return prompts.subList(0, Math.min(PROMPTS, prompts.size()));
    }

    /**
     * For each ownership-map question: the most named answer and the share of those who answered
     * that named it; with fewer than {@code threshold} answers only their number.
     */
    static List<StageConsensus> ownership(Questionnaire q, List<Participant> participants, int threshold) {
        if (q.ownershipMap() == null) {
            return List.of();
        }
        List<StageConsensus> out = new ArrayList<>();
        for (String id : q.ownershipMap().rows()) {
            Question x = q.question(id);
            List<Answer> given = participants.stream()
                    .map(p -> p.answers().get(id))
                    .filter(a -> a != null)
                    .toList();
            if (given.isEmpty() || given.size() < threshold) {
                out.add(new StageConsensus(id, x.stage(), given.size(), false, null, 0, false, List.of()));
                continue;
            }
            List<ValueCount> dist = distribution(x, given);
            String leading = mode(x, given);
            int count = dist.stream()
                    .filter(c -> c.value().equals(leading))
                    .mapToInt(ValueCount::count)
                    .sum();
            double agreement = Stats.round2((double) count / given.size());
            boolean agreed = agreement >= STAGE_AGREEMENT
                    && !leading.equals(Question.DONT_KNOW)
                    && !q.ownershipMap().gapValues().contains(leading);
            out.add(new StageConsensus(id, x.stage(), given.size(), true, leading, agreement, agreed, dist));
        }
        return out;
    }

    /** Mean over participants of answered ÷ shown scored questions (per element, summed). */
    static double coverage(List<Participant> participants) {
        double sum = 0;
        for (Participant p : participants) {
            int answered = 0;
            int shown = 0;
            for (ElementScore e : p.result().elements()) {
                answered += e.answered();
                shown += e.shown();
            }
            sum += shown == 0 ? 0 : (double) answered / shown;
        }
        return Stats.round2(sum / participants.size());
    }
}
