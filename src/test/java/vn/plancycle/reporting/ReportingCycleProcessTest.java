package vn.plancycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.plancycle.reporting.ReportingFixtures.clock;
import static vn.plancycle.reporting.ReportingFixtures.local;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.TestSmtp;

/**
 * Every path of {@code reporting-cycle}: a requested cycle run to the leaders' approval, the idempotent
 * periodic opening, the scheduled opening by the timer start event, the ministry's deadline reminders.
 * Years 2070–2079; the job executor is off.
 */
@AppTest
class ReportingCycleProcessTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReportLaunch launch;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    FormService formService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingService reporting;
    @Autowired
    UnitReportRepository reports;
    @Autowired
    ReportingCycleRepository cycles;

    ReportingFixtures fx;

    @BeforeEach
    void setUp() {
        init(engine);
        fx = new ReportingFixtures(reporting, reports, runtimeService, taskService, managementService, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance instance(ReportingCycle cycle) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(cycle.getProcessInstanceId())
                .singleResult();
    }

    private CycleStatus status(ReportingCycle cycle) {
        return cycles.findById(cycle.getId()).orElseThrow().getStatus();
    }

    @Test
    void shouldCollectTwoUnitsReportsConsolidateAndGetTheLeadersApprovalAfterOneReturn() {
        clock("2070-03-02T09:00:00");
        ReportingCycle cycle = fx.adHoc(2070, "Báo cáo đột xuất về chuyển đổi số", LocalDate.of(2070, 3, 25), "vp",
                "khtc");
        ProcessInstance pi = instance(cycle);
        assertThat(pi).hasBusinessKey("CYCLE-2070-AD_HOC-1").hasPassed(ReportingCycleProcess.START_REQUESTED,
                ReportingCycleProcess.TASK_FIND_UNITS).isWaitingAt(ReportingCycleProcess.TASK_START_UNIT_REPORTS)
                .hasNotPassed(ReportingCycleProcess.TASK_OPEN_SCHEDULED);
        assertThat(pi.getTenantId()).isNull();
        // every unit of the cycle has its row from the start
        assertThat(reporting.reports(cycle.getId())).extracting(UnitReport::getUnitCode).containsExactly("khtc", "vp");
        assertThat(reporting.reports(cycle.getId())).allMatch(r -> r.getStatus() == ReportStatus.NOT_STARTED);
        assertThat(status(cycle)).isEqualTo(CycleStatus.COLLECTING);

        clock("2070-03-03T09:00:00");
        for (String unit : List.of("vp", "khtc")) {
            ProcessInstance report = fx.unitReport(cycle, unit);
            assertThat(report).isWaitingAt(UnitReportProcess.TASK_WRITE);
            assertThat(runtimeService.getVariable(report.getId(), UnitReportProcess.VAR_CYCLE_TITLE))
                    .isEqualTo("Báo cáo đột xuất về chuyển đổi số");
            // a top-level instance of the unit, linked to its row; a batch run again starts nothing twice
            assertThat(report.getTenantId()).isEqualTo(unit);
            assertThat(fx.report(cycle, unit).getProcessInstanceId()).isEqualTo(report.getId());
            assertThat(launch.startBatch(cycle.getId(), 0)).isZero();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                    UnitReport.businessKey(unit, 2070, cycle.getPeriod())).count()).isEqualTo(1);
            fx.submit(report, fx.report(cycle, unit).getId());
            assertThat(pi).isWaitingAt(ReportingCycleProcess.EVENT_ALL_REPORTS_IN);
            fx.decide(report, UnitReportProcess.TASK_REVIEW, "accepted", "");
            assertThat(report).isEnded();
        }
        assertThat(pi).isWaitingAt(ReportingCycleProcess.TASK_CONSOLIDATE);
        assertThat(status(cycle)).isEqualTo(CycleStatus.CONSOLIDATING);
        Task consolidate = task(ReportingCycleProcess.TASK_CONSOLIDATE, pi);
        assertThat(consolidate).hasCandidateGroup("ministry-reviewers");
        assertThat(formService.getDeployedTaskForm(consolidate.getId())).isNotNull();

        fx.complete(pi, ReportingCycleProcess.TASK_CONSOLIDATE, "consolidationNote", "Hai đơn vị gửi đúng hạn");
        assertThat(pi).isWaitingAt(ReportingCycleProcess.TASK_APPROVE_CONSOLIDATED);
        assertThat(status(cycle)).isEqualTo(CycleStatus.WAITING_LEADERS);
        assertThat(cycles.findById(cycle.getId()).orElseThrow().getConsolidationNote())
                .isEqualTo("Hai đơn vị gửi đúng hạn");
        Task approve = task(ReportingCycleProcess.TASK_APPROVE_CONSOLIDATED, pi);
        assertThat(approve).hasCandidateGroup("ministry-leaders");
        assertThat(formService.getDeployedTaskForm(approve.getId())).isNotNull();

        fx.decide(pi, ReportingCycleProcess.TASK_APPROVE_CONSOLIDATED, "returned", "Bổ sung phần kiến nghị");
        assertThat(pi).hasPassed(ReportingCycleProcess.TASK_RECORD_LEADERS_RETURN)
                .isWaitingAt(ReportingCycleProcess.TASK_CONSOLIDATE);
        assertThat(status(cycle)).isEqualTo(CycleStatus.CONSOLIDATING);
        assertThat(cycles.findById(cycle.getId()).orElseThrow().getReturnComment()).isEqualTo("Bổ sung phần kiến nghị");
        assertThat(runtimeService.getVariable(pi.getId(), "decision")).isNull();

        long approvedNotices = fx.inbox("reviewer", "cycle-approved");
        fx.complete(pi, ReportingCycleProcess.TASK_CONSOLIDATE, "consolidationNote", "Đã bổ sung kiến nghị");
        fx.decide(pi, ReportingCycleProcess.TASK_APPROVE_CONSOLIDATED, "approved", "");
        assertThat(pi).hasPassed(ReportingCycleProcess.TASK_RECORD_APPROVED, ReportingCycleProcess.TASK_NOTIFY_APPROVED,
                ReportingCycleProcess.END_APPROVED).isEnded();
        ReportingCycle approved = cycles.findById(cycle.getId()).orElseThrow();
        assertThat(approved.getStatus()).isEqualTo(CycleStatus.APPROVED);
        assertThat(approved.getApprovedAt()).isNotNull();
        assertThat(fx.inbox("reviewer", "cycle-approved")).isEqualTo(approvedNotices + 1);
    }

    @Test
    void shouldOpenAPeriodicCycleOnceWhenAskedTwice() {
        clock("2081-06-01T09:00:00");
        OpenResult first = reporting.open(OpenCycleRequest.periodic(2081, ReportingPeriod.H1), "reviewer");
        OpenResult second = reporting.open(new OpenCycleRequest(2081, "h1", null, null, null, null, null), "leader");
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.cycle().getId()).isEqualTo(first.cycle().getId());
        ReportingCycle cycle = first.cycle();
        assertThat(cycle.getBusinessKey()).isEqualTo("CYCLE-2081-H1");
        assertThat(cycle.getTitle()).isEqualTo("Báo cáo sáu tháng đầu năm 2081");
        assertThat(cycle.getCutOff()).isEqualTo(LocalDate.of(2081, 6, 14));
        assertThat(cycle.getPeriodStart()).isEqualTo(LocalDate.of(2080, 12, 15));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportingCycleProcess.KEY)
                .processInstanceBusinessKey("CYCLE-2081-H1").count()).isEqualTo(1);
        // every active unit (six in the demo ministry) has a report
        assertThat(reporting.reports(cycle.getId())).hasSize(6);
        assertThat(reporting.cycles(2081)).extracting(ReportingCycle::getId).containsExactly(cycle.getId());
    }

    @Test
    void shouldScheduleTheOpeningOnTheCutOffDays() {
        Job timer = managementService.createJobQuery().processDefinitionKey(ReportingCycleProcess.KEY).timers()
                .activityId(ReportingCycleProcess.START_SCHEDULED).singleResult();
        assertThat(timer).isNotNull();
        LocalDateTime due = local(timer.getDuedate());
        // 17:00 on the 14th of March, June, September or December: the expression reached the settings bean
        assertThat(due.getDayOfMonth()).isEqualTo(14);
        assertThat(due.getMonthValue()).isIn(3, 6, 9, 12);
        assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(17, 0));
    }

    @Test
    void shouldOpenTheScheduledCycleOnItsCutOffDayAndEndWhenAlreadyOpen() {
        clock("2072-09-14T17:00:05");
        String jobId = managementService.createJobQuery().processDefinitionKey(ReportingCycleProcess.KEY).timers()
                .activityId(ReportingCycleProcess.START_SCHEDULED).singleResult().getId();
        managementService.executeJob(jobId);
        ReportingCycle cycle = cycles.findByBusinessKey("CYCLE-2072-Q3").orElseThrow();
        assertThat(cycle.getOpenedBy()).isEqualTo("system");
        ProcessInstance pi = instance(cycle);
        assertThat(pi).hasBusinessKey("CYCLE-2072-Q3").hasPassed(ReportingCycleProcess.START_SCHEDULED,
                ReportingCycleProcess.TASK_OPEN_SCHEDULED, ReportingCycleProcess.TASK_FIND_UNITS)
                .isWaitingAt(ReportingCycleProcess.TASK_START_UNIT_REPORTS);
        assertThat(reporting.reports(cycle.getId())).hasSize(6);

        // the timer fires again (another node, a restart): the cycle is open already
        Job next = managementService.createJobQuery().processDefinitionKey(ReportingCycleProcess.KEY).timers()
                .activityId(ReportingCycleProcess.START_SCHEDULED).singleResult();
        managementService.executeJob(next.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportingCycleProcess.KEY)
                .processInstanceBusinessKey("CYCLE-2072-Q3").count()).isEqualTo(1);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(ReportingCycleProcess.END_ALREADY_OPEN).count()).isPositive();
        assertThat(cycles.findByBusinessKey("CYCLE-2072-Q3")).isPresent();
    }

    @Test
    void shouldRemindTheMinistryOfItsDeadlinesForAPeriodicCycleOnly() {
        clock("2084-09-10T09:00:00");
        ReportingCycle periodic = fx.periodic(2084, ReportingPeriod.Q3);
        ProcessInstance pi = instance(periodic);
        assertThat(local(fx.timer(pi.getId(), ReportingCycleProcess.TIMER_HOME_AFFAIRS_REMINDER).getDuedate()))
                .isEqualTo(LocalDateTime.of(2084, 9, 17, 8, 0));
        long reviewer = fx.inbox("reviewer", "cycle-deadline-near");
        long leader = fx.inbox("leader", "cycle-deadline-near");
        fx.fire(pi.getId(), ReportingCycleProcess.TIMER_HOME_AFFAIRS_REMINDER);
        fx.fire(pi.getId(), ReportingCycleProcess.TIMER_GOVERNMENT_REMINDER);
        assertThat(pi).hasPassed(ReportingCycleProcess.TASK_REMIND_HOME_AFFAIRS,
                ReportingCycleProcess.TASK_REMIND_GOVERNMENT).isWaitingAt(ReportingCycleProcess.EVENT_ALL_REPORTS_IN);
        assertThat(fx.inbox("reviewer", "cycle-deadline-near")).isEqualTo(reviewer + 2);
        assertThat(fx.inbox("leader", "cycle-deadline-near")).isEqualTo(leader + 2);

        ReportingCycle adHoc = fx.adHoc(2084, "Báo cáo đột xuất không có hạn của Bộ", LocalDate.of(2084, 10, 30),
                "pc");
        ProcessInstance other = instance(adHoc);
        fx.fire(other.getId(), ReportingCycleProcess.TIMER_HOME_AFFAIRS_REMINDER);
        fx.fire(other.getId(), ReportingCycleProcess.TIMER_GOVERNMENT_REMINDER);
        assertThat(other).hasPassed("EndEvent_HomeAffairsNotApplicable", "EndEvent_GovernmentNotApplicable")
                .hasNotPassed(ReportingCycleProcess.TASK_REMIND_HOME_AFFAIRS, ReportingCycleProcess.TASK_REMIND_GOVERNMENT);
        assertThat(fx.inbox("reviewer", "cycle-deadline-near")).isEqualTo(reviewer + 2);
        assertThat(Set.of(periodic.getKind(), adHoc.getKind())).containsExactlyInAnyOrder(ReportKind.PERIODIC,
                ReportKind.AD_HOC);
    }
}
