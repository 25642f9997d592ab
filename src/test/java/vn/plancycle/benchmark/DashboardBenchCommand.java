package vn.plancycle.benchmark;

import java.io.PrintStream;
import java.time.Duration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.plancycle.PlanCycleApplication;
import vn.plancycle.testsupport.TestDatabases;

/**
 * The dashboard step of the benchmark on its own, without the launch steps (minutes each):
 * {@code MAVEN_OPTS=-Xmx2g mvn -B -q test-compile exec:java -Dexec.mainClass=vn.plancycle.benchmark.DashboardBenchCommand
 * -Dexec.classpathScope=test [-Dbench.db=plancycle_bench_dash]}. Like {@link BenchmarkCommand}, it re-creates its
 * database, starts the application in this JVM (profiles {@code postgres,bench}) and prints the figures table.
 */
public final class DashboardBenchCommand {

    private DashboardBenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        PrintStream out = System.out;
        out.printf("PlanCycle dashboard benchmark: %d units, database %s%n", settings.units(), settings.database());
        TestDatabases.recreate(settings.serverUrl(), settings.user(), settings.database());
        Figures figures = new Figures();
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlanCycleApplication.class)
                .profiles("postgres", "bench")
                .properties("bench.db=" + settings.database(),
                        "bench.pg.url=" + settings.serverUrl(), "bench.pg.user=" + settings.user())
                .run()) {
            figures.seconds("application start", Duration.ofNanos(System.nanoTime() - t0), "");
            new DashboardBench().run(new BenchContext(settings, app), figures);
        }
        out.println();
        figures.print(out);
    }
}
