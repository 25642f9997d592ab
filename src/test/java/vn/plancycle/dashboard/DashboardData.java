package vn.plancycle.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-made dashboard situations written straight into the tables (plans, tasks and their execution, cycles and
 * reports, score running sums) for the years 2085–2089 only; {@link #clear} removes them first.
 */
final class DashboardData {

    private final JdbcTemplate jdbc;

    DashboardData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void clear(int... years) {
        for (int year : years) {
            jdbc.update("DELETE FROM unit_report WHERE cycle_id IN (SELECT id FROM reporting_cycle WHERE \"year\" = ?)",
                    year);
            jdbc.update("DELETE FROM reporting_cycle WHERE \"year\" = ?", year);
            jdbc.update("DELETE FROM task_execution WHERE \"year\" = ?", year);
            jdbc.update("DELETE FROM plan WHERE \"year\" = ?", year);
            jdbc.update("DELETE FROM score_total WHERE \"year\" = ?", year);
        }
    }

    /** A published plan's task and its execution; returns the task id. */
    long task(String unit, int year, String group, String stage, int progress, LocalDate due, LocalDateTime started,
            LocalDateTime reported) {
        Long unitId = jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, unit);
        Long planId = jdbc.query("SELECT id FROM plan WHERE unit_id = ? AND \"year\" = ?",
                rs -> rs.next() ? rs.getLong(1) : null, unitId, year);
        if (planId == null) {
            jdbc.update("INSERT INTO plan (unit_id, \"year\", status, published_at) VALUES (?, ?, 'PUBLISHED', ?)",
                    unitId, year, Timestamp.valueOf(LocalDateTime.of(year, 1, 20, 9, 0)));
            planId = jdbc.queryForObject("SELECT id FROM plan WHERE unit_id = ? AND \"year\" = ?", Long.class, unitId,
                    year);
        }
        Integer position = jdbc.queryForObject("SELECT COALESCE(MAX(position), 0) + 1 FROM plan_task WHERE plan_id = ?",
                Integer.class, planId);
        String title = "Nhiệm vụ " + unit + " " + position + " (" + group + ")";
        jdbc.update("INSERT INTO plan_task (plan_id, position, title, task_group, owner_username, due_date) "
                + "VALUES (?, ?, ?, ?, ?, ?)", planId, position, title, group, "staff-" + unit, Date.valueOf(due));
        Long taskId = jdbc.queryForObject("SELECT id FROM plan_task WHERE plan_id = ? AND position = ?", Long.class,
                planId, position);
        jdbc.update("INSERT INTO task_execution (plan_task_id, plan_id, unit_code, \"year\", stage, progress_percent, "
                + "original_due_date, current_due_date, started_at, reported_done_at, accepted_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", taskId, planId, unit, year, stage, progress,
                Date.valueOf(due), Date.valueOf(due), ts(started), ts(reported),
                "ACCEPTED".equals(stage) ? ts(reported) : null);
        return taskId;
    }

    long cycle(int year, String period, String status, LocalDate due) {
        String key = "CYCLE-" + year + "-" + period;
        jdbc.update("INSERT INTO reporting_cycle (business_key, \"year\", kind, period, title, period_start, cut_off, "
                + "due_date, status, opened_by, opened_at) VALUES (?, ?, 'PERIODIC', ?, ?, ?, ?, ?, ?, 'reviewer', ?)",
                key, year, period, "Báo cáo " + period + " năm " + year, Date.valueOf(due.minusMonths(6)),
                Date.valueOf(due.minusDays(1)), Date.valueOf(due), status,
                Timestamp.valueOf(due.minusDays(20).atStartOfDay()));
        return jdbc.queryForObject("SELECT id FROM reporting_cycle WHERE business_key = ?", Long.class, key);
    }

    long report(long cycleId, String unit, String status, LocalDate due, boolean late, int returns) {
        String key = "REPORT-" + unit.toUpperCase() + "-C" + cycleId;
        jdbc.update("INSERT INTO unit_report (cycle_id, unit_code, business_key, status, due_date, late, return_count) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", cycleId, unit, key, status, Date.valueOf(due), late, returns);
        return jdbc.queryForObject("SELECT id FROM unit_report WHERE business_key = ?", Long.class, key);
    }

    void score(String unit, int year, String criterion, String points, String max) {
        jdbc.update("INSERT INTO score_total (unit_code, \"year\", criterion, points, max_points, entries) "
                + "VALUES (?, ?, ?, ?, ?, 1)", unit, year, criterion, new java.math.BigDecimal(points),
                new java.math.BigDecimal(max));
    }

    private static Timestamp ts(LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }
}
