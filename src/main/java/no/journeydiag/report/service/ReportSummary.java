package no.journeydiag.report.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.journeydiag.common.web.Formats;
import no.journeydiag.report.service.ReportView.ElementView;
import no.journeydiag.report.service.ReportView.OwnershipView;
import no.journeydiag.report.service.ReportView.SignView;
import no.journeydiag.report.service.ReportView.StageView;

/**
 * The report's plain summary, written from the result: strongest and weakest element, the signs
 * present, where the chain breaks and which stages nobody leads. Sentences only for what is known.
 */
final class ReportSummary {

    private ReportSummary() {}

    static String write(
            List<ElementView> elements,
            List<SignView> signs,
            List<StageView> stages,
            String breaksAt,
            List<OwnershipView> ownership,
            String loc,
            ReportMsg rpt) {
        List<String> parts = new ArrayList<>();
        List<ElementView> scored =
                elements.stream().filter(e -> e.score() != null).toList();
        if (scored.isEmpty()) {
            return rpt.summary_unknown();
        }
        ElementView strong = scored.stream()
                .max(Comparator.comparingDouble(ElementView::score))
                .orElseThrow();
        ElementView weak = scored.stream()
                .min(Comparator.comparingDouble(ElementView::score))
                .orElseThrow();
        parts.add(
                strong == weak
                        ? rpt.summary_one(strong.label(), Formats.decimal(strong.score(), loc))
                        : rpt.summary_range(
                                strong.label(),
                                Formats.decimal(strong.score(), loc),
                                weak.label(),
                                Formats.decimal(weak.score(), loc)));
        List<String> fired =
                signs.stream().filter(SignView::triggered).map(SignView::label).toList();
        if (!signs.isEmpty()) {
            parts.add(
                    fired.isEmpty()
                            ? rpt.summary_no_sign()
                            : rpt.summary_signs(fired.size(), signs.size(), PriorityTexts.joined(fired, loc)));
        }
        if (breaksAt != null) {
            stages.stream()
                    .filter(s -> s.id().equals(breaksAt))
                    .findFirst()
                    .ifPresent(s -> parts.add(rpt.summary_breaks(PriorityTexts.joined(List.of(s.label()), loc))));
        } else if (!stages.isEmpty() && stages.stream().allMatch(s -> s.score() != null)) {
            parts.add(rpt.summary_holds());
        }
        List<String> gaps = ownership.stream()
                .filter(o -> "gap".equals(o.status()))
                .map(OwnershipView::stage)
                .toList();
        if (!gaps.isEmpty()) {
            parts.add(rpt.summary_gaps(PriorityTexts.joined(gaps, loc)));
        }
        return String.join(" ", parts);
    }
}
