package vn.plancycle.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.plancycle.organization.PersonRole;
import vn.plancycle.security.Roles;
import vn.plancycle.system.EngineAccess;

/**
 * Creates the active units the benchmark needs: the {@code unit} rows by bulk JDBC insert, then the
 * engine side of each unit exactly as the app sets it up ({@link EngineAccess#setUpUnit}: tenant,
 * groups, grants) plus one staff login per unit (so that the "report opened" notice reaches a
 * person and leaves an inbox row), in parallel chunks of one transaction each; then ANALYZE.
 * Also the ministry reviewer who opens the cycles.
 */
public final class UnitGenerator implements BenchmarkStep {

    public static final String REVIEWER = "bench-reviewer";
    static final String PASSWORD = "Bench#Load-2025";

    private static final int CHUNK = 50;

    @Override
    public void run(BenchContext context, Figures figures) throws Exception {
        int count = context.settings().units();
        List<String> codes = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            codes.add(String.format(Locale.ROOT, "b%05d", i));
        }
        JdbcTemplate jdbc = context.jdbc();

        long start = System.nanoTime();
        jdbc.batchUpdate("INSERT INTO unit (code, name, active) VALUES (?, ?, TRUE)", codes, 500,
                (ps, code) -> {
                    ps.setString(1, code);
                    ps.setString(2, unitName(code));
                });
        Map<String, Long> ids = jdbc.query("SELECT id, code FROM unit", rs -> {
            Map<String, Long> byCode = new java.util.HashMap<>();
            while (rs.next()) {
                byCode.put(rs.getString("code"), rs.getLong("id"));
            }
            return byCode;
        });
        jdbc.batchUpdate("INSERT INTO person (username, full_name, email, unit_id, role) VALUES (?, ?, ?, ?, ?)",
                codes, 500, (ps, code) -> {
                    ps.setString(1, staffLogin(code));
                    ps.setString(2, "Cán bộ " + unitName(code));
                    ps.setString(3, staffLogin(code) + "@bench.local");
                    ps.setLong(4, ids.get(code));
                    ps.setString(5, PersonRole.STAFF.name());
                });
        Duration rows = Duration.ofNanos(System.nanoTime() - start);

        long engineStart = System.nanoTime();
        setUpEngineSide(context, codes);
        Duration engine = Duration.ofNanos(System.nanoTime() - engineStart);

        long analyzeStart = System.nanoTime();
        jdbc.execute("ANALYZE");
        Duration analyze = Duration.ofNanos(System.nanoTime() - analyzeStart);

        context.unitCodes().addAll(codes);
        figures.add("units", String.valueOf(count), "active units generated (codes b00001…)");
        figures.seconds("generation: unit + person rows", rows, "bulk JDBC batch insert");
        figures.seconds("generation: engine side", engine, "EngineAccess.setUpUnit + 1 staff login per unit, "
                + context.settings().generationThreads() + " threads, " + CHUNK + " units per transaction");
        figures.seconds("generation: ANALYZE", analyze, "autovacuum is off: statistics refreshed by hand");
        figures.seconds("generation: total", rows.plus(engine).plus(analyze), "");
    }

    private static void setUpEngineSide(BenchContext context, List<String> codes) throws Exception {
        EngineAccess engineAccess = context.bean(EngineAccess.class);
        IdentityService identity = context.bean(IdentityService.class);
        TransactionTemplate tx = new TransactionTemplate(context.bean(PlatformTransactionManager.class));
        tx.executeWithoutResult(status -> {
            User reviewer = identity.newUser(REVIEWER);
            reviewer.setFirstName("Thẩm định");
            reviewer.setLastName("Thử tải");
            reviewer.setEmail(REVIEWER + "@bench.local");
            reviewer.setPassword(PASSWORD);
            identity.saveUser(reviewer);
            identity.createMembership(REVIEWER, Roles.REVIEWERS);
        });
        ExecutorService pool = Executors.newFixedThreadPool(context.settings().generationThreads());
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < codes.size(); from += CHUNK) {
                List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
                chunks.add(pool.submit(() -> tx.executeWithoutResult(status -> {
                    for (String code : chunk) {
                        engineAccess.setUpUnit(code, unitName(code));
                        User user = identity.newUser(staffLogin(code));
                        user.setFirstName("Cán bộ");
                        user.setLastName(code);
                        user.setEmail(staffLogin(code) + "@bench.local");
                        user.setPassword(PASSWORD);
                        identity.saveUser(user);
                        identity.createMembership(user.getId(), Roles.staffGroup(code));
                    }
                })));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static String unitName(String code) {
        return "Đơn vị thử tải " + code.substring(1);
    }

    static String staffLogin(String code) {
        return "staff-" + code;
    }

    /** The codes as the comma-separated text a log line or a note can show briefly. */
    static String sample(List<String> codes) {
        return codes.stream().limit(3).collect(Collectors.joining(", ")) + (codes.size() > 3 ? ", …" : "");
    }
}
