package vn.plancycle.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.plancycle.execution.TaskStage;
import vn.plancycle.execution.TaskStatus;
import vn.plancycle.plan.TaskGroup;
import vn.plancycle.reporting.CycleStatus;
import vn.plancycle.reporting.ReportStatus;

/**
 * The dashboard's reads: aggregates (GROUP BY) over the execution, reporting and organization tables, never
 * entities, so that a page costs a few queries whatever the number of units and tasks. Portable between H2 and
 * PostgreSQL.
 */
@Repository
public class DashboardRepository {

    /**
     * {@link TaskStatus#of} in SQL over {@code task_execution e}, today being the named parameter {@code :today}.
     * DashboardStatusSqlTest proves it equal to the Java rule, task by task.
     */
    static final String STATUS = "CASE WHEN e.stage = 'ACCEPTED' THEN (CASE WHEN e.reported_done_at IS NOT NULL "
            + "AND CAST(e.reported_done_at AS DATE) > e.current_due_date THEN 'DONE_LATE' ELSE 'DONE_ON_TIME' END) "
            + "WHEN (CASE WHEN e.stage = 'REPORTED' AND e.reported_done_at IS NOT NULL "
            + "THEN CAST(e.reported_done_at AS DATE) ELSE CAST(:today AS DATE) END) > e.current_due_date THEN 'OVERDUE' "
            + "WHEN e.started_at IS NOT NULL THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END";

    /** A done task counts 100 % towards the average progress. */
    private static final String PROGRESS = "CASE WHEN e.stage = 'ACCEPTED' THEN 100 ELSE e.progress_percent END";

    /** A unit's (or the ministry's) reports of the year: how many, marked late, and returns by the reviewers. */
    public record ReportTally(int reports, int late, int returns) {
        static final ReportTally NONE = new ReportTally(0, 0, 0);
    }

    /** A reporting cycle as the dashboard shows it. */
    public record CycleInfo(long id, String businessKey, String title, CycleStatus status, LocalDate dueDate) {
        public boolean open() {
            return status != CycleStatus.APPROVED;
        }
    }

    /** A unit's report in a cycle. */
    public record ReportInfo(long id, long cycleId, String cycleTitle, String unitCode, ReportStatus status,
            LocalDate due, boolean late, int returns) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public DashboardRepository(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Active units, code → name, by code. */
    public Map<String, String> activeUnits() {
        Map<String, String> units = new LinkedHashMap<>();
        jdbc.query("SELECT code, name FROM unit WHERE active = TRUE ORDER BY code", Map.of(),
                rs -> {
                    units.put(rs.getString(1), rs.getString(2));
                });
        return units;
    }

    /** The unit's name if it exists (active or not). */
    public String unitName(String code) {
        List<String> names = jdbc.queryForList("SELECT name FROM unit WHERE code = :code", Map.of("code", code),
                String.class);
        return names.isEmpty() ? null : names.get(0);
    }

    /** Task counts by status per unit, for the year; only one group's tasks when {@code group} is given. */
    public Map<String, TaskCounts> countsByUnit(int year, LocalDate today, TaskGroup group, String unitCode) {
        MapSqlParameterSource p = params(year, today);
        StringBuilder where = new StringBuilder(" WHERE e.\"year\" = :year");
        String join = "";
        if (group != null) {
            join = " JOIN plan_task t ON t.id = e.plan_task_id";
            where.append(" AND t.task_group = :group");
            p.addValue("group", group.name());
        }
        if (unitCode != null) {
            where.append(" AND e.unit_code = :unit");
            p.addValue("unit", unitCode);
        }
        Map<String, TaskCounts> counts = new HashMap<>();
        jdbc.query("SELECT x.unit_code, x.st, COUNT(*), SUM(x.pr) FROM (SELECT e.unit_code, " + STATUS + " AS st, "
                + PROGRESS + " AS pr FROM task_execution e" + join + where + ") x GROUP BY x.unit_code, x.st", p,
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), u -> TaskCounts.empty())
                            .add(TaskStatus.valueOf(rs.getString(2)), rs.getInt(3), rs.getLong(4));
                });
        return counts;
    }

    /** Task counts by status per task group, for the year; only the given units' tasks when {@code units} is set. */
    public Map<TaskGroup, TaskCounts> countsByGroup(int year, LocalDate today, Collection<String> units) {
        MapSqlParameterSource p = params(year, today);
        String where = " WHERE e.\"year\" = :year";
        if (units != null) {
            if (units.isEmpty()) {
                return new EnumMap<>(TaskGroup.class);
            }
            where += " AND e.unit_code IN (:units)";
            p.addValue("units", units);
        }
        Map<TaskGroup, TaskCounts> counts = new EnumMap<>(TaskGroup.class);
        jdbc.query("SELECT x.task_group, x.st, COUNT(*), SUM(x.pr) FROM (SELECT t.task_group, " + STATUS + " AS st, "
                + PROGRESS + " AS pr FROM task_execution e JOIN plan_task t ON t.id = e.plan_task_id" + where
                + ") x GROUP BY x.task_group, x.st", p, rs -> {
                    TaskStatus status = TaskStatus.valueOf(rs.getString(2));
                    int count = rs.getInt(3);
                    long progress = rs.getLong(4);
                    TaskGroup.parse(rs.getString(1)).ifPresent(g -> counts.computeIfAbsent(g, k -> TaskCounts.empty())
                            .add(status, count, progress));
                });
        return counts;
    }

    /** Per unit: its reports of the year's cycles, those marked late, and the reviewers' returns. */
    public Map<String, ReportTally> reportTallies(int year, String unitCode) {
        MapSqlParameterSource p = new MapSqlParameterSource("year", year);
        String unit = "";
        if (unitCode != null) {
            unit = " AND r.unit_code = :unit";
            p.addValue("unit", unitCode);
        }
        Map<String, ReportTally> tallies = new HashMap<>();
        jdbc.query("SELECT r.unit_code, COUNT(*), SUM(CASE WHEN r.late THEN 1 ELSE 0 END), SUM(r.return_count) "
                + "FROM unit_report r JOIN reporting_cycle c ON c.id = r.cycle_id WHERE c.\"year\" = :year" + unit
                + " GROUP BY r.unit_code", p, rs -> {
                    tallies.put(rs.getString(1), new ReportTally(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                });
        return tallies;
    }

    /** The year's current cycle: the latest one still open, else the latest one; null when the year has none. */
    public CycleInfo currentCycle(int year) {
        List<CycleInfo> found = jdbc.query("SELECT id, business_key, title, status, due_date FROM reporting_cycle "
                + "WHERE \"year\" = :year ORDER BY CASE WHEN status = 'APPROVED' THEN 1 ELSE 0 END, opened_at DESC, "
                + "id DESC FETCH FIRST 1 ROWS ONLY", Map.of("year", year),
                (rs, i) -> new CycleInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CycleStatus.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate()));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The reports of a cycle by unit code. */
    public Map<String, ReportInfo> cycleReports(long cycleId) {
        Map<String, ReportInfo> reports = new HashMap<>();
        jdbc.query(REPORT + " WHERE r.cycle_id = :cycle", Map.of("cycle", cycleId), rs -> {
            ReportInfo info = report(rs);
            reports.put(info.unitCode(), info);
        });
        return reports;
    }

    /** The unit's reports of the year's cycles, by due date. */
    public List<ReportInfo> unitReports(String unitCode, int year) {
        return jdbc.query(REPORT + " WHERE r.unit_code = :unit AND c.\"year\" = :year ORDER BY r.due_date, r.id",
                Map.of("unit", unitCode, "year", year), (rs, i) -> report(rs));
    }

    /**
     * The early warning's task candidates: tasks of the year still being carried out whose deadline falls between
     * today and {@code horizon} (the rule then decides); of one group or unit when given. Without their titles
     * ({@link #titles} reads those of the few shown).
     */
    public List<EarlyWarning.TaskSituation> openTasks(int year, LocalDate today, LocalDate horizon, TaskGroup group,
            String unitCode) {
        MapSqlParameterSource p = params(year, today).addValue("horizon", Date.valueOf(horizon));
        StringBuilder sql = new StringBuilder("SELECT e.plan_task_id, e.unit_code, e.progress_percent, "
                + "e.current_due_date FROM task_execution e");
        if (group != null) {
            sql.append(" JOIN plan_task t ON t.id = e.plan_task_id AND t.task_group = :group");
            p.addValue("group", group.name());
        }
        sql.append(" WHERE e.\"year\" = :year AND e.stage = 'WORKING' AND e.current_due_date >= CAST(:today AS DATE) "
                + "AND e.current_due_date <= CAST(:horizon AS DATE)");
        if (unitCode != null) {
            sql.append(" AND e.unit_code = :unit");
            p.addValue("unit", unitCode);
        }
        List<EarlyWarning.TaskSituation> tasks = new ArrayList<>();
        jdbc.query(sql.toString(), p, rs -> {
            tasks.add(new EarlyWarning.TaskSituation(rs.getLong(1), rs.getString(2), null, year,
                    TaskStage.WORKING, rs.getInt(3), rs.getDate(4).toLocalDate()));
        });
        return tasks;
    }

    /** The titles of the given plan tasks, by id. */
    public Map<Long, String> titles(Collection<Long> taskIds) {
        Map<Long, String> titles = new HashMap<>();
        if (taskIds.isEmpty()) {
            return titles;
        }
        jdbc.query("SELECT id, title FROM plan_task WHERE id IN (:ids)", Map.of("ids", taskIds), rs -> {
            titles.put(rs.getLong(1), rs.getString(2));
        });
        return titles;
    }

    /**
     * The early warning's report candidates: reports of the year's cycles still collecting, not in the ministry's
     * hands, not marked late, due between today and {@code horizon}; of one unit when given.
     */
    public List<EarlyWarning.ReportSituation> openReports(int year, LocalDate today, LocalDate horizon,
            String unitCode) {
        MapSqlParameterSource p = params(year, today).addValue("horizon", Date.valueOf(horizon));
        String sql = "SELECT r.id, r.unit_code, c.title, r.status, r.due_date, r.late FROM unit_report r "
                + "JOIN reporting_cycle c ON c.id = r.cycle_id WHERE c.\"year\" = :year AND c.status = 'COLLECTING' "
                + "AND r.status NOT IN ('SUBMITTED', 'ACCEPTED') AND r.late = FALSE "
                + "AND r.due_date >= CAST(:today AS DATE) AND r.due_date <= CAST(:horizon AS DATE)";
        if (unitCode != null) {
            sql += " AND r.unit_code = :unit";
            p.addValue("unit", unitCode);
        }
        return jdbc.query(sql, p, (rs, i) -> new EarlyWarning.ReportSituation(rs.getLong(1), rs.getString(2),
                rs.getString(3), ReportStatus.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(),
                rs.getBoolean(6)));
    }

    private static final String REPORT = "SELECT r.id, r.cycle_id, c.title, r.unit_code, r.status, r.due_date, "
            + "r.late, r.return_count FROM unit_report r JOIN reporting_cycle c ON c.id = r.cycle_id";

    private static ReportInfo report(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReportInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                ReportStatus.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(), rs.getBoolean(7), rs.getInt(8));
    }

    private static MapSqlParameterSource params(int year, LocalDate today) {
        return new MapSqlParameterSource("year", year).addValue("today", Date.valueOf(today));
    }
}
