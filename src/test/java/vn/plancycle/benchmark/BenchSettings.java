package vn.plancycle.benchmark;

import java.time.Duration;

/**
 * What the command measures, from system properties ({@code -Dbench.units=2000} ...).
 *
 * @param units          active units generated, and instances started per measured run
 * @param warmUpBare     bare instances started before the measured bare run
 * @param warmUpUnits    units of the small cycle opened before the measured cycle
 * @param poll           how often the launch is polled
 * @param timeout        how long a launch may take before the command reports it as not finished
 * @param serverUrl      JDBC url of the PostgreSQL server, ending in /
 * @param user           its user (the local trust login)
 * @param database       the benchmark's own database, dropped and re-created
 * @param generationThreads threads that set up the units' engine side (tenants, groups, grants)
 */
public record BenchSettings(int units, int warmUpBare, int warmUpUnits, Duration poll, Duration timeout,
        String serverUrl, String user, String database, int generationThreads) {

    public static final double TARGET_RATIO = 0.7;

    public static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                positive("bench.units", 2000),
                Integer.getInteger("bench.warmup.bare", 50),
                Integer.getInteger("bench.warmup.units", 20),
                Duration.ofMillis(positive("bench.poll-ms", 150)),
                Duration.ofSeconds(positive("bench.timeout-s", 900)),
                System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/"),
                System.getProperty("bench.pg.user", "postgres"),
                System.getProperty("bench.db", "plancycle_bench"),
                positive("bench.generation-threads", 4));
    }

    private static int positive(String name, int fallback) {
        int value = Integer.getInteger(name, fallback);
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }
}
