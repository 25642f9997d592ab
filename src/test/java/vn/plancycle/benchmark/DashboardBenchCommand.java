package vn.plancycle.benchmark;

import java.util.List;

/**
 * The dashboard step of the benchmark on its own, without the launch steps (minutes each):
 * {@code MAVEN_OPTS=-Xmx2g mvn -B -q test-compile exec:java -Dexec.mainClass=vn.plancycle.benchmark.DashboardBenchCommand
 * -Dexec.classpathScope=test [-Dbench.db=plancycle_bench_dash]}. Like {@link BenchmarkCommand} (whose
 * {@link BenchmarkCommand#measure} it uses), it re-creates its database, starts the application in this JVM
 * (profiles {@code postgres,bench}) and prints the figures table.
 */
public final class DashboardBenchCommand {

    private DashboardBenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkCommand.measure("PlanCycle dashboard benchmark", "", List.of(new DashboardBench()));
    }
}
