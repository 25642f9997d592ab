package vn.plancycle.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.execution.ExecutionService;
import vn.plancycle.execution.TaskStage;
import vn.plancycle.execution.TaskStatus;
import vn.plancycle.organization.WorkforceFigure;
import vn.plancycle.organization.WorkforceFigureRepository;
import vn.plancycle.plan.TaskGroup;

/**
 * Freezes a unit's report at its cycle's cut-off (DOMAIN §3): the tasks of the unit's published plan
 * of the cycle's year (within the cycle's task groups, when it names some) as they stood at the end of
 * the cut-off day — the deadline in force then, the stage, the progress, hence the status by the one
 * rule of {@link TaskStatus} — their counts per task group, and the unit's workforce figures. Done
 * once: a report already pre-filled is left as it is, whatever changed in the plan since.
 */
@Service
public class ReportPrefill {

    /**
     * Every task of the unit's published plan of the year with its execution as of {@code end}: the
     * last extension granted before it, the last progress recorded before it, and the dates to compare.
     */
    private static final String TASKS_AT_CUT_OFF = """
            SELECT t.id, t.position, t.task_group, t.title, t.owner_username, t.due_date,
                   e.original_due_date, e.started_at, e.reported_done_at, e.accepted_at,
                   (SELECT x.requested_date FROM task_extension x
                     WHERE x.plan_task_id = t.id AND x.decision = 'GRANTED' AND x.decided_at < ?
                     ORDER BY x.decided_at DESC, x.id DESC LIMIT 1) AS granted_due,
                   (SELECT pr.progress_percent FROM task_progress pr
                     WHERE pr.plan_task_id = t.id AND pr.recorded_at < ?
                     ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) AS progress_then
              FROM plan_task t
              JOIN plan p ON p.id = t.plan_id
              JOIN unit u ON u.id = p.unit_id
              LEFT JOIN task_execution e ON e.plan_task_id = t.id
             WHERE u.code = ? AND p."year" = ? AND p.status = 'PUBLISHED'
             ORDER BY t.position, t.id
            """;

    private final UnitReportRepository reports;
    private final ReportingCycleRepository cycles;
    private final ReportTaskLineRepository lines;
    private final ReportGroupFigureRepository figures;
    private final WorkforceFigureRepository workforce;
    private final ReportingCalendar calendar;
    private final JdbcTemplate jdbc;

    public ReportPrefill(UnitReportRepository reports, ReportingCycleRepository cycles, ReportTaskLineRepository lines,
            ReportGroupFigureRepository figures, WorkforceFigureRepository workforce, ReportingCalendar calendar,
            JdbcTemplate jdbc) {
        this.reports = reports;
        this.cycles = cycles;
        this.lines = lines;
        this.figures = figures;
        this.workforce = workforce;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @Transactional
    public void prefill(long reportId) {
        UnitReport report = reports.require(reportId);
        if (report.isPrefilled() || lines.existsByReportId(reportId)) {
            return;
        }
        ReportingCycle cycle = cycles.require(report.getCycleId());
        LocalDate cutOff = cycle.getCutOff();
        LocalDateTime end = calendar.cutOffEnd(cutOff);
        Set<String> scope = Set.copyOf(cycle.scopeGroupList());

        List<ReportTaskLine> frozen = new ArrayList<>();
        for (TaskAtCutOff task : tasksAtCutOff(report.getUnitCode(), cycle.getYear(), end)) {
            if (scope.isEmpty() || scope.contains(task.group().name())) {
                frozen.add(task.line(reportId, frozen.size() + 1, cutOff));
            }
        }
        lines.saveAll(frozen);
        figures.saveAll(groupFigures(reportId, frozen));

        WorkforceFigure staffing = workforce.findByUnitCodeAndYear(report.getUnitCode(), cycle.getYear()).orElse(null);
        report.prefilled(staffing == null ? null : staffing.getLeaders(),
                staffing == null ? null : staffing.getExpertLeaders(),
                staffing == null ? null : staffing.getOfficials(),
                staffing == null ? null : staffing.getTrainedOfficials(), ExecutionService.now());
    }

    private List<TaskAtCutOff> tasksAtCutOff(String unitCode, int year, LocalDateTime end) {
        Timestamp at = Timestamp.valueOf(end);
        return jdbc.query(TASKS_AT_CUT_OFF, (rs, i) -> TaskAtCutOff.read(rs, end), at, at, unitCode, year);
    }

    private static List<ReportGroupFigure> groupFigures(long reportId, List<ReportTaskLine> frozen) {
        Map<TaskGroup, List<ReportTaskLine>> byGroup = frozen.stream()
                .collect(Collectors.groupingBy(ReportTaskLine::getTaskGroup, () -> new EnumMap<>(TaskGroup.class),
                        Collectors.toList()));
        List<ReportGroupFigure> result = new ArrayList<>();
        byGroup.forEach((group, groupLines) -> {
            Map<TaskStatus, Long> counts = groupLines.stream()
                    .collect(Collectors.groupingBy(ReportTaskLine::getStatus, () -> new EnumMap<>(TaskStatus.class),
                            Collectors.counting()));
            result.add(new ReportGroupFigure(reportId, group, groupLines.size(), count(counts, TaskStatus.DONE_ON_TIME),
                    count(counts, TaskStatus.DONE_LATE), count(counts, TaskStatus.IN_PROGRESS),
                    count(counts, TaskStatus.NOT_STARTED), count(counts, TaskStatus.OVERDUE)));
        });
        return result;
    }

    private static int count(Map<TaskStatus, Long> counts, TaskStatus status) {
        return counts.getOrDefault(status, 0L).intValue();
    }

    /** One task's values as they stood at the end of the cut-off day. */
    private record TaskAtCutOff(long taskId, TaskGroup group, String title, String owner, LocalDate due,
            TaskStage stage, LocalDateTime reportedDoneAt, boolean started, int progress) {

        static TaskAtCutOff read(ResultSet rs, LocalDateTime end) throws SQLException {
            LocalDate planned = date(rs, "original_due_date") != null ? date(rs, "original_due_date")
                    : date(rs, "due_date");
            LocalDate granted = date(rs, "granted_due");
            LocalDateTime reported = before(time(rs, "reported_done_at"), end);
            LocalDateTime accepted = before(time(rs, "accepted_at"), end);
            TaskStage stage = accepted != null ? TaskStage.ACCEPTED
                    : reported != null ? TaskStage.REPORTED : TaskStage.WORKING;
            int progressThen = rs.getInt("progress_then");
            boolean progressRecorded = !rs.wasNull();
            boolean started = progressRecorded || before(time(rs, "started_at"), end) != null;
            int progress = stage == TaskStage.WORKING ? (progressRecorded ? progressThen : 0) : 100;
            return new TaskAtCutOff(rs.getLong("id"), TaskGroup.valueOf(rs.getString("task_group")),
                    rs.getString("title"), rs.getString("owner_username"), granted != null ? granted : planned,
                    stage, reported, started, progress);
        }

        ReportTaskLine line(long reportId, int position, LocalDate cutOff) {
            TaskStatus status = due == null ? (started ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED)
                    : TaskStatus.of(stage, due, reportedDoneAt, started, cutOff);
            LocalDate doneDate = status.isDone() && reportedDoneAt != null ? reportedDoneAt.toLocalDate() : null;
            return new ReportTaskLine(reportId, taskId, position, group, title, owner, due, status, progress, doneDate);
        }

        private static LocalDate date(ResultSet rs, String column) throws SQLException {
            java.sql.Date d = rs.getDate(column);
            return d == null ? null : d.toLocalDate();
        }

        private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
            Timestamp t = rs.getTimestamp(column);
            return t == null ? null : t.toLocalDateTime();
        }

        private static LocalDateTime before(LocalDateTime at, LocalDateTime end) {
            return at != null && at.isBefore(end) ? at : null;
        }
    }
}
