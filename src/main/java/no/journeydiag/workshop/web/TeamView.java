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
        ReleaseView release) {

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
            int labelY) {}

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

    public record SignView(String label, String description, int count, String share, boolean team) {}

    public record PromptView(String question, String section, String spread, int n, List<BarView> bars) {}

    public record BarView(String label, int count, int width) {}

    public record StageView(
            String stage,
            String question,
            boolean enough,
            String leading,
            String agreement,
            boolean agreed,
            int n,
            List<BarView> bars) {}

    public record PriorityView(String label, String score, String recommendation, List<String> signs) {}

    public record ChangeView(String label, String before, String now, String delta, String direction) {}
}
