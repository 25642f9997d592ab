package vn.plancycle.execution;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.plan.UnitPlanProcess;
import vn.plancycle.testsupport.AsyncJobs;
import vn.plancycle.testsupport.PlanFixtures;

/** Publishes a plan through {@code unit-plan} and drives the {@code plan-task} instances of its tasks. */
final class PlanTaskFixtures {

    private final TestRestTemplate rest;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    PlanTaskFixtures(TestRestTemplate rest, RuntimeService runtimeService, TaskService taskService,
            ManagementService managementService, JdbcTemplate jdbc) {
        this.rest = rest;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** Drafts, submits and approves the unit's complete plan (PlanFixtures: 6 tasks) and starts its tasks. */
    void publishPlan(String unit, int year) {
        String id = PlanFixtures.submitCompletePlan(rest, unit, year);
        String approve = taskService.createTaskQuery().processInstanceId(id)
                .taskDefinitionKey(UnitPlanProcess.TASK_APPROVE).singleResult().getId();
        taskService.complete(approve, withVariables("decision", "approved", "comment", ""));
        executeDueJobs(id);
    }

    /** The id of the plan task at this position (1 = the first AWARENESS task, due {year}-02-15, owner staff-{unit}). */
    long taskId(String unit, int year, int position) {
        return jdbc.queryForObject("SELECT t.id FROM plan_task t JOIN plan p ON t.plan_id = p.id JOIN unit u "
                + "ON p.unit_id = u.id WHERE u.code = ? AND p.\"year\" = ? AND t.position = ?", Long.class, unit, year,
                position);
    }

    /** The task's running instance after its assignment notice went out (waiting at carry-out). */
    ProcessInstance instance(long taskId) {
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(PlanTaskProcess.businessKey(taskId)).singleResult();
        executeDueJobs(pi.getId());
        return pi;
    }

    /** Executes every asynchronous continuation of the instance (see {@link AsyncJobs}). */
    void executeDueJobs(String processInstanceId) {
        AsyncJobs.executeDue(managementService, processInstanceId);
    }

    Job timer(String processInstanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .singleResult();
    }

    /** Moves the clock just past the timer and fires it, then sends what it triggered. */
    void fire(String processInstanceId, String activityId) {
        Job timer = timer(processInstanceId, activityId);
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        managementService.executeJob(timer.getId());
        executeDueJobs(processInstanceId);
    }

    static void clock(String isoDateTime) {
        ClockUtil.setCurrentTime(date(isoDateTime));
    }

    static Date date(String isoDateTime) {
        return Date.from(LocalDateTime.parse(isoDateTime).atZone(ZoneId.systemDefault()).toInstant());
    }

    Map<String, Object> score(long taskId, String criterion) {
        return jdbc.queryForMap("SELECT points, max_points FROM score_entry WHERE subject_type = 'task' "
                + "AND subject_id = ? AND criterion = ?", String.valueOf(taskId), criterion);
    }

    long scoreCount(long taskId) {
        return jdbc.queryForObject("SELECT count(*) FROM score_entry WHERE subject_type = 'task' AND subject_id = ?",
                Long.class, String.valueOf(taskId));
    }

    long inbox(String user, String template) {
        return jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE recipient = ? AND template = ?",
                Long.class, user, template);
    }

    Map<String, Object> execution(long taskId) {
        return jdbc.queryForMap("SELECT * FROM task_execution WHERE plan_task_id = ?", taskId);
    }
}
