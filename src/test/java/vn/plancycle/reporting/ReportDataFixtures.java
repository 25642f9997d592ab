package vn.plancycle.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.plan.TaskGroup;

/**
 * Plans, executions, cycles and reports written straight into the tables (no process needed), so a
 * test can place every date exactly where it wants it relative to a cut-off.
 */
final class ReportDataFixtures {

    private final JdbcTemplate jdbc;
    private final ReportingCycleRepository cycles;
    private final UnitReportRepository reports;
    private final ReportingCalendar calendar;

    ReportDataFixtures(JdbcTemplate jdbc, ReportingCycleRepository cycles, UnitReportRepository reports,
            ReportingCalendar calendar) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.reports = reports;
        this.calendar = calendar;
    }

    long unitId(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    /** A plan of the unit for the year in this status (PUBLISHED: its tasks are being carried out). */
    long plan(String unit, int year, String status) {
        return jdbc.queryForObject("INSERT INTO plan (unit_id, \"year\", status, published_at) VALUES (?, ?, ?, ?) "
                + "RETURNING id", Long.class, unitId(unit), year, status,
                "PUBLISHED".equals(status) ? Timestamp.valueOf(LocalDateTime.of(year, 1, 20, 9, 0)) : null);
    }

    /** A task of the plan at this position, with its execution (stage WORKING, due date as planned). */
    long task(long planId, String unit, int year, int position, TaskGroup group, String title, LocalDate due) {
        long id = jdbc.queryForObject("INSERT INTO plan_task (plan_id, position, title, task_group, deliverable, "
                + "owner_username, due_date) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class, planId, position,
                title, group.name(), "Sản phẩm: " + title, "staff-" + unit, Date.valueOf(due));
        jdbc.update("INSERT INTO task_execution (plan_task_id, plan_id, unit_code, \"year\", stage, progress_percent, "
                + "original_due_date, current_due_date) VALUES (?, ?, ?, ?, 'WORKING', 0, ?, ?)", id, planId, unit, year,
                Date.valueOf(due), Date.valueOf(due));
        return id;
    }

    /** A progress update, as ExecutionService records it (the history row, and the task's current values). */
    void progress(long taskId, int percent, LocalDateTime at) {
        jdbc.update("INSERT INTO task_progress (plan_task_id, progress_percent, note, recorded_by, recorded_at) "
                + "VALUES (?, ?, ?, 'staff', ?)", taskId, percent, "Cập nhật " + percent + " %", Timestamp.valueOf(at));
        jdbc.update("UPDATE task_execution SET progress_percent = ?, started_at = COALESCE(started_at, ?) "
                + "WHERE plan_task_id = ?", percent, Timestamp.valueOf(at), taskId);
    }

    void reported(long taskId, LocalDateTime at) {
        jdbc.update("UPDATE task_execution SET stage = 'REPORTED', progress_percent = 100, reported_done_at = ?, "
                + "started_at = COALESCE(started_at, ?) WHERE plan_task_id = ?", Timestamp.valueOf(at),
                Timestamp.valueOf(at), taskId);
    }

    void accepted(long taskId, LocalDateTime at) {
        jdbc.update("UPDATE task_execution SET stage = 'ACCEPTED', accepted_at = ?, accepted_by = 'head' "
                + "WHERE plan_task_id = ?", Timestamp.valueOf(at), taskId);
    }

    /** An extension request decided at {@code decidedAt}; a granted one moves the current deadline. */
    void extension(long taskId, LocalDate from, LocalDate to, String decision, LocalDateTime decidedAt) {
        jdbc.update("INSERT INTO task_extension (plan_task_id, previous_due_date, requested_date, reason, requested_by, "
                + "requested_at, decision, decided_by, decided_at) VALUES (?, ?, ?, 'Chờ số liệu', 'staff', ?, ?, "
                + "'head', ?)", taskId, Date.valueOf(from), Date.valueOf(to),
                Timestamp.valueOf(decidedAt.minusDays(1)), decision, Timestamp.valueOf(decidedAt));
        if ("GRANTED".equals(decision)) {
            jdbc.update("UPDATE task_execution SET current_due_date = ? WHERE plan_task_id = ?", Date.valueOf(to),
                    taskId);
        }
    }

    void workforce(String unit, int year, int leaders, int expertLeaders, int officials, int trained) {
        jdbc.update("INSERT INTO workforce_figure (unit_id, \"year\", leaders, expert_leaders, officials, "
                + "trained_officials, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'admin', ?)", unitId(unit), year,
                leaders, expertLeaders, officials, trained, Timestamp.valueOf(LocalDateTime.of(year, 1, 5, 9, 0)));
    }

    ReportingCycle periodicCycle(int year, ReportingPeriod period) {
        return cycles.save(new ReportingCycle(ReportingCycle.businessKey(year, period.name()), year, ReportKind.PERIODIC,
                period.name(), "Báo cáo " + period.name() + " năm " + year, calendar.periodic(year, period), null, null,
                "reviewer", LocalDateTime.of(year, period.lastMonth(), 14, 17, 0)));
    }

    /** A thematic cycle over these task groups (comma-separated names), cut off on {@code cutOff}. */
    ReportingCycle thematicCycle(int year, int n, String title, LocalDate cutOff, String scopeGroups) {
        String period = ReportKind.THEMATIC.name() + "-" + n;
        return cycles.save(new ReportingCycle(ReportingCycle.businessKey(year, period), year, ReportKind.THEMATIC,
                period, title, calendar.requestedWithCutOff(year, cutOff, cutOff.plusDays(10)), scopeGroups, null, "reviewer",
                cutOff.atTime(10, 0)));
    }

    UnitReport report(ReportingCycle cycle, String unit) {
        return reports.save(new UnitReport(cycle, unit));
    }
}
