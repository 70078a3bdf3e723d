package no.journeydiag.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.journeydiag.questionnaire.load.QuestionnaireLoader;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine on its own, one thread: scoring one journey-ownership answer set (visibility, element
 * and stage scores, bands, warning signs, priorities, ownership map), cycling over 1,024 random
 * sets from a fixed seed; and loading and validating every shipped questionnaire.
 * Run with bench/run-jmh.sh ScoringBenchmark; results in bench/RESULTS.md.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    Questionnaire q;
    List<Map<String, Answer>> answers;
    List<Answer[]> byIndex;
    int next;

    @Setup
    public void setUp() throws Exception {
        q = TeamReportBenchmark.journeyOwnership();
        Random random = new Random(42);
        answers = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            // Keys as a parsed request body has them: equal to the questionnaire's ids, not the same instances.
            Map<String, Answer> fresh = new HashMap<>();
            TeamReportBenchmark.randomAnswers(q, random).forEach((id, a) -> fresh.put(new String(id), a));
            answers.add(fresh);
        }
        List<String> order = Scoring.questionOrder(q);
        byIndex = answers.stream()
                .map(a -> order.stream().map(a::get).toArray(Answer[]::new))
                .toList();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object score() {
        next = (next + 1) & 1023;
        return Scoring.score(q, answers.get(next));
    }

    /** As {@link #score}, with the answers in question order, as a reader that resolved each question has them. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object scoreByIndex() {
        next = (next + 1) & 1023;
        return Scoring.score(q, byIndex.get(next));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object loadAndValidateShipped() {
        return QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));
    }
}
