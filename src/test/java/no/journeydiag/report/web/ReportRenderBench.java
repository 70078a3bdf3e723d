package no.journeydiag.report.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.journeydiag.bench.InAppBenchmark;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.report.service.ReportView;
import no.journeydiag.response.Answers;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.response.service.Stored;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Not a test (its name keeps it out of the test run): JMH inside the application, because the
 * report template's resolvers exist only in a Quarkus build. Run with bench/run-render.sh.
 * A journey-ownership report in English with "how you compare" shown (40 stored responses).
 */
@QuarkusTest
class ReportRenderBench {

    @Inject
    ResponseService responses;

    @Inject
    ReportAssembler assembler;

    @Test
    void measure() throws Exception {
        Stored stored = null;
        for (int i = 0; i < 40; i++) {
            Map<String, Object> answers = new java.util.HashMap<>(Answers.journeyOwnershipBest());
            answers.put(
                    "lifecycle-visibility",
                    List.of("strongly-agree", "agree", "neutral", "disagree").get(i % 4));
            stored = responses.submit("journey-ownership", "en", answers, AnswerReader.Hidden.DROP);
        }
        Stored report = stored;
        Questionnaire q = report.questionnaire();
        String share = "https://diagnostic.example.com/r/" + report.token();
        ReportView view = assembler.assemble(report, "en");
        assertTrue(view.comparison().shown(), "the benchmark report should draw the peer band");
        InAppBenchmark.renderReport = () -> render(q, view, share);
        InAppBenchmark.assembleAndRenderReport = () -> render(q, assembler.assemble(report, "en"), share);
        System.out.println("Report page: " + InAppBenchmark.renderReport.get().length() + " characters");

        String include = System.getProperty("bench.include", "InAppBenchmark");
        for (RunResult r : new Runner(new OptionsBuilder()
                        .include(include)
                        .forks(0)
                        .threads(1)
                        .warmupIterations(5)
                        .warmupTime(TimeValue.seconds(2))
                        .measurementIterations(8)
                        .measurementTime(TimeValue.seconds(2))
                        .build())
                .run()) {
            System.out.printf(
                    "RESULT %s: %.1f ± %.1f %s%n",
                    r.getParams().getBenchmark(),
                    r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError(),
                    r.getPrimaryResult().getScoreUnit());
        }
    }

    private static String render(Questionnaire q, ReportView view, String share) {
        return ReportPage.page(q, view, share, null, null, "", null)
                .setLocale(Locale.ENGLISH)
                .render();
    }
}
