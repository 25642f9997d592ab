package vn.plancycle.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.execution.ExecutionService;
import vn.plancycle.plan.TaskGroup;
import vn.plancycle.security.Roles;

/**
 * The dashboard's speed (issue 7: p95 ≤ 200 ms for {@code GET /dashboard} at 2,000 units, 100k tasks, 1M score
 * entries). Bulk-loads, in SQL ({@code generate_series}) for the current year: a published plan of 50 tasks for
 * every generated unit (the units of {@link UnitGenerator}, or 2,000 unit rows of its own when run alone) with
 * their executions in mixed states (done on time / late, in progress, not started, overdue, reported), 1,000,000
 * score entries and their {@code score_total} sums (and last year's sums, for the trend), an approved and an open
 * reporting cycle with a report per unit in mixed states; then ANALYZE. Then a reviewer logs in (form login, one
 * session) and the step times {@code bench.dashboard.requests} (100) {@code GET /dashboard} over HTTP after 10
 * warm-up requests, and as many unit pages, and prints p50 / p95 / max.
 */
public final class DashboardBench implements BenchmarkStep {

    static final String REVIEWER = "bench-dashboard";
    static final int TASKS_PER_UNIT = 50;
    static final int SCORE_ENTRIES = 1_000_000;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Override
    public void run(BenchContext context, Figures figures) throws Exception {
        JdbcTemplate jdbc = context.jdbc();
        int year = ExecutionService.today().getYear();
        LocalDate today = ExecutionService.today();
        if (context.unitCodes().isEmpty()) {
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= context.settings().units(); i++) {
                codes.add(String.format(Locale.ROOT, "b%05d", i));
            }
            jdbc.batchUpdate("INSERT INTO unit (code, name, active) VALUES (?, ?, TRUE)", codes, 500, (ps, code) -> {
                ps.setString(1, code);
                ps.setString(2, UnitGenerator.unitName(code));
            });
            context.unitCodes().addAll(codes);
        }
        createReviewer(context);

        long t0 = System.nanoTime();
        String bench = " FROM unit u WHERE u.code LIKE 'b%' AND u.active = TRUE";
        jdbc.update("INSERT INTO plan (unit_id, \"year\", status, submitted_at, approved_by, approved_at, published_at) "
                + "SELECT u.id, ?, 'PUBLISHED', make_timestamp(?, 1, 15, 9, 0, 0), 'head', make_timestamp(?, 1, 20, 9, 0, 0), "
                + "make_timestamp(?, 1, 20, 9, 0, 0)" + bench, year, year, year, year);
        String groups = "ARRAY[" + String.join(", ", Arrays.stream(TaskGroup.values()).map(g -> "'" + g.name() + "'")
                .toList()) + "]";
        // positions 0–10 of 20 are done tasks due earlier in the year; the others are open, due from 30 days
        // ago to 120 days ahead (so some are overdue)
        int tasks = jdbc.update("INSERT INTO plan_task (plan_id, position, title, task_group, deliverable, owner_username, "
                + "due_date) SELECT p.id, g, 'Nhiệm vụ thử tải ' || g, (" + groups + ")[1 + (g % " + TaskGroup.values().length
                + ")], 'Sản phẩm', 'staff-' || u.code, CASE WHEN g % 20 <= 10 THEN make_date(?, 1, 1) + ((g * 7 + u.id) % 300)::int "
                + "ELSE CAST(? AS DATE) + ((g * 13 + u.id) % 150 - 30)::int END "
                + "FROM plan p JOIN unit u ON u.id = p.unit_id CROSS JOIN generate_series(1, ?) g "
                + "WHERE p.\"year\" = ? AND u.code LIKE 'b%'", year, java.sql.Date.valueOf(today), TASKS_PER_UNIT, year);
        jdbc.update("INSERT INTO task_execution (plan_task_id, plan_id, unit_code, \"year\", stage, progress_percent, "
                + "original_due_date, current_due_date, started_at, reported_done_at, accepted_at, accepted_by) "
                + "SELECT t.id, t.plan_id, u.code, p.\"year\", "
                + "CASE WHEN t.position % 20 <= 10 THEN 'ACCEPTED' WHEN t.position % 20 = 18 THEN 'REPORTED' ELSE 'WORKING' END, "
                + "CASE WHEN t.position % 20 <= 10 OR t.position % 20 = 18 THEN 100 WHEN t.position % 20 IN (16, 17) THEN 0 "
                + "ELSE ((t.id * 37 + u.id) % 100)::int END, t.due_date, t.due_date, "
                + "CASE WHEN t.position % 20 IN (16, 17) THEN NULL ELSE make_timestamp(p.\"year\", 2, 1, 9, 0, 0) END, "
                + "CASE WHEN t.position % 20 <= 8 OR t.position % 20 = 18 THEN (t.due_date - 3)::timestamp "
                + "WHEN t.position % 20 IN (9, 10) THEN (t.due_date + 5)::timestamp END, "
                + "CASE WHEN t.position % 20 <= 10 THEN (t.due_date + 6)::timestamp END, "
                + "CASE WHEN t.position % 20 <= 10 THEN 'head-' || u.code END "
                + "FROM plan_task t JOIN plan p ON p.id = t.plan_id JOIN unit u ON u.id = p.unit_id "
                + "WHERE p.\"year\" = ? AND u.code LIKE 'b%'", year);
        Duration taskLoad = Duration.ofNanos(System.nanoTime() - t0);

        long t1 = System.nanoTime();
        String[] criteria = {"task-result", "task-result", "task-result", "task-result", "task-returned",
            "report-on-time", "plan-issued-on-time", "report-returned"};
        String criteriaArray = "ARRAY['" + String.join("', '", criteria) + "']";
        jdbc.update("INSERT INTO score_entry (unit_code, \"year\", criterion, points, max_points, subject_type, subject_id, "
                + "reason, recorded_by, idempotency_key, created_at) "
                + "SELECT c.code, ?, c.criterion, CASE c.criterion WHEN 'task-returned' THEN -0.02 "
                + "WHEN 'report-returned' THEN -0.01 WHEN 'task-result' THEN 0.25 ELSE 0.02 END, "
                + "CASE c.criterion WHEN 'task-returned' THEN NULL WHEN 'report-returned' THEN NULL WHEN 'task-result' "
                + "THEN 0.28 ELSE 0.02 END, 'task', g::text, 'thử tải', 'bench', 'bench-dash-' || g, "
                + "make_timestamp(?, 1, 1, 0, 0, 0) + (g % 300000) * interval '1 minute' "
                + "FROM generate_series(1, ?) g CROSS JOIN LATERAL (SELECT 'b' || lpad((1 + g % ?)::text, 5, '0') AS code, "
                + "(" + criteriaArray + ")[1 + (g / ?) % " + criteria.length + "] AS criterion) c",
                year, year, SCORE_ENTRIES, context.unitCodes().size(), context.unitCodes().size());
        jdbc.update("DELETE FROM score_total WHERE \"year\" IN (?, ?) AND unit_code LIKE 'b%'", year, year - 1);
        jdbc.update("INSERT INTO score_total (unit_code, \"year\", criterion, points, max_points, entries) "
                + "SELECT e.unit_code, e.\"year\", e.criterion, SUM(e.points), SUM(COALESCE(e.max_points, 0)), COUNT(*) "
                + "FROM score_entry e WHERE e.\"year\" = ? AND e.unit_code LIKE 'b%' "
                + "AND NOT EXISTS (SELECT 1 FROM score_entry c WHERE c.corrects_entry_id = e.id) "
                + "GROUP BY e.unit_code, e.\"year\", e.criterion", year);
        // last year's sums (the trend): the same criteria, scaled per unit
        jdbc.update("INSERT INTO score_total (unit_code, \"year\", criterion, points, max_points, entries) "
                + "SELECT unit_code, \"year\" - 1, criterion, points * (0.8 + (abs(hashtext(unit_code)) % 40) / 100.0), "
                + "max_points, entries FROM score_total WHERE \"year\" = ? AND unit_code LIKE 'b%'", year);
        Duration scoreLoad = Duration.ofNanos(System.nanoTime() - t1);

        long t2 = System.nanoTime();
        String title = "Kỳ thử tải bảng điều khiển ";
        jdbc.update("INSERT INTO reporting_cycle (business_key, \"year\", kind, period, title, period_start, cut_off, due_date, "
                + "status, opened_by, opened_at) VALUES (?, ?, 'AD_HOC', 'AD_HOC', ?, ?, ?, ?, 'APPROVED', 'bench', ?), "
                + "(?, ?, 'AD_HOC', 'AD_HOC', ?, ?, ?, ?, 'COLLECTING', 'bench', ?)",
                "CYCLE-" + year + "-BENCH-DASH-1", year, title + "1", java.sql.Date.valueOf(today.minusDays(120)),
                java.sql.Date.valueOf(today.minusDays(62)), java.sql.Date.valueOf(today.minusDays(60)),
                java.sql.Timestamp.valueOf(today.minusDays(90).atStartOfDay()),
                "CYCLE-" + year + "-BENCH-DASH-2", year, title + "2", java.sql.Date.valueOf(today.minusDays(30)),
                java.sql.Date.valueOf(today.minusDays(1)), java.sql.Date.valueOf(today.plusDays(4)),
                java.sql.Timestamp.valueOf(today.minusDays(1).atStartOfDay()));
        int reports = jdbc.update("INSERT INTO unit_report (cycle_id, unit_code, business_key, status, due_date, late, "
                + "return_count) SELECT c.id, u.code, 'REPORT-' || u.code || '-' || c.business_key, "
                + "CASE WHEN c.status = 'APPROVED' THEN 'ACCEPTED' ELSE (ARRAY['NOT_STARTED', 'DRAFTING', 'WAITING_HEAD', "
                + "'SUBMITTED', 'RETURNED', 'ACCEPTED'])[1 + u.id % 6] END, c.due_date, "
                + "c.status = 'APPROVED' AND u.id % 7 = 0, CASE WHEN u.id % 5 = 0 THEN 1 ELSE 0 END "
                + "FROM reporting_cycle c CROSS JOIN unit u WHERE c.business_key LIKE ? AND u.code LIKE 'b%' "
                + "AND u.active = TRUE", "CYCLE-" + year + "-BENCH-DASH-%");
        jdbc.execute("ANALYZE");
        Duration otherLoad = Duration.ofNanos(System.nanoTime() - t2);

        Integer units = jdbc.queryForObject("SELECT count(*) FROM unit WHERE active = TRUE", Integer.class);
        Long executions = jdbc.queryForObject("SELECT count(*) FROM task_execution", Long.class);
        Long entries = jdbc.queryForObject("SELECT count(*) FROM score_entry", Long.class);
        figures.add("dashboard: data", units + " units, " + executions + " tasks, " + entries + " score entries",
                tasks + " plan tasks of the year, " + reports + " reports in 2 cycles");
        figures.seconds("dashboard: load tasks", taskLoad, "plans, plan tasks, executions by INSERT … SELECT");
        figures.seconds("dashboard: load scores", scoreLoad, "score entries by generate_series + score_total sums");
        figures.seconds("dashboard: load reports + ANALYZE", otherLoad, "");

        String base = "http://localhost:" + context.app().getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        logIn(http, base);
        int requests = Integer.getInteger("bench.dashboard.requests", 100);
        vn.plancycle.dashboard.DashboardService dashboard = context.bean(vn.plancycle.dashboard.DashboardService.class);
        Runnable cold = dashboard::clearCache;
        Runnable warm = () -> { };
        time(http, base + "/dashboard", requests, "GET /dashboard, cold", figures, "unit-row-", cold,
                "every request reads every figure (the cache emptied before each)");
        time(http, base + "/dashboard", requests, "GET /dashboard, warm", figures, "unit-row-", warm,
                "the figures kept for plancycle.dashboard.cache-seconds (30 s): what most requests get");
        time(http, base + "/dashboard?group=DIGITAL_GOVERNMENT&unit=b01", requests, "GET /dashboard filtered, cold",
                figures, "unit-row-", cold, "group + unit filter (100 units), cache emptied before each");
        time(http, base + "/dashboard?group=DIGITAL_GOVERNMENT&unit=b01", requests, "GET /dashboard filtered, warm",
                figures, "unit-row-", warm, "");
        time(http, base + "/dashboard/units/" + context.unitCodes().get(context.unitCodes().size() / 2), requests,
                "GET /dashboard/units/{code}", figures, "id=\"unit-summary\"", warm, "never cached");
    }

    private static void time(HttpClient http, String url, int requests, String name, Figures figures, String expected,
            Runnable before, String note) throws Exception {
        for (int i = 0; i < 10; i++) {
            before.run();
            get(http, url, expected);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            before.run();
            long start = System.nanoTime();
            get(http, url, expected);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        figures.add(name + " p50", ms(nanos[(int) Math.ceil(0.50 * requests) - 1]), requests + " requests over HTTP, "
                + "one reviewer session, after 10 warm-up requests; " + note);
        figures.add(name + " p95", ms(nanos[(int) Math.ceil(0.95 * requests) - 1]), "target p95 ≤ 200 ms");
        figures.add(name + " max", ms(nanos[requests - 1]), "");
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static void get(HttpClient http, String url, String expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

    private static void logIn(HttpClient http, String base) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String body = "username=" + REVIEWER + "&password=" + URLEncoder.encode(UnitGenerator.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("reviewer login failed: " + login.statusCode() + " " + location);
        }
    }

    private static void createReviewer(BenchContext context) {
        IdentityService identity = context.bean(IdentityService.class);
        if (identity.createUserQuery().userId(REVIEWER).count() > 0) {
            return;
        }
        User reviewer = identity.newUser(REVIEWER);
        reviewer.setFirstName("Thẩm định");
        reviewer.setLastName("Bảng điều khiển");
        reviewer.setEmail(REVIEWER + "@bench.local");
        reviewer.setPassword(UnitGenerator.PASSWORD);
        identity.saveUser(reviewer);
        identity.createMembership(REVIEWER, Roles.REVIEWERS);
    }
}
