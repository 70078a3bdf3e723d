package no.journeydiag.workshop.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import no.journeydiag.common.Csv;
import no.journeydiag.questionnaire.model.Element;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.report.web.ReportExtensions;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.ScoringResult;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;

/** The workshop's anonymous raw data as CSV: one row per participant, roles folded as in the report. */
@ApplicationScoped
public class TeamExport {

    /**
     * Columns: role, overall, one per element score, one per question (answer values). Rows are
     * ordered by role and overall score, never by when people joined, so order reveals no one.
     * Below the anonymity threshold only the header is written.
     */
    public String csv(WorkshopService.TeamData data) {
        WorkshopService.Team team = data.team();
        List<Participant> participants = data.participants();
        Questionnaire q = team.questionnaire();
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("role", "overall"));
        q.elements().forEach(e -> header.add("element:" + e.id()));
        q.questionIndex().values().forEach(x -> header.add(x.id()));
        out.append(Csv.row(header));
        if (team.report().belowThreshold()) {
            return out.toString();
        }
        List<List<String>> rows = new ArrayList<>();
        int threshold = team.report().threshold();
        for (Map.Entry<String, List<Participant>> group : TeamAggregator.fold(participants, threshold).entrySet()) {
            boolean shown = group.getValue().size() >= threshold;
            for (Participant p : group.getValue()) {
                rows.add(row(q, shown ? group.getKey() : TeamReport.OTHER, p));
            }
        }
        rows.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1)).thenComparing(Object::toString));
        rows.forEach(r -> out.append(Csv.row(r)));
        return out.toString();
    }

    private static List<String> row(Questionnaire q, String role, Participant p) {
        ScoringResult r = p.result();
        List<String> cells = new ArrayList<>();
        cells.add(role);
        cells.add(r.overall().value() == null ? "" : ReportExtensions.score(r.overall().value()));
        for (Element e : q.elements()) {
            ScoringResult.ElementScore s = r.element(e.id());
            cells.add(s == null || s.score() == null ? "" : ReportExtensions.score(s.score()));
        }
        for (Question x : q.questionIndex().values()) {
            Answer a = p.answers().get(x.id());
            cells.add(a == null ? "" : String.join(";", a.values()));
        }
        return cells;
    }
}
