package vn.plancycle.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.plancycle.execution.PlanTaskFixtures.clock;
import static vn.plancycle.execution.PlanTaskFixtures.date;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.TestSmtp;

/**
 * Every path of {@code plan-task}, with the score entries each produces (DOMAIN §4). Unit {@code cds},
 * years 2050–2055; the first task of the plan (due 15 February, owner staff-cds) is driven. PlanFixtures'
 * plan has 6 tasks, so a task is worth 70 / 6 = 11.67 points, a delay or a return 25 % of that = 2.92.
 * The job executor is off: notifications and timers run by hand, the clock moved with ClockUtil.
 */
@AppTest
class PlanTaskProcessTest {

    static final BigDecimal TASK_POINTS = new BigDecimal("11.67");
    static final BigDecimal LATE_POINTS = new BigDecimal("8.75");
    static final BigDecimal RETURN_DEDUCTION = new BigDecimal("-2.92");

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
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    PlanTaskFixtures fx;

    @BeforeEach
    void setUp() {
        init(engine);
        fx = new PlanTaskFixtures(rest, runtimeService, taskService, managementService, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Publishes cds's plan of the year; returns the first task's id. */
    private long firstTask(int year) {
        fx.publishPlan("cds", year);
        return fx.taskId("cds", year, 1);
    }

    private ResponseEntity<Map> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + path, body, Map.class);
    }

    private void reportDone(long taskId) {
        assertThat(post("staff-cds", taskId + "/done", null).getStatusCode().is2xxSuccessful()).isTrue();
    }

    private String status(long taskId) {
        Map<?, ?> task = (Map<?, ?>) rest.withBasicAuth("head-cds", "demo").getForObject("/api/tasks/" + taskId,
                Map.class).get("task");
        return (String) task.get("status");
    }

    private void decide(ProcessInstance pi, String taskKey, String decision, String comment) {
        taskService.complete(task(taskKey, pi).getId(), withVariables("decision", decision, "comment", comment));
        fx.executeDueJobs(pi.getId());
    }

    @Test
    void shouldScoreFullPointsWhenAcceptedOnTime() {
        long taskId = firstTask(2050);
        ProcessInstance pi = fx.instance(taskId);
        assertThat(pi).hasBusinessKey("TASK-" + taskId).isWaitingAt(PlanTaskProcess.TASK_CARRY_OUT)
                .hasPassed(PlanTaskProcess.TASK_NOTIFY_ASSIGNED, PlanTaskProcess.TASK_SCHEDULE);
        Task carryOut = task(PlanTaskProcess.TASK_CARRY_OUT, pi);
        assertThat(carryOut).isAssignedTo("staff-cds");
        assertThat(taskService.getIdentityLinksForTask(carryOut.getId())).anyMatch(link ->
                "candidate".equals(link.getType()) && "unit-cds-staff".equals(link.getGroupId()));
        assertThat(formService.getDeployedTaskForm(carryOut.getId())).isNotNull();
        assertThat(status(taskId)).isEqualTo("NOT_STARTED");

        clock("2050-02-01T10:00:00");
        assertThat(post("staff-cds", taskId + "/progress", Map.of("percent", 60, "note", "Đã tổ chức 2 hội nghị"))
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(status(taskId)).isEqualTo("IN_PROGRESS");
        clock("2050-02-10T10:00:00");
        reportDone(taskId);
        fx.executeDueJobs(pi.getId());
        assertThat(pi).isWaitingAt(PlanTaskProcess.TASK_ACCEPT).hasPassed(PlanTaskProcess.TASK_RECORD_REPORTED,
                PlanTaskProcess.TASK_NOTIFY_REPORTED);
        Task accept = task(PlanTaskProcess.TASK_ACCEPT, pi);
        assertThat(accept).hasCandidateGroup("unit-cds-head");
        assertThat(formService.getDeployedTaskForm(accept.getId())).isNotNull();
        // the reminders of the carry-out step are gone with it
        assertThat(fx.timer(pi.getId(), PlanTaskProcess.TIMER_OVERDUE)).isNull();

        decide(pi, PlanTaskProcess.TASK_ACCEPT, "approved", "");
        assertThat(pi).hasPassed(PlanTaskProcess.TASK_RECORD_ACCEPTED, PlanTaskProcess.TASK_SCORE_RESULT,
                PlanTaskProcess.TASK_NOTIFY_ACCEPTED).hasNotPassed(PlanTaskProcess.TASK_RECORD_RETURN).isEnded();
        assertThat(status(taskId)).isEqualTo("DONE_ON_TIME");
        assertThat(fx.score(taskId, "task-result")).containsEntry("points", TASK_POINTS)
                .containsEntry("max_points", TASK_POINTS);
        assertThat(fx.scoreCount(taskId)).isEqualTo(1);
        assertThat(fx.execution(taskId)).containsEntry("stage", "ACCEPTED");
    }

    @Test
    void shouldDeductAQuarterWhenAcceptedLate() {
        long taskId = firstTask(2051);
        ProcessInstance pi = fx.instance(taskId);
        clock("2051-02-20T10:00:00");
        assertThat(status(taskId)).isEqualTo("OVERDUE");
        reportDone(taskId);
        fx.executeDueJobs(pi.getId());
        assertThat(status(taskId)).isEqualTo("OVERDUE"); // reported late, waiting for the head
        decide(pi, PlanTaskProcess.TASK_ACCEPT, "approved", "");
        assertThat(pi).isEnded();
        assertThat(status(taskId)).isEqualTo("DONE_LATE");
        // 11.67 − 25 % × 11.67 = 8.75 of 11.67
        assertThat(fx.score(taskId, "task-result")).containsEntry("points", LATE_POINTS)
                .containsEntry("max_points", TASK_POINTS);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void shouldSendTheResultBackWithACommentAndDeductForTheReturn() {
        long taskId = firstTask(2052);
        ProcessInstance pi = fx.instance(taskId);
        clock("2052-02-10T10:00:00");
        reportDone(taskId);
        fx.executeDueJobs(pi.getId());
        Task accept = task(PlanTaskProcess.TASK_ACCEPT, pi);
        assertThatThrownBy(() -> taskService.complete(accept.getId(), withVariables("decision", "returned",
                "comment", " "))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("ý kiến");
        long before = fx.inbox("staff-cds", "task-returned");

        decide(pi, PlanTaskProcess.TASK_ACCEPT, "returned", "Bổ sung biên bản hội nghị");
        assertThat(pi).isWaitingAt(PlanTaskProcess.TASK_CARRY_OUT).hasPassed(PlanTaskProcess.TASK_RECORD_RETURN,
                PlanTaskProcess.TASK_SCORE_RETURN, PlanTaskProcess.TASK_NOTIFY_RETURNED);
        assertThat(task(PlanTaskProcess.TASK_CARRY_OUT, pi)).isAssignedTo("staff-cds");
        assertThat(fx.inbox("staff-cds", "task-returned")).isEqualTo(before + 1);
        assertThat(fx.execution(taskId)).containsEntry("return_count", 1).containsEntry("stage", "WORKING")
                .containsEntry("last_return_comment", "Bổ sung biên bản hội nghị");
        assertThat(fx.score(taskId, "task-returned")).containsEntry("points", RETURN_DEDUCTION)
                .containsEntry("max_points", null);
        // the decision is not left filled in for the next round
        assertThat(runtimeService.getVariable(pi.getId(), "decision")).isNull();

        clock("2052-02-12T10:00:00");
        reportDone(taskId);
        fx.executeDueJobs(pi.getId());
        decide(pi, PlanTaskProcess.TASK_ACCEPT, "approved", "");
        assertThat(pi).isEnded();
        assertThat(status(taskId)).isEqualTo("DONE_ON_TIME");
        // 11.67 for the result, −2.92 for the return: 8.75 in all
        assertThat(fx.score(taskId, "task-result")).containsEntry("points", TASK_POINTS);
        assertThat(jdbc.queryForObject("SELECT sum(points) FROM score_entry WHERE subject_type = 'task' "
                + "AND subject_id = ?", BigDecimal.class, String.valueOf(taskId))).isEqualByComparingTo(LATE_POINTS);
    }

    @Test
    void shouldRemindBeforeTheDeadlineThenNoticeRepeatAndEscalateWhenOverdue() {
        long taskId = firstTask(2053);
        ProcessInstance pi = fx.instance(taskId);
        String id = pi.getId();
        // 15/02/2053: reminders 7 days and 1 day before, notice the day after, weekly repeat, escalation after 30 days
        assertThat(fx.timer(id, PlanTaskProcess.TIMER_FIRST_REMINDER).getDuedate()).isEqualTo(date("2053-02-08T08:00:00"));
        assertThat(fx.timer(id, PlanTaskProcess.TIMER_LAST_REMINDER).getDuedate()).isEqualTo(date("2053-02-14T08:00:00"));
        assertThat(fx.timer(id, PlanTaskProcess.TIMER_OVERDUE).getDuedate()).isEqualTo(date("2053-02-16T08:00:00"));
        assertThat(fx.timer(id, PlanTaskProcess.TIMER_OVERDUE_REPEAT).getDuedate()).isEqualTo(date("2053-02-23T08:00:00"));
        assertThat(fx.timer(id, PlanTaskProcess.TIMER_ESCALATION).getDuedate()).isEqualTo(date("2053-03-17T08:00:00"));

        long reminders = fx.inbox("staff-cds", "task-reminder");
        fx.fire(id, PlanTaskProcess.TIMER_FIRST_REMINDER);
        fx.fire(id, PlanTaskProcess.TIMER_LAST_REMINDER);
        assertThat(fx.inbox("staff-cds", "task-reminder")).isEqualTo(reminders + 2);
        assertThat(pi).hasPassed(PlanTaskProcess.TASK_REMIND_FIRST, PlanTaskProcess.TASK_REMIND_LAST);

        long ownerNotices = fx.inbox("staff-cds", "task-overdue");
        long headNotices = fx.inbox("head-cds", "task-overdue");
        fx.fire(id, PlanTaskProcess.TIMER_OVERDUE);
        assertThat(fx.inbox("staff-cds", "task-overdue")).isEqualTo(ownerNotices + 1);
        assertThat(fx.inbox("head-cds", "task-overdue")).isEqualTo(headNotices + 1);
        assertThat(status(taskId)).isEqualTo("OVERDUE");

        fx.fire(id, PlanTaskProcess.TIMER_OVERDUE_REPEAT);
        assertThat(fx.inbox("staff-cds", "task-overdue")).isEqualTo(ownerNotices + 2);
        assertThat(fx.timer(id, PlanTaskProcess.TIMER_OVERDUE_REPEAT).getDuedate()).isEqualTo(date("2053-03-02T08:00:00"));
        fx.fire(id, PlanTaskProcess.TIMER_OVERDUE_REPEAT);
        assertThat(fx.inbox("head-cds", "task-overdue")).isEqualTo(headNotices + 3);

        long escalations = fx.inbox("reviewer", "task-escalated");
        fx.fire(id, PlanTaskProcess.TIMER_ESCALATION);
        assertThat(fx.inbox("reviewer", "task-escalated")).isEqualTo(escalations + 1);
        assertThat(pi).hasPassed(PlanTaskProcess.TASK_NOTIFY_OVERDUE, PlanTaskProcess.TASK_REPEAT_OVERDUE,
                PlanTaskProcess.TASK_ESCALATE).isWaitingAt(PlanTaskProcess.TASK_CARRY_OUT);
    }

    @Test
    void shouldMoveTheDeadlineAndTheTimersWhenTheHeadGrantsAnExtension() {
        long taskId = firstTask(2054);
        ProcessInstance pi = fx.instance(taskId);
        clock("2054-02-10T10:00:00");
        assertThat(post("staff-cds", taskId + "/progress", Map.of("percent", 40)).getStatusCode().is2xxSuccessful())
                .isTrue();
        ResponseEntity<Map> asked = post("staff-cds", taskId + "/extension",
                Map.of("newDueDate", "2054-03-15", "reason", "Chờ số liệu của Bộ Nội vụ"));
        assertThat(asked.getStatusCode().value()).isEqualTo(201);
        assertThat(pi).isWaitingAt(PlanTaskProcess.TASK_DECIDE_EXTENSION, PlanTaskProcess.TASK_CARRY_OUT);
        // Tasklist shows the deadline as the carry-out task's due date (and its "Quá hạn" filter uses it)
        assertThat(task(PlanTaskProcess.TASK_CARRY_OUT, pi).getDueDate()).isEqualTo(date("2054-02-15T23:59:00"));
        Task decide = task(PlanTaskProcess.TASK_DECIDE_EXTENSION, pi);
        assertThat(decide).hasCandidateGroup("unit-cds-head");
        assertThat(formService.getDeployedTaskForm(decide.getId())).isNotNull();
        // a second request while one waits is refused
        assertThat(post("staff-cds", taskId + "/extension", Map.of("newDueDate", "2054-03-20", "reason", "x"))
                .getStatusCode().value()).isEqualTo(409);

        long before = fx.inbox("staff-cds", "task-extension-granted");
        decide(pi, PlanTaskProcess.TASK_DECIDE_EXTENSION, "approved", "");
        assertThat(pi).hasPassed(PlanTaskProcess.TASK_GRANT_EXTENSION, PlanTaskProcess.TASK_NOTIFY_EXTENSION_GRANTED,
                PlanTaskProcess.BOUNDARY_DEADLINE_MOVED).isWaitingAt(PlanTaskProcess.TASK_CARRY_OUT);
        assertThat(fx.inbox("staff-cds", "task-extension-granted")).isEqualTo(before + 1);
        assertThat(fx.execution(taskId)).containsEntry("original_due_date", Date.valueOf(LocalDate.of(2054, 2, 15)))
                .containsEntry("current_due_date", Date.valueOf(LocalDate.of(2054, 3, 15)));
        assertThat(jdbc.queryForObject("SELECT decision FROM task_extension WHERE plan_task_id = ?", String.class,
                taskId)).isEqualTo("GRANTED");
        // the timers and the task's due date follow the new deadline
        assertThat(task(PlanTaskProcess.TASK_CARRY_OUT, pi).getDueDate()).isEqualTo(date("2054-03-15T23:59:00"));
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(PlanTaskProcess.TIMER_OVERDUE).count()).isEqualTo(1);
        assertThat(fx.timer(pi.getId(), PlanTaskProcess.TIMER_OVERDUE).getDuedate()).isEqualTo(date("2054-03-16T08:00:00"));
        assertThat(fx.timer(pi.getId(), PlanTaskProcess.TIMER_FIRST_REMINDER).getDuedate())
                .isEqualTo(date("2054-03-08T08:00:00"));

        // done after the original deadline but before the new one: an excused delay is not a delay
        clock("2054-03-01T10:00:00");
        assertThat(status(taskId)).isEqualTo("IN_PROGRESS");
        reportDone(taskId);
        fx.executeDueJobs(pi.getId());
        decide(pi, PlanTaskProcess.TASK_ACCEPT, "approved", "");
        assertThat(pi).isEnded();
        assertThat(status(taskId)).isEqualTo("DONE_ON_TIME");
        assertThat(fx.score(taskId, "task-result")).containsEntry("points", TASK_POINTS);
    }

    @Test
    void shouldKeepTheDeadlineWhenTheHeadRefusesAnExtension() {
        long taskId = firstTask(2055);
        ProcessInstance pi = fx.instance(taskId);
        java.util.Date overdueBefore = fx.timer(pi.getId(), PlanTaskProcess.TIMER_OVERDUE).getDuedate();
        clock("2055-02-10T10:00:00");
        assertThat(post("staff-cds", taskId + "/extension",
                Map.of("newDueDate", "2055-04-01", "reason", "Thiếu kinh phí")).getStatusCode().value()).isEqualTo(201);
        Task decide = task(PlanTaskProcess.TASK_DECIDE_EXTENSION, pi);
        assertThatThrownBy(() -> taskService.complete(decide.getId(), withVariables("decision", "returned")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ý kiến");

        long before = fx.inbox("staff-cds", "task-extension-refused");
        decide(pi, PlanTaskProcess.TASK_DECIDE_EXTENSION, "returned", "Đề nghị bố trí lại nhân lực để kịp tiến độ");
        assertThat(pi).hasPassed(PlanTaskProcess.TASK_REFUSE_EXTENSION, PlanTaskProcess.TASK_NOTIFY_EXTENSION_REFUSED)
                .hasNotPassed(PlanTaskProcess.TASK_GRANT_EXTENSION).isWaitingAt(PlanTaskProcess.TASK_CARRY_OUT);
        assertThat(fx.inbox("staff-cds", "task-extension-refused")).isEqualTo(before + 1);
        assertThat(fx.execution(taskId)).containsEntry("current_due_date", Date.valueOf(LocalDate.of(2055, 2, 15)));
        assertThat(jdbc.queryForMap("SELECT decision, decision_comment FROM task_extension WHERE plan_task_id = ?",
                taskId)).containsEntry("decision", "REFUSED")
                .containsEntry("decision_comment", "Đề nghị bố trí lại nhân lực để kịp tiến độ");
        assertThat(fx.timer(pi.getId(), PlanTaskProcess.TIMER_OVERDUE).getDuedate()).isEqualTo(overdueBefore);
        assertThat(fx.scoreCount(taskId)).isZero();
    }

    @Test
    void shouldStartEachTaskOnlyOnce() {
        fx.publishPlan("cds", 2057);
        long planId = jdbc.queryForObject("SELECT p.id FROM plan p JOIN unit u ON p.unit_id = u.id "
                + "WHERE u.code = 'cds' AND p.\"year\" = 2057", Long.class);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .variableValueEquals(PlanTaskProcess.VAR_PLAN_ID, planId).count()).isEqualTo(6);
        assertThat(engineStartAgain(planId)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .variableValueEquals(PlanTaskProcess.VAR_PLAN_ID, planId).count()).isEqualTo(6);
    }

    @Autowired
    PlanTaskWorkflow workflow;

    private int engineStartAgain(long planId) {
        return workflow.startAll(planId);
    }
}
