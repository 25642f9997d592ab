package vn.plancycle.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.plancycle.organization.PersonRole;
import vn.plancycle.security.Roles;
import vn.plancycle.system.EngineAccess;

/**
 * Creates the active units the benchmark needs: the {@code unit} and {@code person} rows by bulk JDBC
 * insert; the engine side (tenant, groups, grants as {@link EngineAccess#setUpUnit} makes them, plus one
 * staff login per unit, so that the "report opened" notice reaches a person and leaves an inbox row)
 * through the app's own code for the first {@code bench.generation.direct} units, and for the rest by
 * cloning every engine row of the first unit in SQL (the app path costs tens of milliseconds a unit:
 * a quarter of an hour of set-up per 2,000-unit run on two cores). Then ANALYZE. Also the ministry
 * reviewer who opens the cycles.
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
            Map<String, Long> byCode = new HashMap<>();
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

        int direct = Math.min(count, Integer.getInteger("bench.generation.direct", 20));
        long engineStart = System.nanoTime();
        setUpEngineSide(context, codes.subList(0, direct));
        Duration engine = Duration.ofNanos(System.nanoTime() - engineStart);
        long cloneStart = System.nanoTime();
        int cloned = cloneEngineSide(jdbc, codes.get(0), codes.subList(direct, count));
        Duration clone = Duration.ofNanos(System.nanoTime() - cloneStart);
        requireEngineSide(jdbc, count);

        long analyzeStart = System.nanoTime();
        jdbc.execute("ANALYZE");
        Duration analyze = Duration.ofNanos(System.nanoTime() - analyzeStart);

        context.unitCodes().addAll(codes);
        figures.add("units", String.valueOf(count), "active units generated (codes b00001…)");
        figures.seconds("generation: unit + person rows", rows, "bulk JDBC batch insert");
        figures.seconds("generation: engine side, app code", engine, direct + " units by EngineAccess.setUpUnit + "
                + "staff login (transactions of " + CHUNK + " units on up to " + context.settings().generationThreads()
                + " threads): " + String.format(Locale.ROOT, "%.1f ms a unit",
                        engine.toNanos() / 1e6 / Math.max(direct, 1)));
        figures.seconds("generation: engine side, SQL clone", clone, (count - direct) + " units, " + cloned
                + " engine rows copied from " + codes.get(0));
        figures.seconds("generation: ANALYZE", analyze, "autovacuum is off: statistics refreshed by hand");
        figures.seconds("generation: total", rows.plus(engine).plus(clone).plus(analyze), "");
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

    /**
     * Copies every identity and authorization row that names the template unit (its tenant, groups,
     * tenant memberships, grants, staff login and membership) for each of the other codes, in one
     * statement a table. The copies differ from the template only in the code and the unit's name.
     */
    private static int cloneEngineSide(JdbcTemplate jdbc, String template, List<String> codes) {
        if (codes.isEmpty()) {
            return 0;
        }
        String[] codeArray = codes.toArray(String[]::new);
        String[] nameArray = codes.stream().map(UnitGenerator::unitName).toArray(String[]::new);
        String units = " FROM unnest(?::text[], ?::text[]) AS c(code, name)";
        String names = "replace(%s, '" + unitName(template) + "', c.name)";
        String code = "replace(%s, '" + template + "', c.code)";
        String mentions = "strpos(coalesce(%s, ''), '" + template + "') > 0";
        List<String> statements = List.of(
                "INSERT INTO act_id_tenant (id_, rev_, name_) SELECT c.code, t.rev_, " + names.formatted("t.name_")
                        + units + ", act_id_tenant t WHERE t.id_ = '" + template + "'",
                "INSERT INTO act_id_group (id_, rev_, name_, type_) SELECT " + code.formatted("g.id_") + ", g.rev_, "
                        + names.formatted("g.name_") + ", g.type_" + units + ", act_id_group g WHERE "
                        + mentions.formatted("g.id_"),
                "INSERT INTO act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_, lock_exp_time_, attempts_, "
                        + "picture_id_) SELECT " + code.formatted("u.id_") + ", u.rev_, u.first_, "
                        + code.formatted("u.last_") + ", " + code.formatted("u.email_") + ", u.pwd_, u.salt_, "
                        + "u.lock_exp_time_, u.attempts_, u.picture_id_" + units + ", act_id_user u WHERE "
                        + mentions.formatted("u.id_"),
                "INSERT INTO act_id_membership (user_id_, group_id_) SELECT " + code.formatted("m.user_id_") + ", "
                        + code.formatted("m.group_id_") + units + ", act_id_membership m WHERE "
                        + mentions.formatted("m.user_id_") + " OR " + mentions.formatted("m.group_id_"),
                "INSERT INTO act_id_tenant_member (id_, tenant_id_, user_id_, group_id_) SELECT "
                        + "gen_random_uuid()::text, " + code.formatted("m.tenant_id_") + ", "
                        + code.formatted("m.user_id_") + ", " + code.formatted("m.group_id_") + units
                        + ", act_id_tenant_member m WHERE " + mentions.formatted("m.tenant_id_") + " OR "
                        + mentions.formatted("m.user_id_") + " OR " + mentions.formatted("m.group_id_"),
                "INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, "
                        + "perms_, removal_time_, root_proc_inst_id_) SELECT gen_random_uuid()::text, a.rev_, a.type_, "
                        + code.formatted("a.group_id_") + ", " + code.formatted("a.user_id_") + ", a.resource_type_, "
                        + code.formatted("a.resource_id_") + ", a.perms_, a.removal_time_, a.root_proc_inst_id_"
                        + units + ", act_ru_authorization a WHERE " + mentions.formatted("a.group_id_") + " OR "
                        + mentions.formatted("a.user_id_") + " OR " + mentions.formatted("a.resource_id_"));
        int rows = 0;
        for (String sql : statements) {
            rows += jdbc.update(sql, codeArray, nameArray);
        }
        return rows;
    }

    /** Every unit has its tenant, two groups and a staff login, as the app's own set-up leaves them. */
    private static void requireEngineSide(JdbcTemplate jdbc, int count) {
        Integer tenants = jdbc.queryForObject("SELECT count(*) FROM act_id_tenant t JOIN unit u ON u.code = t.id_",
                Integer.class);
        Integer groups = jdbc.queryForObject("SELECT count(*) FROM act_id_group WHERE id_ LIKE 'unit-b%'",
                Integer.class);
        Integer staff = jdbc.queryForObject("SELECT count(*) FROM act_id_membership WHERE group_id_ LIKE 'unit-b%-staff'",
                Integer.class);
        if (tenants == null || tenants != count || groups == null || groups != 2 * count || staff == null
                || staff != count) {
            throw new IllegalStateException("engine side incomplete: " + tenants + " tenants, " + groups + " groups, "
                    + staff + " staff logins for " + count + " units");
        }
    }

    static String unitName(String code) {
        return "Đơn vị thử tải " + code.substring(1);
    }

    static String staffLogin(String code) {
        return "staff-" + code;
    }
}
