package no.journeydiag.workshop.web;

import java.util.List;

/** The team report with every label resolved and every chart's geometry computed; templates only place it. */
public record TeamView(
        long workshopId,
        String organisation,
        String questionnaireTitle,
        String locale,
        List<String> locales,
        int participants,
        int threshold,
        boolean belowThreshold,
        String coverage,
        String overall,
        List<Group> groups,
        boolean breakdown,
        List<String> merged,
        List<ElementRow> elements,
        List<String> heatHeaders,
        List<HeatRow> heat,
        boolean hiddenCells,
        List<GapView> gaps,
        List<SignView> signs,
        List<PromptView> prompts,
        List<StageView> stages,
        List<PriorityView> improveFirst,
        List<ChangeView> changes,
        String generatedAt,
        boolean forPdf,
        int perDot,
        ReleaseView release,
        List<ApartView> apart,
        String gapThreshold,
        boolean closed,
        List<ActionView> actions,
        List<ActionView> previousActions,
        List<JoinPage.RoleChoice> roleChoices,
        List<JoinPage.RoleChoice> linkChoices,
        List<CommentView> comments,
        SinceView since) {

    /** The change since last time ({@code SinceViews}); null without a linked earlier workshop. */
    public record SinceView(
            int participantsBefore,
            int participantsNow,
            List<SizeRow> groups,
            List<GapRow> gaps,
            List<FunctionRow> functions,
            List<SignRow> signs,
            List<StageRow> stages) {}

    /** A group's size then and now ("–" where it was not shown on its own). */
    public record SizeRow(String group, boolean other, String before, String now) {}

    /** An element's largest gap then and now; {@code direction} narrower, wider, same or blank. */
    public record GapRow(String element, GapCell before, GapCell now, String change, String direction) {}

    /** A gap's points and the groups at its ends ({@code points} "–" when there was none). */
    public record GapCell(String points, String high, String low) {}

    public record FunctionRow(
            String element, String group, String before, String now, String delta, String direction) {}

    public record SignRow(String sign, String before, String now, String direction) {}

    public record StageRow(String stage, String before, String now, boolean changed) {}

    /** A text question's comments; when not {@code shown}, too few wrote one and only the question is named. */
    public record CommentView(String question, boolean shown, List<String> comments) {}

    /** Whether any text question has comments to show. */
    public boolean anyComments() {
        return comments.stream().anyMatch(CommentView::shown);
    }

    /** An action agreed in the room; {@code link} is the element's or sign's label, {@code due} a local date. */
    public record ActionView(long id, String what, String owner, String due, String link) {}

    /** The flagged perception gaps only: smaller differences are noise at a workshop's size. */
    public List<GapView> flaggedGaps() {
        return gaps.stream().filter(GapView::flagged).toList();
    }

    /** Stages where the functions shown name different leads. */
    public List<StageView> contradictions() {
        return stages.stream().filter(StageView::contradiction).toList();
    }

    /** The stages where the functions contradict each other, as one list for a sentence. */
    public String contradictionStages() {
        return String.join(", ", contradictions().stream().map(StageView::stage).toList());
    }

    /** Whether any stage is shown by function (the ownership table then has one column per group). */
    public boolean stagesByGroup() {
        return stages.stream().anyMatch(s -> s.groups().stream().anyMatch(g -> !g.hidden()));
    }

    /** A shown group; {@code other} is the folded group, whose {@code merged} roles are named. */
    public record Group(String role, boolean other, int count, List<String> merged) {}

    /**
     * How far the report has been released: {@code never} before the first release; {@code pending}
     * newer answers wait, because the workshop is {@code open} or because adding them now could
     * single someone out.
     */
    public record ReleaseView(boolean never, long released, long pending, boolean open, String releasedAt) {}

    /**
     * One element; without {@code enough} scores ({@code n} of at least the threshold) every figure
     * is blank. {@code dots} place every participant's score on a 0–100 strip, labelled at {@code labelY}.
     */
    public record ElementRow(
            String label,
            boolean enough,
            int n,
            String mean,
            String band,
            String colour,
            String median,
            String range,
            String sd,
            String agreement,
            List<Dot> dots,
            int stripHeight,
            int labelY,
            List<GroupMean> byGroup) {}

    /** A shown group's mean on one element; {@code mean} is blank when the cell is hidden, {@code x} its place on a 0–100 strip. */
    public record GroupMean(String group, int count, String mean, int x, boolean hidden) {}

    /** "{group} sees {element} differently from the rest of the team: {groupMean} against {restMean}". */
    public record ApartView(
            String group, String element, String groupMean, String restMean, long points, boolean higher) {}

    public record Dot(int cx, int cy) {}

    public record HeatRow(String role, boolean other, int count, List<HeatCell> cells) {}

    /** {@code level} 0–4 picks the cell colour class, −1 a hidden cell; the number is always printed too. */
    public record HeatCell(String text, int level) {}

    /** "{lowRole} rates {element} {points} points lower than {highRole} ({lowMean} vs {highMean})", in parts so names can be isolated. */
    public record GapView(
            String lowRole,
            boolean lowOther,
            String element,
            long points,
            String highRole,
            boolean highOther,
            String lowMean,
            String highMean,
            String difference,
            boolean flagged) {}

    /**
     * {@code most}: the groups it fires for at least half of; {@code few}: the groups it fires for
     * less than a quarter of; {@code groups} every shown group's count.
     */
    public record SignView(
            String label,
            String description,
            int count,
            String share,
            boolean team,
            List<GroupShare> groups,
            String most,
            String few) {}

    public record GroupShare(String group, int count, int size, String share, int width) {}

    /**
     * A prompt to read out ({@code says}); a question the team answered apart ({@code kind} "item")
     * also has its text, section, spread and answers.
     */
    public record PromptView(
            String kind, Line says, String question, String section, String spread, int n, List<BarView> bars) {}

    /** One sentence: {@code kind} picks the message (workshop/says.html), {@code a}–{@code e} fill it. */
    public record Line(String kind, String a, String b, String c, String d, String e) {
        Line(String kind, String a, String b, String c) {
            this(kind, a, b, c, "", "");
        }
    }

    public record BarView(String label, int count, int width) {}

    public record StageView(
            String stage,
            String question,
            boolean enough,
            String leading,
            String agreement,
            boolean agreed,
            int n,
            List<BarView> bars,
            List<StageGroupView> groups,
            boolean contradiction) {}

    /** Who one group says leads the stage. */
    public record StageGroupView(String group, int n, String leading, String share, boolean gap, boolean hidden) {}

    /** An element to improve first and why, strongest reason first ({@code why}). */
    public record PriorityView(String label, String score, String recommendation, List<String> signs, List<Line> why) {}

    public record ChangeView(String label, String before, String now, String delta, String direction) {}
}
