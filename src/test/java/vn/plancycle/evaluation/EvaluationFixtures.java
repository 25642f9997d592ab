package vn.plancycle.evaluation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import vn.plancycle.testsupport.AsyncJobs;

/** Drives evaluation instances in tests: jobs, tasks, timers and the engine clock. */
class EvaluationFixtures {

    final RuntimeService runtimeService;
    final TaskService taskService;
    final ManagementService managementService;
    final EvaluationRepository evaluations;
    final org.springframework.jdbc.core.JdbcTemplate jdbc;

    EvaluationFixtures(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            EvaluationRepository evaluations, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.evaluations = evaluations;
    }

    static void clock(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoDateTime).atZone(ZoneId.systemDefault()).toInstant()));
    }

    ProcessInstance instance(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    void jobs(String processInstanceId) {
        AsyncJobs.executeDue(managementService, processInstanceId);
    }

    Evaluation evaluation(String unit, int year) {
        return evaluations.findByUnitCodeAndYear(unit, year).orElseThrow();
    }

    List<Evaluation> ofYear(int year) {
        return evaluations.findByYearOrderByUnitCodeAsc(year);
    }

    Task task(String processInstanceId, String key) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    }

    void complete(String processInstanceId, String key, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        taskService.complete(task(processInstanceId, key).getId(), vars);
        jobs(processInstanceId);
    }

    void selfAssess(String pid, String proposed) {
        complete(pid, EvaluationProcess.TASK_SELF_ASSESS, "proposedClass", proposed, "explanation",
                "Hoàn thành đầy đủ các nhiệm vụ của kế hoạch năm", "evidence", "https://example.vn/bao-cao");
    }

    void appraise(String pid, String decision, String comment, String adjustment, String reason) {
        complete(pid, EvaluationProcess.TASK_APPRAISE, "decision", decision, "comment", comment, "adjustment",
                adjustment, "adjustmentReason", reason);
    }

    /** The timer job of the activity (boundary event id) in the instance. */
    Job timer(String processInstanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .singleResult();
    }

    void fire(String processInstanceId, String activityId) {
        managementService.executeJob(timer(processInstanceId, activityId).getId());
        jobs(processInstanceId);
    }

    /** Inbox messages of the template for the user (the notification delegate's in-app channel). */
    long inbox(String user, String template) {
        return jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE recipient = ? AND template = ?", Long.class,
                user, template);
    }
}
