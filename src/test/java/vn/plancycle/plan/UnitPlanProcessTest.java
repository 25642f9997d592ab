package vn.plancycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.AsyncJobs;
import vn.plancycle.testsupport.PlanFixtures;
import vn.plancycle.testsupport.TestSmtp;

/**
 * Every path of {@code unit-plan}: approved first time, returned then approved, a plan that fails
 * the "rõ việc, rõ người, rõ thời hạn" check, a return without a comment, reminders, escalation,
 * duplicate submit. The job executor is off: async steps and timers are driven by hand.
 */
@AppTest
class UnitPlanProcessTest {

    /** The notification steps mail through real SMTP (the test profile's port). */
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

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance instance(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** Executes every asynchronous continuation of the instance (see {@link AsyncJobs}). */
    private void executeDueJobs(String processInstanceId) {
        AsyncJobs.executeDue(managementService, processInstanceId);
    }

    private String planStatus(String unit, int year) {
        return jdbc.queryForObject("SELECT p.status FROM plan p JOIN unit u ON p.unit_id = u.id WHERE u.code = ? AND p.\"year\" = ?",
                String.class, unit, year);
    }

    private long planId(String unit, int year) {
        return jdbc.queryForObject("SELECT p.id FROM plan p JOIN unit u ON p.unit_id = u.id WHERE u.code = ? AND p.\"year\" = ?",
                Long.class, unit, year);
    }

    private long inbox(String user, String template) {
        return jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE recipient = ? AND template = ?",
                Long.class, user, template);
    }

    @Test
    void shouldPublishPlanWhenHeadApprovesFirstTime() {
        String id = PlanFixtures.submitCompletePlan(rest, "pc", 2031);
        ProcessInstance pi = instance(id);
        assertThat(pi).isWaitingAt(UnitPlanProcess.TASK_APPROVE).hasPassed(UnitPlanProcess.TASK_DRAFT,
                UnitPlanProcess.TASK_VALIDATE);
        assertThat(pi).hasBusinessKey("PLAN-PC-2031");
        assertThat(task(UnitPlanProcess.TASK_APPROVE, pi)).hasCandidateGroup("unit-pc-head");
        assertThat(planStatus("pc", 2031)).isEqualTo("SUBMITTED");
        executeDueJobs(id);
        assertThat(inbox("head-pc", "plan-submitted")).isGreaterThanOrEqualTo(1);

        Task approve = task(UnitPlanProcess.TASK_APPROVE, pi);
        assertThat(formService.getDeployedTaskForm(approve.getId())).isNotNull();
        taskService.complete(approve.getId(), withVariables("decision", "approved", "comment", ""));
        executeDueJobs(id);

        assertThat(pi).hasPassed(UnitPlanProcess.TASK_SCORE_ISSUED, UnitPlanProcess.TASK_PUBLISH,
                UnitPlanProcess.TASK_START_TASKS, UnitPlanProcess.TASK_NOTIFY_APPROVED, UnitPlanProcess.TASK_NOTIFY_PUBLISHED)
                .hasNotPassed(UnitPlanProcess.TASK_RECORD_RETURN).isEnded();
        assertThat(planStatus("pc", 2031)).isEqualTo("PUBLISHED");
        assertThat(inbox("reviewer", "plan-published")).isGreaterThanOrEqualTo(1);
        // every task of the published plan is handed to its owner: one plan-task instance each
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("plan-task")
                .variableValueEquals("planId", planId("pc", 2031)).count()).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM score_entry WHERE unit_code = 'pc' AND \"year\" = 2031 "
                + "AND criterion = 'plan-issued-on-time'", Long.class)).isEqualTo(1);
    }

    @Test
    void shouldReturnPlanToDraftingWithTheCommentWhenHeadReturns() {
        String id = PlanFixtures.submitCompletePlan(rest, "pc", 2032);
        ProcessInstance pi = instance(id);
        Task approve = task(UnitPlanProcess.TASK_APPROVE, pi);
        taskService.complete(approve.getId(), withVariables("decision", "returned",
                "comment", "Bổ sung sản phẩm cụ thể cho nhiệm vụ đào tạo"));
        executeDueJobs(id);

        assertThat(pi).isWaitingAt(UnitPlanProcess.TASK_DRAFT).hasPassed(UnitPlanProcess.TASK_RECORD_RETURN,
                UnitPlanProcess.TASK_NOTIFY_RETURNED);
        assertThat(task(UnitPlanProcess.TASK_DRAFT, pi)).hasCandidateGroup("unit-pc-staff");
        assertThat(planStatus("pc", 2032)).isEqualTo("RETURNED");
        assertThat(jdbc.queryForObject("SELECT p.return_comment FROM plan p JOIN unit u ON p.unit_id = u.id "
                + "WHERE u.code = 'pc' AND p.\"year\" = 2032", String.class)).contains("đào tạo");
        assertThat(inbox("staff-pc", "plan-returned")).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT body FROM inbox_message WHERE recipient = 'staff-pc' "
                + "AND template = 'plan-returned' ORDER BY id DESC LIMIT 1", String.class))
                .contains("Bổ sung sản phẩm cụ thể cho nhiệm vụ đào tạo");
        // the next approval form must not open with this round's return already chosen
        assertThat(runtimeService.getVariable(id, "decision")).isNull();
        assertThat(runtimeService.getVariable(id, "comment")).isNull();

        // the drafter fixes the plan and sends it again; the head approves
        assertThat(PlanFixtures.submit(rest, "staff-pc", "pc", 2032)).isEqualTo(id);
        assertThat(pi).isWaitingAt(UnitPlanProcess.TASK_APPROVE);
        taskService.complete(task(UnitPlanProcess.TASK_APPROVE, pi).getId(),
                withVariables("decision", "approved", "comment", ""));
        executeDueJobs(id);
        assertThat(pi).isEnded();
        assertThat(planStatus("pc", 2032)).isEqualTo("PUBLISHED");
    }

    @Test
    void shouldRefuseAReturnWithoutComment() {
        String id = PlanFixtures.submitCompletePlan(rest, "pc", 2033);
        Task approve = task(UnitPlanProcess.TASK_APPROVE, instance(id));
        assertThatThrownBy(() -> taskService.complete(approve.getId(), withVariables("decision", "returned", "comment", " ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ý kiến");
        assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Phê duyệt hoặc Trả lại");
        assertThat(instance(id)).isWaitingAt(UnitPlanProcess.TASK_APPROVE);
    }

    @Test
    void shouldAnswerABadDecisionFromTasklistWithA400InVietnamese() {
        String id = PlanFixtures.submitCompletePlan(rest, "pc", 2036);
        Task approve = task(UnitPlanProcess.TASK_APPROVE, instance(id));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String noComment = "{\"variables\":{\"decision\":{\"value\":\"returned\"},\"comment\":{\"value\":\"  \"}}}";
        for (String action : List.of("complete", "submit-form")) {
            ResponseEntity<String> refused = rest.withBasicAuth("head-pc", "demo").postForEntity(
                    "/engine-rest/task/" + approve.getId() + "/" + action, new HttpEntity<>(noComment, headers),
                    String.class);
            assertThat(refused.getStatusCode()).as(action).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(action).contains("Khi trả lại phải ghi ý kiến");
        }
        ResponseEntity<String> undecided = rest.withBasicAuth("head-pc", "demo").postForEntity(
                "/engine-rest/task/" + approve.getId() + "/complete", new HttpEntity<>("{}", headers), String.class);
        assertThat(undecided.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(instance(id)).isWaitingAt(UnitPlanProcess.TASK_APPROVE);

        String withComment = "{\"variables\":{\"decision\":{\"value\":\"returned\"},"
                + "\"comment\":{\"value\":\"Bổ sung sản phẩm cho nhiệm vụ 2\"}}}";
        ResponseEntity<String> returned = rest.withBasicAuth("head-pc", "demo").postForEntity(
                "/engine-rest/task/" + approve.getId() + "/complete", new HttpEntity<>(withComment, headers),
                String.class);
        assertThat(returned.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(instance(id)).isWaitingAt(UnitPlanProcess.TASK_DRAFT);
        assertThat(planStatus("pc", 2036)).isEqualTo("RETURNED");
    }

    @Test
    void shouldSendAnInvalidPlanBackToDraftingFromTasklist() {
        // a draft missing a mandatory group and a deliverable, completed from Tasklist
        List<Map<String, Object>> tasks = List.of(
                PlanFixtures.task("Tuyên truyền Quyết định 970", "AWARENESS", "", "staff-pc", "2034-03-01"));
        assertThat(PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2034, tasks).getStatusCode().is2xxSuccessful()).isTrue();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(UnitPlanProcess.businessKey("pc", 2034)).singleResult();
        assertThat(pi).isWaitingAt(UnitPlanProcess.TASK_DRAFT);
        assertThat(formService.getDeployedTaskForm(task(UnitPlanProcess.TASK_DRAFT, pi).getId())).isNotNull();
        taskService.complete(task(UnitPlanProcess.TASK_DRAFT, pi).getId());

        assertThat(pi).hasPassed(UnitPlanProcess.TASK_VALIDATE).isWaitingAt(UnitPlanProcess.TASK_DRAFT)
                .hasNotPassed(UnitPlanProcess.TASK_APPROVE);
        assertThat(pi).variables().containsEntry(UnitPlanProcess.VAR_PLAN_VALID, false);
        assertThat((String) runtimeService.getVariable(pi.getId(), UnitPlanProcess.VAR_PROBLEMS)).isNotBlank();
        executeDueJobs(pi.getId());
        assertThat(pi).hasPassed(UnitPlanProcess.TASK_NOTIFY_INVALID);
        assertThat(planStatus("pc", 2034)).isEqualTo("DRAFT");
    }

    @Test
    void shouldRemindTheHeadEveryThreeDaysWhileApprovalWaits() {
        String id = PlanFixtures.submitCompletePlan(rest, "pc", 2035);
        executeDueJobs(id);
        long before = inbox("head-pc", "plan-approval-reminder");
        Job reminder = managementService.createJobQuery().processInstanceId(id)
                .activityId(UnitPlanProcess.TIMER_REMINDER).singleResult();
        assertThat(reminder).isNotNull();
        assertThat(reminder.getDuedate()).isAfter(new Date(System.currentTimeMillis() + 2 * 86_400_000L));

        for (int round = 1; round <= 2; round++) {
            Job timer = managementService.createJobQuery().processInstanceId(id)
                    .activityId(UnitPlanProcess.TIMER_REMINDER).singleResult();
            ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
            managementService.executeJob(timer.getId());
            executeDueJobs(id);
            assertThat(inbox("head-pc", "plan-approval-reminder")).isEqualTo(before + round);
        }
        assertThat(instance(id)).isWaitingAt(UnitPlanProcess.TASK_APPROVE).hasPassed(UnitPlanProcess.TASK_REMIND_HEAD);
    }

    @Test
    void shouldEscalateToLeadersWhenThePlanIsNotApprovedByTheDeadline() {
        String id = PlanFixtures.submitCompletePlan(rest, "pc", 2036);
        executeDueJobs(id);
        Job deadline = managementService.createJobQuery().processInstanceId(id)
                .activityId(UnitPlanProcess.TIMER_ESCALATION).singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2036, 1, 31, 23, 59, 59)
                .atZone(ZoneId.systemDefault()).toInstant()));
        long before = inbox("leader", "plan-escalated");
        ClockUtil.setCurrentTime(new Date(deadline.getDuedate().getTime() + 1000));
        managementService.executeJob(deadline.getId());
        executeDueJobs(id);
        assertThat(instance(id)).hasPassed(UnitPlanProcess.TASK_ESCALATE).isWaitingAt(UnitPlanProcess.TASK_APPROVE);
        assertThat(inbox("leader", "plan-escalated")).isEqualTo(before + 1);
    }

    @Test
    void shouldReturnTheRunningInstanceWhenSubmittedTwice() {
        String first = PlanFixtures.submitCompletePlan(rest, "pc", 2037);
        String second = PlanFixtures.submit(rest, "staff-pc", "pc", 2037);
        assertThat(second).isEqualTo(first);
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(UnitPlanProcess.businessKey("pc", 2037)).count()).isEqualTo(1);
        assertThat(instance(first)).isWaitingAt(UnitPlanProcess.TASK_APPROVE);
    }
}
