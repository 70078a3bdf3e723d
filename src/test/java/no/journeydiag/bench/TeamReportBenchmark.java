package no.journeydiag.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.model.Option;
import no.journeydiag.questionnaire.model.Question;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.scoring.Answer;
import no.journeydiag.scoring.Scoring;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The team report of a large workshop: aggregating 2,000 journey-ownership participants
 * (statistics, folding, gaps, prompts, stage consensus, team signs), and scoring them. Random
 * answers from a fixed seed. Run with bench/run-jmh.sh; results in bench/RESULTS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TeamReportBenchmark {

    static final List<String> ROLES =
            List.of("leadership", "marketing", "sales", "product", "customer service", "operations", "other");

    @Param({"2000"})
    int participants;

    Questionnaire q;
    List<Map<String, Answer>> answers;
    List<Participant> scored;

    @Setup
    public void setUp() throws Exception {
        q = journeyOwnership();
        Random random = new Random(42);
        answers = new ArrayList<>();
        scored = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            Map<String, Answer> a = randomAnswers(q, random);
            answers.add(a);
            scored.add(new Participant(ROLES.get(random.nextInt(ROLES.size())), a, Scoring.score(q, a)));
        }
    }

    /** The shipped journey-ownership questionnaire, parsed and validated. */
    static Questionnaire journeyOwnership() throws java.io.IOException {
        byte[] yaml = Files.readAllBytes(Path.of("questionnaires/journey-ownership.yaml"));
        return QuestionnaireParser.parse("journey-ownership.yaml", yaml).questionnaire();
    }

    static Map<String, Answer> randomAnswers(Questionnaire q, Random random) {
        Map<String, Answer> a = new HashMap<>();
        for (Question x : q.questionIndex().values()) {
            List<Option> options = x.options();
            switch (x.type()) {
                case SCALE -> a.put(x.id(), new Answer.Number(random.nextInt(11)));
                case MULTI -> {
                    List<String> picked = new ArrayList<>();
                    options.forEach(o -> {
                        if (random.nextBoolean()) {
                            picked.add(o.value());
                        }
                    });
                    a.put(x.id(), new Answer.Choices(picked));
                }
                case TEXT -> {}
                default ->
                    a.put(
                            x.id(),
                            x.dontKnow() && random.nextInt(10) == 0
                                    ? new Answer.DontKnow()
                                    : new Answer.Choice(options.get(random.nextInt(options.size()))
                                            .value()));
            }
        }
        return a;
    }

    /** The team report from already-scored participants: what the service does after reading the rows. */
    @Benchmark
    public Object aggregate() {
        return TeamAggregator.aggregate(q, scored, 3, 20, null);
    }

    /** Scoring every participant first, then aggregating: the whole computation from answers. */
    @Benchmark
    public Object scoreAndAggregate() {
        List<Participant> ps = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            ps.add(new Participant(scored.get(i).role(), answers.get(i), Scoring.score(q, answers.get(i))));
        }
        return TeamAggregator.aggregate(q, ps, 3, 20, null);
    }
}
