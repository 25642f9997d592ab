package vn.plancycle.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.plan.TaskGroup;

/**
 * The reviewer's view of a cycle: every unit's report with where it stands and its frozen figures,
 * and the figures per task group summed across the units. Three queries whatever the number of units.
 */
@Service
public class Consolidation {

    /** The group figures of every report of the cycle, in one query (no list of ids to send). */
    private static final String FIGURES_OF_CYCLE = """
            SELECT f.report_id, f.task_group, f.assigned, f.done_on_time, f.done_late, f.in_progress,
                   f.not_started, f.overdue
              FROM report_group_figure f
              JOIN unit_report r ON r.id = f.report_id
             WHERE r.cycle_id = ?
            """;

    private static final String UNIT_NAMES_OF_CYCLE = """
            SELECT u.code, u.name FROM unit u JOIN unit_report r ON r.unit_code = u.code WHERE r.cycle_id = ?
            """;

    /** A cycle with its units' rows (by unit code) and the totals per task group (declaration order) and overall. */
    public record CycleOverview(ReportingCycle cycle, List<UnitRow> units, List<GroupTotal> groups, GroupTotal total) {
    }

    /** One unit's report: where it stands, and its figures summed over its task groups. */
    public record UnitRow(String unitCode, String unitName, Long reportId, ReportStatus status, boolean late,
            boolean escalated, int returnCount, LocalDateTime signedAt, int assigned, int done, int overdue,
            BigDecimal completionPercent) {
    }

    /** The counts of one task group across the cycle's reports; {@code group} is null for the grand total. */
    public record GroupTotal(TaskGroup group, int assigned, int doneOnTime, int doneLate, int inProgress,
            int notStarted, int overdue, BigDecimal completionPercent) {

        public int done() {
            return doneOnTime + doneLate;
        }
    }

    private final ReportingCycleRepository cycles;
    private final UnitReportRepository reports;
    private final JdbcTemplate jdbc;

    public Consolidation(ReportingCycleRepository cycles, UnitReportRepository reports, JdbcTemplate jdbc) {
        this.cycles = cycles;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public CycleOverview overview(long cycleId) {
        ReportingCycle cycle = cycles.require(cycleId);
        List<UnitReport> unitReports = reports.findByCycleIdOrderByUnitCodeAsc(cycleId);

        Map<String, String> names = new HashMap<>();
        jdbc.query(UNIT_NAMES_OF_CYCLE, rs -> {
            names.put(rs.getString("code"), rs.getString("name"));
        }, cycleId);

        Map<Long, Counts> perReport = new HashMap<>();
        Map<TaskGroup, Counts> perGroup = new EnumMap<>(TaskGroup.class);
        jdbc.query(FIGURES_OF_CYCLE, rs -> {
            Counts row = new Counts(rs.getInt("assigned"), rs.getInt("done_on_time"), rs.getInt("done_late"),
                    rs.getInt("in_progress"), rs.getInt("not_started"), rs.getInt("overdue"));
            perReport.computeIfAbsent(rs.getLong("report_id"), id -> new Counts()).add(row);
            perGroup.computeIfAbsent(TaskGroup.valueOf(rs.getString("task_group")), g -> new Counts()).add(row);
        }, cycleId);

        List<UnitRow> units = new ArrayList<>(unitReports.size());
        for (UnitReport r : unitReports) {
            Counts c = perReport.getOrDefault(r.getId(), new Counts());
            units.add(new UnitRow(r.getUnitCode(), names.getOrDefault(r.getUnitCode(), r.getUnitCode()), r.getId(),
                    r.getStatus(), r.isLate(), r.isEscalated(), r.getReturnCount(), r.getSignedAt(), c.assigned,
                    c.done(), c.overdue, ReportGroupFigure.percent(c.done(), c.assigned)));
        }

        List<GroupTotal> groups = new ArrayList<>();
        Counts all = new Counts();
        perGroup.forEach((group, c) -> {
            groups.add(c.total(group));
            all.add(c);
        });
        return new CycleOverview(cycle, List.copyOf(units), List.copyOf(groups), all.total(null));
    }

    /** The sum of some group figures (one unit's, say) as a total: {@code group} null. */
    static GroupTotal total(List<ReportGroupFigure> figures) {
        Counts sum = new Counts();
        for (ReportGroupFigure f : figures) {
            sum.add(new Counts(f.getAssigned(), f.getDoneOnTime(), f.getDoneLate(), f.getInProgress(),
                    f.getNotStarted(), f.getOverdue()));
        }
        return sum.total(null);
    }

    /** Running sums of the five statuses. */
    private static final class Counts {
        int assigned;
        int doneOnTime;
        int doneLate;
        int inProgress;
        int notStarted;
        int overdue;

        Counts() {
        }

        Counts(int assigned, int doneOnTime, int doneLate, int inProgress, int notStarted, int overdue) {
            this.assigned = assigned;
            this.doneOnTime = doneOnTime;
            this.doneLate = doneLate;
            this.inProgress = inProgress;
            this.notStarted = notStarted;
            this.overdue = overdue;
        }

        void add(Counts c) {
            assigned += c.assigned;
            doneOnTime += c.doneOnTime;
            doneLate += c.doneLate;
            inProgress += c.inProgress;
            notStarted += c.notStarted;
            overdue += c.overdue;
        }

        int done() {
            return doneOnTime + doneLate;
        }

        GroupTotal total(TaskGroup group) {
            return new GroupTotal(group, assigned, doneOnTime, doneLate, inProgress, notStarted, overdue,
                    ReportGroupFigure.percent(done(), assigned));
        }
    }
}
