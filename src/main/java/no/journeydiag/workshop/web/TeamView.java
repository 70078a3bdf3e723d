package no.journeydiag.workshop.web;

import java.util.List;

/** The team report with every label resolved and every chart's geometry computed; templates only place it. */
public record TeamView(long workshopId, String organisation, String questionnaireTitle, String locale, List<String> locales,
                       int participants, int threshold, boolean belowThreshold, String coverage, String overall,
                       List<Group> groups, int unshown, List<ElementRow> elements, List<String> heatHeaders,
                       List<HeatRow> heat, List<GapView> gaps, List<SignView> signs, List<PromptView> prompts,
                       List<StageView> stages, List<PriorityView> improveFirst, List<ChangeView> changes,
                       String generatedAt, boolean forPdf, int perDot) {

    public record Group(String role, int count, boolean shown) { }

    /** One element; {@code dots} place every participant's score on a 0–100 strip, labelled at {@code labelY}. */
    public record ElementRow(String label, String mean, String band, String colour, String median, String range, String sd,
                             String agreement, List<Dot> dots, int stripHeight, int labelY) { }

    public record Dot(int cx, int cy) { }

    public record HeatRow(String role, int count, List<HeatCell> cells) { }

    /** {@code level} 0–4 picks the cell colour class; the number is always printed too. */
    public record HeatCell(String text, int level) { }

    public record GapView(String sentence, String difference, boolean flagged) { }

    public record SignView(String label, String description, int count, String share, boolean team) { }

    public record PromptView(String question, String section, String spread, int n, List<BarView> bars) { }

    public record BarView(String label, int count, int width) { }

    public record StageView(String stage, String question, String leading, String agreement, boolean agreed, int n,
                            List<BarView> bars) { }

    public record PriorityView(String label, String score, String recommendation, List<String> signs) { }

    public record ChangeView(String label, String before, String now, String delta, String direction) { }
}
