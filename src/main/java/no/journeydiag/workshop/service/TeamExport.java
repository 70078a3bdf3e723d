package no.journeydiag.workshop.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.journeydiag.common.Csv;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.QuestionType;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.ScoringResult;
import no.journeydiag.workshop.team.Anonymity;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;

/** The workshop's anonymous raw data as CSV: one row per released participant, roles grouped as in the report. */
@ApplicationScoped
public class TeamExport {

    /**
     * Columns (named in the workshop's language, see {@link #headings}): role, merged_roles (on
     * "other" rows, the roles counted in it), overall, one per
     * element score, one per question (answer values). Every role label has at least the
     * threshold of rows. Free-text answers are left out: a comment can name its writer and would
     * tie them to every answer in the row. Rows are ordered by role and overall score, never by
     * when people answered, so order reveals no one. Empty score cells: not enough answers to
     * score. Below the threshold, or before the first release, only the header is written.
     */
    public String csv(TeamData data) {
        Questionnaire q = data.team().questionnaire();
        List<Question> questions = q.questionIndex().values().stream()
                .filter(x -> x.type() != QuestionType.TEXT)
                .toList();
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(headings(data.team().workshop().language()));
        q.elements().forEach(e -> header.add("element:" + e.id()));
        questions.forEach(x -> header.add(x.id()));
        out.append(Csv.row(header));
        Anonymity.Layout layout = data.layout();
        if (layout == null) {
            return out.toString();
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Participant>> group : layout.groups().entrySet()) {
            String merged = group.getKey().equals(TeamReport.OTHER) ? String.join(";", layout.merged()) : "";
            for (Participant p : group.getValue()) {
                rows.add(new Row(
                        group.getKey(), p.result().overall().value(), cells(q, questions, group.getKey(), merged, p)));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.role().equals(TeamReport.OTHER))
                .thenComparing(Row::role)
                .thenComparing(Row::overall, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.cells().toString()));
        rows.forEach(r -> out.append(Csv.row(r.cells())));
        return out.toString();
    }

    private record Row(String role, Double overall, List<String> cells) {}

    /**
     * The first three column names in the workshop's language (English when it has none). Element
     * and question columns keep their ids, which are the same in every language.
     */
    static List<String> headings(String language) {
        return "nb".equals(language)
                ? List.of("rolle", "sammenslåtte_roller", "samlet")
                : List.of("role", "merged_roles", "overall");
    }

    /**
     * The actions agreed in the room as CSV, in the order they were recorded: what, the owning function,
     * the due date (ISO, empty when none) and the element or sign it is linked to (its id, as in the
     * questionnaire). Column names in the workshop's language.
     */
    public String actionsCsv(List<WorkshopActions.Action> actions, String language) {
        StringBuilder out = new StringBuilder(Csv.row(
                "nb".equals(language)
                        ? List.of("hva", "eier", "frist", "knyttet_til")
                        : List.of("what", "owner", "due", "linked_to")));
        for (WorkshopActions.Action a : actions) {
            out.append(Csv.row(List.of(
                    a.what(), a.owner(), a.due() == null ? "" : a.due().toString(), a.link() == null ? "" : a.link())));
        }
        return out.toString();
    }

    /** One decimal with ".", whatever the page language: the CSV is machine data. Empty when there is no score. */
    static String number(Double v) {
        return v == null
                ? ""
                : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static List<String> cells(
            Questionnaire q, List<Question> questions, String role, String merged, Participant p) {
        ScoringResult r = p.result();
        List<String> cells = new ArrayList<>();
        cells.add(role);
        cells.add(merged);
        cells.add(number(r.overall().value()));
        for (Element e : q.elements()) {
            ScoringResult.ElementScore s = r.element(e.id());
            cells.add(number(s == null ? null : s.score()));
        }
        for (Question x : questions) {
            Answer a = p.answers().get(x.id());
            cells.add(a == null ? "" : String.join(";", a.values()));
        }
        return cells;
    }
}
