package no.journeydiag.workshop.team;

import java.util.List;
import java.util.Map;
import no.journeydiag.scoring.ScoringResult;

/**
 * A workshop's team report: ids and numbers only, language-neutral like {@link ScoringResult}.
 * When {@code belowThreshold} is true only {@code participants} is filled: fewer people than the
 * anonymity threshold could be recognised from any statistic. Every shown group has at least
 * {@code threshold} members and every shown mean at least {@code threshold} scores; a figure with
 * fewer is null ("not enough answers"). Without a {@code breakdown} no role group is shown apart.
 */
public record TeamReport(
        int participants,
        int threshold,
        boolean belowThreshold,
        List<GroupCount> groups,
        boolean breakdown,
        double coverage,
        Double overallMean,
        List<ElementStats> elements,
        List<RoleRow> heatmap,
        List<Gap> gaps,
        List<SignShare> signs,
        List<Prompt> prompts,
        List<StageConsensus> ownership,
        List<Focus> improveFirst,
        List<Change> changes,
        List<Apart> apart,
        List<SignGroup> signGroups,
        List<StageGroup> ownershipGroups,
        double gapThreshold,
        List<CommentGroup> comments,
        SinceLast since) {

    /** The folded "other" group's name: small roles are merged into it. */
    public static final String OTHER = "other";

    /**
     * The figures a later workshop keeps of this one: no comments (free text stays with the
     * workshop it was written in) and no comparison of its own.
     */
    public TeamReport withoutComparison() {
        return new TeamReport(
                participants,
                threshold,
                belowThreshold,
                groups,
                breakdown,
                coverage,
                overallMean,
                elements,
                heatmap,
                gaps,
                signs,
                prompts,
                ownership,
                improveFirst,
                List.of(),
                apart,
                signGroups,
                ownershipGroups,
                gapThreshold,
                List.of(),
                null);
    }

    /** This report with its change since the earlier workshop. */
    TeamReport withSince(SinceLast s) {
        return new TeamReport(
                participants,
                threshold,
                belowThreshold,
                groups,
                breakdown,
                coverage,
                overallMean,
                elements,
                heatmap,
                gaps,
                signs,
                prompts,
                ownership,
                improveFirst,
                changes,
                apart,
                signGroups,
                ownershipGroups,
                gapThreshold,
                comments,
                s);
    }

    static TeamReport countOnly(int participants, int threshold) {
        return new TeamReport(
                participants,
                threshold,
                true,
                List.of(),
                false,
                0,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0,
                List.of(),
                null);
    }

    /** A role group after folding; {@code merged} names the roles counted in "other" (empty for the others). */
    public record GroupCount(String role, int count, List<String> merged) {}

    /**
     * One element across the team. {@code n} participants have a score for it; with fewer than the
     * threshold ({@code enoughAnswers} false) every statistic is null and {@code scores} is empty.
     * {@code scores} are every participant's score, sorted (no order, no names).
     */
    public record ElementStats(
            String element,
            int n,
            boolean enoughAnswers,
            Double mean,
            Double median,
            Double min,
            Double max,
            Double sd,
            Double agreement,
            String band,
            List<Double> scores) {}

    /** Mean score per element of one role group (element id → mean; absent when too few in the group have a score). */
    public record RoleRow(String role, int count, Map<String, Double> means) {}

    /** The widest difference between role groups on one element. */
    public record Gap(
            String element,
            String highRole,
            double highMean,
            String lowRole,
            double lowMean,
            double difference,
            boolean flagged) {}

    /** How many participants a sign fires for, and whether it fires on the team's aggregated answers. */
    public record SignShare(String sign, int count, double share, boolean team) {}

    /**
     * Something to discuss, from {@link Discussion}. {@code kind} {@value Discussion#ITEM}: a question
     * ({@code question}) the team answered apart, {@code spread} the SD of points ÷ its largest possible
     * SD (0–1); {@value Discussion#GAP}: the widest gap on element {@code subject} between shown groups
     * {@code high} and {@code low}; {@value Discussion#STAGE}: shown groups {@code high} and {@code low}
     * name different leads for ownership question {@code question}; {@value Discussion#SIGN}: sign
     * {@code subject} fires for most of {@code high}, for few of {@code low}. {@code points} (0–100)
     * ranks them.
     */
    public record Prompt(
            String kind,
            String question,
            int n,
            double spread,
            List<ValueCount> distribution,
            String subject,
            String high,
            String low,
            double points) {

        /** A question the team answered apart. */
        public Prompt(String question, int n, double spread, List<ValueCount> distribution) {
            this(Discussion.ITEM, question, n, spread, distribution, null, null, null, Stats.round1(100 * spread));
        }
    }

    /**
     * An element to improve first ({@link ImproveFirst}): the team's mean ({@code score}) and band,
     * the linked signs that speak for it, its {@code priority} in points and why, strongest reason first.
     */
    public record Focus(
            String element, Double score, String band, List<String> signs, double priority, List<Reason> reasons) {}

    /**
     * One reason an element is ranked where it is; {@code points} is what it adds to the priority.
     * {@code kind} {@value ImproveFirst#SPLIT}: shown groups {@code high} and {@code low} are {@code value}
     * points apart; {@value ImproveFirst#SPREAD}: the team's SD is {@code value}; {@value ImproveFirst#HOLE}:
     * a share {@code value} ({@code count} of {@code of}, count null below the threshold) say no one
     * leads ownership question {@code subject}; {@value ImproveFirst#CONTRADICTION}: shown groups {@code high}
     * and {@code low} name different leads for {@code subject}; {@value ImproveFirst#SIGN}: sign {@code subject}
     * fires for a share {@code value} ({@code count} of {@code of}); {@value ImproveFirst#LOW}: only the mean
     * ({@code value}) speaks for it.
     */
    public record Reason(
            String kind,
            String subject,
            double points,
            String high,
            String low,
            Double value,
            Integer count,
            Integer of) {}

    public record ValueCount(String value, int count) {}

    /**
     * Who participants say leads a stage: the most named answer and the share who named it. With
     * fewer than the threshold answers ({@code enoughAnswers} false) only {@code n} is filled.
     */
    public record StageConsensus(
            String question,
            String stage,
            int n,
            boolean enoughAnswers,
            String leading,
            double agreement,
            boolean agreed,
            List<ValueCount> distribution) {}

    /** A group whose mean on an element differs from everyone else's by at least the gap threshold. */
    public record Apart(String element, String group, double groupMean, double restMean, double difference) {}

    /** How many of a shown group a warning sign fires for. */
    public record SignGroup(String sign, String group, int count, int size, double share) {}

    /** Who a shown group says leads a stage: its most named answer and the share of its answers that named it. */
    public record StageGroup(String question, String group, int n, String leading, double share) {}

    /**
     * A text question's comments, in an order that follows no one ({@link Comments}); when not
     * {@code shown} (fewer than the threshold wrote one) {@code comments} is empty.
     */
    public record CommentGroup(String question, boolean shown, List<String> comments) {}

    /**
     * The change since the linked earlier workshop ({@link Since}); null without one. Sizes, gaps,
     * function means, sign shares and stage leads, each as the earlier and the later report showed it.
     */
    public record SinceLast(
            int participantsBefore,
            int participantsNow,
            List<GroupChange> groups,
            List<GapChange> gaps,
            List<FunctionChange> functions,
            List<SignChange> signs,
            List<StageChange> stages) {}

    /** A group's size then and now; null where the report did not show it as a group of its own. */
    public record GroupChange(String role, Integer before, Integer now) {}

    /** An element's widest gap between functions then and now; null where a report had none. */
    public record GapChange(String element, Gap before, Gap now) {
        /** Positive: the functions have moved apart; negative: closer. Null unless both reports had a gap. */
        public Double widening() {
            return before == null || now == null ? null : Stats.round1(now.difference() - before.difference());
        }
    }

    /** One function's mean on one element then and now. */
    public record FunctionChange(String element, String role, double before, double now, double delta) {}

    /** The share of participants a warning sign fires for, then and now. */
    public record SignChange(String sign, double before, double now) {}

    /** The stage's most named lead and its share then and now; {@code changed} when both are known and differ. */
    public record StageChange(
            String question,
            String leadingBefore,
            Double agreementBefore,
            String leadingNow,
            Double agreementNow,
            boolean changed) {}

    /** Change of an element's team mean since the linked earlier workshop. */
    public record Change(String element, double before, double now, double delta) {}
}
