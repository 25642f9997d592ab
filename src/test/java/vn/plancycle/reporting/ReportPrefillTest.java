package vn.plancycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.execution.TaskStatus;
import vn.plancycle.plan.TaskGroup;
import vn.plancycle.testsupport.AppTest;

/**
 * The figures of a report are those of the end of its cut-off day (Q1 2071: 14 March), whatever
 * happened after, and they are frozen once written. Units khcn (a plan in every situation), pc (no
 * plan) and cds (a plan not yet published), years 2071–2072.
 */
@AppTest
class ReportPrefillTest {

    static final int YEAR = 2071;
    static final String UNIT = "khcn";

    @Autowired
    ReportPrefill prefill;
    @Autowired
    ReportTaskLineRepository lines;
    @Autowired
    ReportGroupFigureRepository figures;
    @Autowired
    UnitReportRepository reports;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    ReportingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    ReportDataFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ReportDataFixtures(jdbc, cycles, reports, calendar);
    }

    /** One published plan of khcn for {@link #YEAR} with a task in every situation around 14 March. */
    static final class Plan {
        long acceptedBefore;
        long acceptedLateBefore;
        long acceptedAfter;
        long reportedLateBefore;
        long reportedInTimeBefore;
        long overdue;
        long extendedBefore;
        long extendedAfter;
        long progressBeforeAndAfter;
        long progressOnlyAfter;
        long notStarted;
        long planId;
    }

    private Plan planInEverySituation(String unit, int year) {
        Plan p = new Plan();
        p.planId = fx.plan(unit, year, "PUBLISHED");
        p.acceptedBefore = fx.task(p.planId, unit, year, 1, TaskGroup.AWARENESS, "Tuyên truyền về chuyển đổi số",
                d(year, 3, 1));
        fx.progress(p.acceptedBefore, 50, t(year, 2, 10, 9));
        fx.reported(p.acceptedBefore, t(year, 2, 20, 9));
        fx.accepted(p.acceptedBefore, t(year, 2, 25, 9));

        p.acceptedLateBefore = fx.task(p.planId, unit, year, 2, TaskGroup.AWARENESS, "Hội nghị phổ biến Quyết định 970",
                d(year, 2, 10));
        fx.reported(p.acceptedLateBefore, t(year, 2, 15, 9));
        fx.accepted(p.acceptedLateBefore, t(year, 2, 16, 9));

        p.acceptedAfter = fx.task(p.planId, unit, year, 3, TaskGroup.LEADERSHIP, "Ban hành kế hoạch đột phá",
                d(year, 3, 31));
        fx.progress(p.acceptedAfter, 60, t(year, 3, 1, 9));
        fx.reported(p.acceptedAfter, t(year, 3, 20, 9));
        fx.accepted(p.acceptedAfter, t(year, 3, 25, 9));

        p.reportedLateBefore = fx.task(p.planId, unit, year, 4, TaskGroup.LEADERSHIP, "Đề án tài chính", d(year, 3, 5));
        fx.reported(p.reportedLateBefore, t(year, 3, 10, 9));
        fx.accepted(p.reportedLateBefore, t(year, 3, 20, 9));

        p.reportedInTimeBefore = fx.task(p.planId, unit, year, 5, TaskGroup.WORKFORCE, "Tuyển dụng chuyên gia",
                d(year, 3, 31));
        fx.progress(p.reportedInTimeBefore, 70, t(year, 3, 2, 9));
        fx.reported(p.reportedInTimeBefore, t(year, 3, 12, 9));

        p.overdue = fx.task(p.planId, unit, year, 6, TaskGroup.WORKFORCE, "Đào tạo công chức", d(year, 3, 1));
        fx.progress(p.overdue, 30, t(year, 2, 1, 9));

        p.extendedBefore = fx.task(p.planId, unit, year, 7, TaskGroup.TRANSPARENCY, "Công khai kế hoạch",
                d(year, 3, 1));
        fx.progress(p.extendedBefore, 50, t(year, 2, 10, 9));
        fx.extension(p.extendedBefore, d(year, 3, 1), d(year, 4, 30), "GRANTED", t(year, 2, 28, 9));

        p.extendedAfter = fx.task(p.planId, unit, year, 8, TaskGroup.TRANSPARENCY, "Phòng chống tham nhũng",
                d(year, 3, 1));
        fx.progress(p.extendedAfter, 20, t(year, 2, 15, 9));
        fx.extension(p.extendedAfter, d(year, 3, 1), d(year, 3, 10), "REFUSED", t(year, 2, 27, 9));
        fx.extension(p.extendedAfter, d(year, 3, 1), d(year, 4, 30), "GRANTED", t(year, 3, 20, 9));

        p.progressBeforeAndAfter = fx.task(p.planId, unit, year, 9, TaskGroup.MONITORING, "Đánh giá giữa kỳ",
                d(year, 6, 30));
        fx.progress(p.progressBeforeAndAfter, 40, t(year, 3, 14, 16));
        fx.progress(p.progressBeforeAndAfter, 80, t(year, 3, 15, 9));

        p.progressOnlyAfter = fx.task(p.planId, unit, year, 10, TaskGroup.MONITORING, "Theo dõi chỉ số",
                d(year, 6, 30));
        fx.progress(p.progressOnlyAfter, 10, t(year, 3, 16, 9));

        p.notStarted = fx.task(p.planId, unit, year, 11, TaskGroup.DIGITAL_GOVERNMENT, "Số hoá hồ sơ",
                d(year, 11, 30));
        return p;
    }

    @Test
    void shouldFreezeEveryTaskAsItStoodAtTheEndOfTheCutOffDay() {
        Plan p = planInEverySituation(UNIT, YEAR);
        fx.workforce(UNIT, YEAR, 8, 3, 120, 90);
        ReportingCycle cycle = fx.periodicCycle(YEAR, ReportingPeriod.Q1);
        assertThat(cycle.getCutOff()).isEqualTo(d(YEAR, 3, 14));
        UnitReport report = fx.report(cycle, UNIT);

        prefill.prefill(report.getId());

        List<ReportTaskLine> frozen = lines.findByReportIdOrderByPositionAsc(report.getId());
        assertThat(frozen).extracting(ReportTaskLine::getPlanTaskId, ReportTaskLine::getPosition,
                ReportTaskLine::getTaskGroup, ReportTaskLine::getDueDate, ReportTaskLine::getStatus,
                ReportTaskLine::getProgressPercent, ReportTaskLine::getDoneDate).containsExactly(
                        tuple(p.acceptedBefore, 1, TaskGroup.AWARENESS, d(YEAR, 3, 1), TaskStatus.DONE_ON_TIME, 100,
                                d(YEAR, 2, 20)),
                        tuple(p.acceptedLateBefore, 2, TaskGroup.AWARENESS, d(YEAR, 2, 10), TaskStatus.DONE_LATE, 100,
                                d(YEAR, 2, 15)),
                        // accepted on 25 March: at the cut-off it was still being carried out, at 60 %
                        tuple(p.acceptedAfter, 3, TaskGroup.LEADERSHIP, d(YEAR, 3, 31), TaskStatus.IN_PROGRESS, 60,
                                null),
                        // reported on 10 March, after its deadline of 5 March; the head decided later
                        tuple(p.reportedLateBefore, 4, TaskGroup.LEADERSHIP, d(YEAR, 3, 5), TaskStatus.OVERDUE, 100,
                                null),
                        tuple(p.reportedInTimeBefore, 5, TaskGroup.WORKFORCE, d(YEAR, 3, 31), TaskStatus.IN_PROGRESS,
                                100, null),
                        tuple(p.overdue, 6, TaskGroup.WORKFORCE, d(YEAR, 3, 1), TaskStatus.OVERDUE, 30, null),
                        // the extension granted on 28 February was the deadline in force
                        tuple(p.extendedBefore, 7, TaskGroup.TRANSPARENCY, d(YEAR, 4, 30), TaskStatus.IN_PROGRESS, 50,
                                null),
                        // the one granted on 20 March was not yet (and the refused one never was)
                        tuple(p.extendedAfter, 8, TaskGroup.TRANSPARENCY, d(YEAR, 3, 1), TaskStatus.OVERDUE, 20,
                                null),
                        // 40 % on the cut-off day counts; 80 % the next morning does not
                        tuple(p.progressBeforeAndAfter, 9, TaskGroup.MONITORING, d(YEAR, 6, 30),
                                TaskStatus.IN_PROGRESS, 40, null),
                        tuple(p.progressOnlyAfter, 10, TaskGroup.MONITORING, d(YEAR, 6, 30), TaskStatus.NOT_STARTED, 0,
                                null),
                        tuple(p.notStarted, 11, TaskGroup.DIGITAL_GOVERNMENT, d(YEAR, 11, 30), TaskStatus.NOT_STARTED,
                                0, null));
        assertThat(frozen.get(0).getTitle()).isEqualTo("Tuyên truyền về chuyển đổi số");
        assertThat(frozen.get(0).getOwnerUsername()).isEqualTo("staff-" + UNIT);

        assertThat(figures.findByReportIdOrderByTaskGroupAsc(report.getId()))
                .extracting(ReportGroupFigure::getTaskGroup, ReportGroupFigure::getAssigned,
                        ReportGroupFigure::getDoneOnTime, ReportGroupFigure::getDoneLate,
                        ReportGroupFigure::getInProgress, ReportGroupFigure::getNotStarted,
                        ReportGroupFigure::getOverdue)
                .containsExactlyInAnyOrder(
                        tuple(TaskGroup.AWARENESS, 2, 1, 1, 0, 0, 0),
                        tuple(TaskGroup.LEADERSHIP, 2, 0, 0, 1, 0, 1),
                        tuple(TaskGroup.WORKFORCE, 2, 0, 0, 1, 0, 1),
                        tuple(TaskGroup.TRANSPARENCY, 2, 0, 0, 1, 0, 1),
                        tuple(TaskGroup.MONITORING, 2, 0, 0, 1, 1, 0),
                        tuple(TaskGroup.DIGITAL_GOVERNMENT, 1, 0, 0, 0, 1, 0));

        UnitReport stored = reports.findById(report.getId()).orElseThrow();
        assertThat(stored.isPrefilled()).isTrue();
        assertThat(stored.getLeaders()).isEqualTo(8);
        assertThat(stored.getExpertLeaders()).isEqualTo(3);
        assertThat(stored.getOfficials()).isEqualTo(120);
        assertThat(stored.getTrainedOfficials()).isEqualTo(90);
        assertThat(stored.getStatus()).isEqualTo(ReportStatus.NOT_STARTED);

        // later changes in the plan's execution never rewrite the report
        fx.progress(p.notStarted, 90, t(YEAR, 3, 10, 9));
        fx.extension(p.overdue, d(YEAR, 3, 1), d(YEAR, 5, 31), "GRANTED", t(YEAR, 3, 1, 9));
        fx.reported(p.progressOnlyAfter, t(YEAR, 3, 12, 9));
        fx.accepted(p.progressOnlyAfter, t(YEAR, 3, 13, 9));
        fx.task(p.planId, UNIT, YEAR, 12, TaskGroup.PROCEDURES, "Nhiệm vụ thêm sau", d(YEAR, 3, 20));
        jdbc.update("UPDATE workforce_figure SET leaders = 9 WHERE unit_id = ? AND \"year\" = ?", fx.unitId(UNIT), YEAR);

        prefill.prefill(report.getId());

        assertThat(lines.findByReportIdOrderByPositionAsc(report.getId()))
                .extracting(ReportTaskLine::getId, ReportTaskLine::getStatus, ReportTaskLine::getProgressPercent,
                        ReportTaskLine::getDueDate)
                .containsExactlyElementsOf(frozen.stream()
                        .map(l -> tuple(l.getId(), l.getStatus(), l.getProgressPercent(), l.getDueDate())).toList());
        assertThat(figures.findByReportIdOrderByTaskGroupAsc(report.getId())).hasSize(6)
                .noneMatch(f -> f.getTaskGroup() == TaskGroup.PROCEDURES);
        UnitReport again = reports.findById(report.getId()).orElseThrow();
        assertThat(again.getLeaders()).isEqualTo(8);
        assertThat(again.getPrefilledAt()).isEqualTo(stored.getPrefilledAt());
    }

    @Test
    void shouldKeepOnlyTheTaskGroupsOfAThematicCycle() {
        int year = YEAR + 1;
        Plan p = planInEverySituation(UNIT, year);
        ReportingCycle cycle = fx.thematicCycle(year, 1, "Chuyên đề tuyên truyền và theo dõi", d(year, 3, 14),
                "AWARENESS, MONITORING");
        UnitReport report = fx.report(cycle, UNIT);

        prefill.prefill(report.getId());

        assertThat(lines.findByReportIdOrderByPositionAsc(report.getId()))
                .extracting(ReportTaskLine::getPlanTaskId, ReportTaskLine::getPosition, ReportTaskLine::getStatus)
                .containsExactly(tuple(p.acceptedBefore, 1, TaskStatus.DONE_ON_TIME),
                        tuple(p.acceptedLateBefore, 2, TaskStatus.DONE_LATE),
                        tuple(p.progressBeforeAndAfter, 3, TaskStatus.IN_PROGRESS),
                        tuple(p.progressOnlyAfter, 4, TaskStatus.NOT_STARTED));
        assertThat(figures.findByReportIdOrderByTaskGroupAsc(report.getId()))
                .extracting(ReportGroupFigure::getTaskGroup, ReportGroupFigure::getAssigned)
                .containsExactlyInAnyOrder(tuple(TaskGroup.AWARENESS, 2), tuple(TaskGroup.MONITORING, 2));
        // no workforce figures recorded for that year
        UnitReport stored = reports.findById(report.getId()).orElseThrow();
        assertThat(stored.isPrefilled()).isTrue();
        assertThat(stored.getLeaders()).isNull();
        assertThat(stored.getTrainedOfficials()).isNull();
    }

    @Test
    void shouldGiveZeroFiguresToAUnitWithoutAPublishedPlan() {
        int year = YEAR;
        ReportingCycle cycle = cycles.findByBusinessKey(ReportingCycle.businessKey(year, "H1"))
                .orElseGet(() -> fx.periodicCycle(year, ReportingPeriod.H1));
        long draft = fx.plan("cds", year, "SUBMITTED");
        fx.task(draft, "cds", year, 1, TaskGroup.AWARENESS, "Nhiệm vụ của kế hoạch chưa duyệt", d(year, 3, 1));
        UnitReport noPlan = fx.report(cycle, "pc");
        UnitReport notPublished = fx.report(cycle, "cds");

        prefill.prefill(noPlan.getId());
        prefill.prefill(notPublished.getId());

        for (UnitReport r : List.of(noPlan, notPublished)) {
            assertThat(lines.findByReportIdOrderByPositionAsc(r.getId())).isEmpty();
            assertThat(figures.findByReportIdOrderByTaskGroupAsc(r.getId())).isEmpty();
            UnitReport stored = reports.findById(r.getId()).orElseThrow();
            assertThat(stored.isPrefilled()).isTrue();
            assertThat(stored.getLeaders()).isNull();
        }
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static LocalDateTime t(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
