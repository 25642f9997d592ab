package vn.plancycle.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.plancycle.PlanCycleApplication;
import vn.plancycle.testsupport.TestDatabases;

/**
 * The benchmark command (README: {@code mvn -B -q test-compile exec:java@benchmark}): re-creates its own
 * PostgreSQL database, starts the whole application in this JVM (profiles {@code postgres,bench}),
 * runs the steps and prints one table of figures. It reports; it is not a test: a missed target is
 * printed, and the exit is normal.
 */
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws Exception {
        List<BenchmarkStep> all = new ArrayList<>(steps());
        all.add(new EngineFigures());
        measure("PlanCycle benchmark", "Spring context + engine on an empty database", all);
    }

    /**
     * Re-creates the benchmark database, starts the application in this JVM (profiles {@code postgres,bench}), runs
     * the steps in order and prints the figures table under {@code heading}.
     */
    static void measure(String heading, String startNote, List<BenchmarkStep> steps) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        PrintStream out = System.out;
        out.printf("%s: %d units, database %s%n", heading, settings.units(), settings.database());
        TestDatabases.recreate(settings.serverUrl(), settings.user(), settings.database());

        Figures figures = new Figures();
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlanCycleApplication.class)
                .profiles("postgres", "bench")
                .properties("bench.db=" + settings.database(),
                        "bench.pg.url=" + settings.serverUrl(), "bench.pg.user=" + settings.user())
                .run()) {
            figures.seconds("application start", Duration.ofNanos(System.nanoTime() - t0), startNote);
            BenchContext context = new BenchContext(settings, app);
            for (BenchmarkStep step : steps) {
                out.println("… " + step.getClass().getSimpleName());
                step.run(context, figures);
            }
        }
        out.println();
        figures.print(out);
    }

    /** The measured steps in order (issue 9 adds its figures here). */
    static List<BenchmarkStep> steps() {
        return List.of(new UnitGenerator(), new BareLaunch(), new CycleLaunch(), new DashboardBench());
    }
}
