package vn.plancycle.benchmark;

/**
 * One part of the benchmark command: it runs against the started application and adds its
 * figures. Steps run in the order {@link BenchmarkCommand} lists them and share a {@link BenchContext}.
 */
public interface BenchmarkStep {

    void run(BenchContext context, Figures figures) throws Exception;
}
