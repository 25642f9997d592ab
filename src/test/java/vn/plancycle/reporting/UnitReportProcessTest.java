package vn.plancycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.plancycle.reporting.ReportingFixtures.clock;
import static vn.plancycle.reporting.ReportingFixtures.local;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Every path of {@code unit-report} (DOMAIN §3, §4): ad-hoc cycles for one unit (worth 1 point) unless
 * a periodic one (2.5 points) is needed, years 2060–2069. The job executor is off: notices and timers run
 * by hand, the clock moved with ClockUtil.
 */
@AppTest
class UnitReportProcessTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"));

    @Autowired
    ProcessEngine engine;
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
    ReportingWorkflow workflow;
    @Autowired
    UnitReportRepository reports;

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

    @Test
    void shouldWaitForTheCutOffOfAPeriodicCycleOpenedEarly() {
        clock("2058-03-02T09:00:00");
        ReportingCycle cycle = fx.periodic(2058, ReportingPeriod.Q1);
        ProcessInstance pi = fx.unitReport(cycle, "khcn");
        UnitReport report = fx.report(cycle, "khcn");
        assertThat(pi).hasBusinessKey("REPORT-KHCN-2058-Q1").isWaitingAt(UnitReportProcess.TIMER_CUT_OFF)
                .hasNotPassed(UnitReportProcess.TASK_PREFILL);
        assertThat(pi.getTenantId()).isEqualTo("khcn");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.NOT_STARTED);
        assertThat(local(fx.timer(pi.getId(), UnitReportProcess.TIMER_CUT_OFF).getDuedate()))
                .isEqualTo(LocalDateTime.of(2058, 3, 15, 0, 0));
        assertThat(fx.report(report.getId()).isPrefilled()).isFalse();

        long opened = fx.inbox("staff-khcn", "report-opened");
        fx.fire(pi.getId(), UnitReportProcess.TIMER_CUT_OFF);
        assertThat(pi).hasPassed(UnitReportProcess.TASK_PREFILL, UnitReportProcess.TASK_NOTIFY_OPENED)
                .isWaitingAt(UnitReportProcess.TASK_WRITE);
        assertThat(fx.report(report.getId()).isPrefilled()).isTrue();
        assertThat(fx.inbox("staff-khcn", "report-opened")).isEqualTo(opened + 1);
    }

    @Test
    void shouldPrefillARequestedReportAtOnceThenRunThroughAHeadReturnToAcceptance() {
        clock("2060-03-02T09:00:00");
        long opened = fx.inbox("staff-khcn", "report-opened");
        ReportingCycle cycle = fx.adHoc(2060, "Báo cáo đột xuất về tuyển dụng", LocalDate.of(2060, 3, 20), "khcn");
        // a requested report counts up to the end of the day before it was asked for
        assertThat(cycle.getCutOff()).isEqualTo(LocalDate.of(2060, 3, 1));
        ProcessInstance pi = fx.unitReport(cycle, "khcn");
        UnitReport report = fx.report(cycle, "khcn");
        assertThat(pi).hasBusinessKey("REPORT-KHCN-2060-AD_HOC-1")
                .hasPassed(UnitReportProcess.TASK_PREFILL, UnitReportProcess.TASK_NOTIFY_OPENED)
                .hasNotPassed(UnitReportProcess.TIMER_CUT_OFF).isWaitingAt(UnitReportProcess.TASK_WRITE);
        assertThat(pi.getTenantId()).isEqualTo("khcn");
        assertThat(fx.report(report.getId()).isPrefilled()).isTrue();
        assertThat(fx.inbox("staff-khcn", "report-opened")).isEqualTo(opened + 1);
        assertThat(runtimeService.getVariable(pi.getId(), UnitReportProcess.VAR_DUE_DATE)).isEqualTo("20/03/2060");
        // Tasklist shows the due date on the task (and its "Quá hạn" filter uses it)
        assertThat(local(taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(UnitReportProcess.TASK_WRITE).singleResult().getDueDate()))
                .isEqualTo(LocalDateTime.of(2060, 3, 20, 23, 59));
        assertThat(local(fx.timer(pi.getId(), UnitReportProcess.TIMER_FIRST_REMINDER).getDuedate()))
                .isEqualTo(LocalDateTime.of(2060, 3, 17, 8, 0));
        assertThat(local(fx.timer(pi.getId(), UnitReportProcess.TIMER_LAST_REMINDER).getDuedate()))
                .isEqualTo(LocalDateTime.of(2060, 3, 19, 8, 0));
        assertThat(local(fx.timer(pi.getId(), UnitReportProcess.TIMER_LATE).getDuedate()))
                .isEqualTo(LocalDateTime.of(2060, 3, 21, 0, 0));
        assertThat(local(fx.timer(pi.getId(), UnitReportProcess.TIMER_ESCALATION).getDuedate()))
                .isEqualTo(LocalDateTime.of(2060, 3, 25, 8, 0));
        Task write = task(UnitReportProcess.TASK_WRITE, pi);
        assertThat(write).hasCandidateGroup("unit-khcn-staff");
        assertThat(formService.getDeployedTaskForm(write.getId())).isNotNull();

        clock("2060-03-10T09:00:00");
        fx.write(report.getId(), "Đã tuyển 3 công chức", "Tuyển thêm 2 công chức");
        assertThat(workflow.sendToHead(report.getId(), "staff-khcn")).isTrue();
        fx.executeDueJobs(pi.getId());
        assertThat(pi).isWaitingAt(UnitReportProcess.TASK_SIGN);
        assertThat(fx.report(report.getId()).getStatus()).isEqualTo(ReportStatus.WAITING_HEAD);
        assertThat(workflow.writeTask(report.getId())).isNull();
        assertThat(workflow.sendToHead(report.getId(), "staff-khcn")).isFalse();
        Task sign = task(UnitReportProcess.TASK_SIGN, pi);
        assertThat(sign).hasCandidateGroup("unit-khcn-head");
        assertThat(formService.getDeployedTaskForm(sign.getId())).isNotNull();

        fx.decide(pi, UnitReportProcess.TASK_SIGN, "returned", "Bổ sung số liệu tuyển dụng theo vị trí");
        assertThat(pi).hasPassed(UnitReportProcess.TASK_RECORD_HEAD_RETURN).isWaitingAt(UnitReportProcess.TASK_WRITE);
        UnitReport returned = fx.report(report.getId());
        assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.getHeadReturnCount()).isEqualTo(1);
        assertThat(returned.getLastReturnComment()).isEqualTo("Bổ sung số liệu tuyển dụng theo vị trí");
        assertThat(runtimeService.getVariable(pi.getId(), "decision")).isNull();

        fx.complete(pi, UnitReportProcess.TASK_WRITE);
        long toReviewers = fx.inbox("reviewer", "report-submitted");
        fx.decide(pi, UnitReportProcess.TASK_SIGN, "approved", "");
        assertThat(pi).hasPassed(UnitReportProcess.TASK_RECORD_SUBMITTED, UnitReportProcess.TASK_NOTIFY_REVIEWERS)
                .isWaitingAt(UnitReportProcess.TASK_REVIEW);
        assertThat(fx.inbox("reviewer", "report-submitted")).isEqualTo(toReviewers + 1);
        assertThat(fx.report(report.getId()).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(fx.report(report.getId()).getSignedBy()).isEqualTo("system");
        Task review = task(UnitReportProcess.TASK_REVIEW, pi);
        assertThat(review).hasCandidateGroup("ministry-reviewers");
        assertThat(formService.getDeployedTaskForm(review.getId())).isNotNull();

        clock("2060-03-12T09:00:00");
        fx.decide(pi, UnitReportProcess.TASK_REVIEW, "accepted", "");
        assertThat(pi).hasPassed(UnitReportProcess.TASK_RECORD_ACCEPTED, UnitReportProcess.TASK_SCORE_REPORT,
                UnitReportProcess.TASK_NOTIFY_ACCEPTED, UnitReportProcess.END_ACCEPTED)
                .hasNotPassed(UnitReportProcess.TASK_RECORD_REVIEW_RETURN, UnitReportProcess.TASK_RECORD_LATE).isEnded();
        UnitReport accepted = fx.report(report.getId());
        assertThat(accepted.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.isLate()).isFalse();
        // ad-hoc report: 1 of 1 on time, nothing else
        assertThat(fx.score(report.getId(), "report-on-time")).containsEntry("points", new BigDecimal("1.00"))
                .containsEntry("max_points", new BigDecimal("1.00"));
        assertThat((String) fx.score(report.getId(), "report-on-time").get("reason")).contains("20/03/2060")
                .contains("12/03/2060").contains("đúng hạn");
        assertThat(fx.scoreSum(report.getId())).isEqualByComparingTo("1");
        assertThat(fx.inbox("head-khcn", "report-accepted")).isPositive();
    }

    @Test
    void shouldPrefillStraightAfterTheCutOffAndDeductAQuarterForAReviewerReturn() {
        clock("2061-03-15T09:00:00");
        ReportingCycle cycle = fx.periodic(2061, ReportingPeriod.Q1);
        assertThat(cycle.getDueDate()).isEqualTo(LocalDate.of(2061, 3, 15));
        ProcessInstance pi = fx.unitReport(cycle, "pc");
        UnitReport report = fx.report(cycle, "pc");
        assertThat(pi).hasBusinessKey("REPORT-PC-2061-Q1").hasPassed(UnitReportProcess.TASK_PREFILL)
                .hasNotPassed(UnitReportProcess.TIMER_CUT_OFF).isWaitingAt(UnitReportProcess.TASK_WRITE);
        fx.submit(pi, report.getId());

        fx.decide(pi, UnitReportProcess.TASK_REVIEW, "returned", "Thiếu phần đề xuất");
        assertThat(pi).hasPassed(UnitReportProcess.TASK_RECORD_REVIEW_RETURN, UnitReportProcess.TASK_SCORE_RETURN,
                UnitReportProcess.TASK_NOTIFY_RETURNED).hasNotPassed(UnitReportProcess.TASK_ESCALATE_RETURNS)
                .isWaitingAt(UnitReportProcess.TASK_WRITE);
        assertThat(fx.report(report.getId()).getReturnCount()).isEqualTo(1);
        assertThat(fx.report(report.getId()).getStatus()).isEqualTo(ReportStatus.RETURNED);
        // 25 % of 2.5 points
        assertThat(fx.score(report.getId(), "report-returned")).containsEntry("points", new BigDecimal("-0.63"))
                .containsEntry("max_points", null);
        assertThat(fx.inbox("staff-pc", "report-returned")).isPositive();
        assertThat(fx.inbox("head-pc", "report-returned")).isPositive();

        fx.complete(pi, UnitReportProcess.TASK_WRITE);
        fx.decide(pi, UnitReportProcess.TASK_SIGN, "approved", "");
        fx.decide(pi, UnitReportProcess.TASK_REVIEW, "accepted", "");
        assertThat(pi).isEnded();
        assertThat(fx.score(report.getId(), "report-on-time")).containsEntry("points", new BigDecimal("2.50"))
                .containsEntry("max_points", new BigDecimal("2.50"));
        assertThat(fx.scoreSum(report.getId())).isEqualByComparingTo("1.87");
    }

    @Test
    void shouldEscalateToLeadersWhenReturnedTheSecondTime() {
        clock("2062-04-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2062, "Báo cáo chuyên đề trả lại hai lần", LocalDate.of(2062, 4, 20), "khtc");
        ProcessInstance pi = fx.unitReport(cycle, "khtc");
        long reportId = fx.report(cycle, "khtc").getId();
        fx.submit(pi, reportId);
        long leaders = fx.inbox("leader", "report-returned-escalated");

        fx.decide(pi, UnitReportProcess.TASK_REVIEW, "returned", "Số liệu chưa khớp");
        assertThat(pi).hasNotPassed(UnitReportProcess.TASK_ESCALATE_RETURNS);
        assertThat(fx.inbox("leader", "report-returned-escalated")).isEqualTo(leaders);
        fx.complete(pi, UnitReportProcess.TASK_WRITE);
        fx.decide(pi, UnitReportProcess.TASK_SIGN, "approved", "");
        fx.decide(pi, UnitReportProcess.TASK_REVIEW, "returned", "Vẫn chưa khớp số liệu");
        assertThat(pi).hasPassed(UnitReportProcess.TASK_ESCALATE_RETURNS).isWaitingAt(UnitReportProcess.TASK_WRITE);
        assertThat(fx.inbox("leader", "report-returned-escalated")).isEqualTo(leaders + 1);
        assertThat(greenMail.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().contains("bị trả lại 2 lần");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        });
        assertThat(fx.scoreCount(reportId, "report-returned")).isEqualTo(2);
        assertThat(fx.scoreSum(reportId)).isEqualByComparingTo("-0.5");
    }

    @Test
    void shouldRemindWhileMissingAndSkipTheReminderOnceSubmitted() {
        clock("2063-05-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2063, "Báo cáo nhắc hạn", LocalDate.of(2063, 5, 20), "vp");
        ProcessInstance pi = fx.unitReport(cycle, "vp");
        long reportId = fx.report(cycle, "vp").getId();
        long staff = fx.inbox("staff-vp", "report-reminder");
        long head = fx.inbox("head-vp", "report-reminder");

        fx.fire(pi.getId(), UnitReportProcess.TIMER_FIRST_REMINDER);
        assertThat(pi).hasPassed(UnitReportProcess.TASK_REMIND_FIRST).isWaitingAt(UnitReportProcess.TASK_WRITE);
        assertThat(fx.inbox("staff-vp", "report-reminder")).isEqualTo(staff + 1);
        assertThat(fx.inbox("head-vp", "report-reminder")).isEqualTo(head + 1);

        fx.submit(pi, reportId);
        fx.fire(pi.getId(), UnitReportProcess.TIMER_LAST_REMINDER);
        assertThat(pi).hasPassed("EndEvent_LastReminderNotNeeded").hasNotPassed(UnitReportProcess.TASK_REMIND_LAST)
                .isWaitingAt(UnitReportProcess.TASK_REVIEW);
        assertThat(fx.inbox("staff-vp", "report-reminder")).isEqualTo(staff + 1);
        // submitted on time: the due date passes without lateness
        fx.fire(pi.getId(), UnitReportProcess.TIMER_LATE);
        assertThat(pi).hasPassed("EndEvent_SentOnTime").hasNotPassed(UnitReportProcess.TASK_RECORD_LATE);
        assertThat(fx.report(reportId).isLate()).isFalse();
    }

    @Test
    void shouldRemindAgainJustBeforeTheDueDateWhileTheReportIsStillMissing() {
        clock("2027-05-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2027, "Báo cáo nhắc hai lần", LocalDate.of(2027, 5, 20), "khcn");
        ProcessInstance pi = fx.unitReport(cycle, "khcn");
        long staff = fx.inbox("staff-khcn", "report-reminder");

        fx.fire(pi.getId(), UnitReportProcess.TIMER_FIRST_REMINDER);
        fx.fire(pi.getId(), UnitReportProcess.TIMER_LAST_REMINDER);

        assertThat(pi).hasPassed(UnitReportProcess.TASK_REMIND_FIRST, UnitReportProcess.TASK_REMIND_LAST,
                "EndEvent_UnitRemindedLast").isWaitingAt(UnitReportProcess.TASK_WRITE);
        assertThat(fx.inbox("staff-khcn", "report-reminder")).isEqualTo(staff + 2);
    }

    @Test
    void shouldSkipTheFirstReminderForAReportAlreadySent() {
        clock("2028-05-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2028, "Báo cáo gửi sớm", LocalDate.of(2028, 5, 20), "pc");
        ProcessInstance pi = fx.unitReport(cycle, "pc");
        long reportId = fx.report(cycle, "pc").getId();
        long staff = fx.inbox("staff-pc", "report-reminder");

        fx.submit(pi, reportId);
        fx.fire(pi.getId(), UnitReportProcess.TIMER_FIRST_REMINDER);

        assertThat(pi).hasPassed("EndEvent_FirstReminderNotNeeded").hasNotPassed(UnitReportProcess.TASK_REMIND_FIRST)
                .isWaitingAt(UnitReportProcess.TASK_REVIEW);
        assertThat(fx.inbox("staff-pc", "report-reminder")).isEqualTo(staff);
    }

    @Test
    void shouldMarkALateReportScoreItAndTellTheHead() {
        clock("2064-06-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2064, "Báo cáo chậm hạn", LocalDate.of(2064, 6, 10), "tccb");
        ProcessInstance pi = fx.unitReport(cycle, "tccb");
        long reportId = fx.report(cycle, "tccb").getId();
        long head = fx.inbox("head-tccb", "report-late");

        fx.fire(pi.getId(), UnitReportProcess.TIMER_LATE);
        assertThat(pi).hasPassed(UnitReportProcess.TASK_RECORD_LATE, UnitReportProcess.TASK_SCORE_LATE,
                UnitReportProcess.TASK_NOTIFY_LATE).isWaitingAt(UnitReportProcess.TASK_WRITE);
        assertThat(fx.report(reportId).isLate()).isTrue();
        assertThat(fx.inbox("head-tccb", "report-late")).isEqualTo(head + 1);
        assertThat(fx.score(reportId, "report-late")).containsEntry("points", new BigDecimal("0.00"))
                .containsEntry("max_points", new BigDecimal("1.00"));
        assertThat((String) fx.score(reportId, "report-late").get("reason")).contains("10/06/2064");

        fx.submit(pi, reportId);
        fx.decide(pi, UnitReportProcess.TASK_REVIEW, "accepted", "");
        assertThat(pi).isEnded();
        assertThat(fx.score(reportId, "report-on-time")).containsEntry("points", new BigDecimal("0.00"))
                .containsEntry("max_points", new BigDecimal("0.00"));
        assertThat((String) fx.score(reportId, "report-on-time").get("reason")).contains("chậm hạn");
    }

    @Test
    void shouldEscalateAReportStillMissingAfterFiveDays() {
        clock("2065-07-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2065, "Báo cáo vẫn chưa gửi", LocalDate.of(2065, 7, 10), "cds");
        ProcessInstance pi = fx.unitReport(cycle, "cds");
        long reportId = fx.report(cycle, "cds").getId();
        long leaders = fx.inbox("leader", "report-escalated");
        assertThat(local(fx.timer(pi.getId(), UnitReportProcess.TIMER_ESCALATION).getDuedate()))
                .isEqualTo(LocalDateTime.of(2065, 7, 15, 8, 0));

        fx.fire(pi.getId(), UnitReportProcess.TIMER_ESCALATION);
        assertThat(pi).hasPassed(UnitReportProcess.TASK_RECORD_ESCALATED, UnitReportProcess.TASK_ESCALATE_MISSING)
                .isWaitingAt(UnitReportProcess.TASK_WRITE);
        assertThat(fx.report(reportId).isEscalated()).isTrue();
        assertThat(fx.inbox("leader", "report-escalated")).isEqualTo(leaders + 1);
    }

    @Test
    void shouldNotEscalateAReportSubmittedBeforeTheEscalationDate() {
        clock("2065-08-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2065, "Báo cáo đã gửi trước khi leo thang", LocalDate.of(2065, 8, 10), "vp");
        ProcessInstance pi = fx.unitReport(cycle, "vp");
        long reportId = fx.report(cycle, "vp").getId();
        fx.submit(pi, reportId);
        fx.fire(pi.getId(), UnitReportProcess.TIMER_ESCALATION);
        assertThat(pi).hasPassed("EndEvent_NoEscalationNeeded").hasNotPassed(UnitReportProcess.TASK_ESCALATE_MISSING);
        assertThat(fx.report(reportId).isEscalated()).isFalse();
    }

    @Test
    void shouldWriteTheFormSectionsToTheReportAndDropThemFromTheProcess() {
        clock("2066-02-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2066, "Báo cáo qua Tasklist", LocalDate.of(2066, 2, 20), "khcn");
        ProcessInstance pi = fx.unitReport(cycle, "khcn");
        long reportId = fx.report(cycle, "khcn").getId();

        fx.complete(pi, UnitReportProcess.TASK_WRITE, "results", "Hoàn thành 5/5 nhiệm vụ", "shortcomings", "",
                "nextTasks", "Số hoá hồ sơ", "proposals", "Tăng kinh phí");
        assertThat(pi).isWaitingAt(UnitReportProcess.TASK_SIGN);
        UnitReport report = fx.report(reportId);
        assertThat(report.getResults()).isEqualTo("Hoàn thành 5/5 nhiệm vụ");
        assertThat(report.getNextTasks()).isEqualTo("Số hoá hồ sơ");
        assertThat(report.getProposals()).isEqualTo("Tăng kinh phí");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.WAITING_HEAD);
        assertThat(report.getSentToHeadAt()).isNotNull();
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("results", "shortcomings", "nextTasks",
                "proposals");
    }

    @Test
    void shouldRefuseAFormSectionLongerThanTheLimitAndChangeNothing() {
        clock("2066-03-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2066, "Báo cáo qua Tasklist quá dài", LocalDate.of(2066, 3, 20), "pc");
        ProcessInstance pi = fx.unitReport(cycle, "pc");
        long reportId = fx.report(cycle, "pc").getId();

        // the same rule as the report page, with the person's message; nothing stored (the engine wraps a
        // listener's refusal in its own exception)
        String tooLong = "x".repeat(UnitReport.SECTION_MAX + 1);
        assertThatThrownBy(() -> fx.complete(pi, UnitReportProcess.TASK_WRITE, "results", tooLong, "nextTasks",
                "Số hoá hồ sơ")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Mục \"Kết quả đạt được\" dài quá " + UnitReport.SECTION_MAX + " ký tự.");
        assertThat(pi).isWaitingAt(UnitReportProcess.TASK_WRITE);
        UnitReport report = fx.report(reportId);
        assertThat(report.getResults()).isNull();
        assertThat(report.getStatus()).isEqualTo(ReportStatus.NOT_STARTED);
    }

    @Test
    void shouldRefuseToSendAnIncompleteReport() {
        clock("2067-02-01T09:00:00");
        ReportingCycle cycle = fx.adHoc(2067, "Báo cáo chưa đủ nội dung", LocalDate.of(2067, 2, 20), "pc");
        ProcessInstance pi = fx.unitReport(cycle, "pc");
        long reportId = fx.report(cycle, "pc").getId();

        assertThatThrownBy(() -> workflow.sendToHead(reportId, "staff-pc")).isInstanceOf(ReportingRefusedException.class)
                .extracting(e -> ((ReportingRefusedException) e).messageKey()).isEqualTo("reporting.report.incomplete");
        Task write = task(UnitReportProcess.TASK_WRITE, pi);
        assertThatThrownBy(() -> taskService.complete(write.getId(), withVariables("results", "Chỉ có kết quả",
                "nextTasks", " "))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("nhiệm vụ kỳ tới");
        assertThat(pi).isWaitingAt(UnitReportProcess.TASK_WRITE);
        UnitReport report = fx.report(reportId);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.NOT_STARTED);
        assertThat(report.getResults()).isNull();
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("results");
    }
}
