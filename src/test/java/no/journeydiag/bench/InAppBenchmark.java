package no.journeydiag.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmarks that need the running application (Qute's type-safe templates and their resolvers
 * exist only in a Quarkus build). JMH runs them inside a Quarkus test, in the test's JVM (fork 0),
 * which sets the work below from real beans: see no.journeydiag.report.web.ReportRenderBench and
 * bench/run-render.sh. Outside it there is nothing to run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InAppBenchmark {

    /** The report page's template rendered to a string from an assembled report. */
    public static volatile Supplier<String> renderReport;
    /** The same, with the report assembled first (labels, evidence, peer figures read from the database). */
    public static volatile Supplier<String> assembleAndRenderReport;

    @Setup
    public void check() {
        if (renderReport == null || assembleAndRenderReport == null) {
            throw new IllegalStateException("InAppBenchmark runs inside the application: use bench/run-render.sh");
        }
    }

    @Benchmark
    public String renderReport() {
        return renderReport.get();
    }

    @Benchmark
    public String assembleAndRenderReport() {
        return assembleAndRenderReport.get();
    }
}
