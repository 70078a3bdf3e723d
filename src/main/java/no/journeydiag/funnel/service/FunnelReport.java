package no.journeydiag.funnel.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the funnel of one questionnaire over a period from the counters: a few rows per day, never per visitor. */
@ApplicationScoped
public class FunnelReport {

    /** One step with its count, split by channel. */
    public record Step(String step, long total, long embedded, long hosted) {}

    /** One source's landing, started, finished and lead counts. */
    public record Source(String source, long landing, long started, long finished, long lead) {}

    public record Report(String questionnaire, LocalDate from, LocalDate to, List<Step> steps, List<Source> sources) {
        public long count(String step) {
            return steps.stream()
                    .filter(s -> s.step().equals(step))
                    .mapToLong(Step::total)
                    .findFirst()
                    .orElse(0);
        }
    }

    private final EntityManager em;

    public FunnelReport(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Report report(String questionnaire, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT step, source, embedded, SUM(n) FROM funnel_count WHERE questionnaire = ?1"
                                + " AND count_day >= ?2 AND count_day <= ?3 GROUP BY step, source, embedded")
                .setParameter(1, questionnaire)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        Map<String, long[]> steps = new LinkedHashMap<>();
        Map<String, long[]> sources = new TreeMap<>();
        for (Object[] r : rows) {
            String step = (String) r[0];
            String source = (String) r[1];
            boolean embedded = Boolean.TRUE.equals(r[2]);
            long n = ((Number) r[3]).longValue();
            steps.computeIfAbsent(step, k -> new long[2])[embedded ? 0 : 1] += n;
            int col = switch (step) {
                case "landing" -> 0;
                case "started" -> 1;
                case "finished" -> 2;
                case "lead" -> 3;
                default -> -1;
            };
            if (col >= 0) {
                sources.computeIfAbsent(source, k -> new long[4])[col] += n;
            }
        }
        List<Step> ordered = new ArrayList<>();
        List<String> names = new ArrayList<>(steps.keySet());
        names.sort(Comparator.comparingInt(FunnelReport::rank).thenComparing(Comparator.naturalOrder()));
        for (String name : names) {
            long[] c = steps.get(name);
            ordered.add(new Step(name, c[0] + c[1], c[0], c[1]));
        }
        List<Source> bySource = sources.entrySet().stream()
                .map(e -> new Source(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparingLong(Source::landing).reversed().thenComparing(Source::source))
                .toList();
        return new Report(questionnaire, from, to, ordered, bySource);
    }

    /** How many responses scored in each 10-point band (0–10 … 90–100) of one metric: overall or an element id. */
    public record Distribution(String metric, List<Long> bands, long total) {}

    /**
     * The score distributions of a questionnaire, from the comparison histograms (all versions,
     * everyone; no row per response). Those histograms have no dates, so this is all responses so
     * far, whatever the period. A metric with fewer than {@code floor} responses is left out, as
     * "how you compare" waits for as many.
     */
    @Transactional
    public List<Distribution> distributions(String questionnaire, int floor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT metric, bucket, SUM(n) FROM score_histogram WHERE questionnaire = ?1 AND segment = ''"
                                + " GROUP BY metric, bucket")
                .setParameter(1, questionnaire)
                .getResultList();
        Map<String, long[]> bands = new TreeMap<>();
        for (Object[] r : rows) {
            int bucket = ((Number) r[1]).intValue(); // tenths of a point, 0..1000
            bands.computeIfAbsent((String) r[0], k -> new long[10])[Math.min(9, Math.max(0, bucket / 100))] +=
                    ((Number) r[2]).longValue();
        }
        List<Distribution> out = new ArrayList<>();
        bands.forEach((metric, b) -> {
            long total = java.util.Arrays.stream(b).sum();
            if (total >= floor && total > 0) {
                out.add(new Distribution(
                        metric, java.util.Arrays.stream(b).boxed().toList(), total));
            }
        });
        out.sort(Comparator.comparing((Distribution d) -> !d.metric().equals("overall"))
                .thenComparing(Distribution::metric));
        return out;
    }

    /** landing, started, step-1…step-N, review, finished, lead, then any other counter. */
    static int rank(String step) {
        if (step.startsWith("step-")) {
            try {
                return 100 + Integer.parseInt(step.substring(5));
            } catch (NumberFormatException e) {
                return 5000;
            }
        }
        return switch (step) {
            case "landing" -> 0;
            case "started" -> 1;
            case "review" -> 2000;
            case "finished" -> 2001;
            case "lead" -> 2002;
            default -> 5000;
        };
    }
}
