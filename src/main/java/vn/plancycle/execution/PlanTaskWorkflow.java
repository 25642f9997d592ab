package vn.plancycle.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.plan.Plan;
import vn.plancycle.plan.PlanDirectory;
import vn.plancycle.plan.PlanTask;

/**
 * Starts and moves {@code plan-task} instances: one per task of a published plan (business key
 * {@code TASK-{id}}), started once — a task that has (or had) an instance is skipped.
 */
@Service
public class PlanTaskWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final PlanTaskLookup planTasks;
    private final TaskExecutionRepository executions;
    private final PlanDirectory directory;

    public PlanTaskWorkflow(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
            PlanTaskLookup planTasks, TaskExecutionRepository executions, PlanDirectory directory) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.planTasks = planTasks;
        this.executions = executions;
        this.directory = directory;
    }

    /** Starts one {@code plan-task} per task of the plan that has none yet; returns how many were started. */
    @Transactional
    public int startAll(long planId) {
        List<PlanTask> tasks = planTasks.findByPlan(planId);
        if (tasks.isEmpty()) {
            return 0;
        }
        Plan plan = tasks.get(0).getPlan();
        String unitCode = directory.units(List.of(plan.getUnitId())).get(plan.getUnitId()).code();
        int started = 0;
        for (PlanTask task : tasks) {
            if (start(task, plan, unitCode, tasks.size())) {
                started++;
            }
        }
        return started;
    }

    private boolean start(PlanTask task, Plan plan, String unitCode, int taskCount) {
        String businessKey = PlanTaskProcess.businessKey(task.getId());
        long existing = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PlanTaskProcess.KEY).processInstanceBusinessKey(businessKey).count();
        if (existing > 0) {
            return false;
        }
        if (!executions.existsById(task.getId())) {
            executions.save(new TaskExecution(task.getId(), plan.getId(), unitCode, plan.getYear(), task.getDueDate()));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(PlanTaskProcess.VAR_UNIT, unitCode);
        variables.put(PlanTaskProcess.VAR_YEAR, plan.getYear());
        variables.put(PlanTaskProcess.VAR_PLAN_ID, plan.getId());
        variables.put(PlanTaskProcess.VAR_TASK_ID, task.getId());
        variables.put(PlanTaskProcess.VAR_TASK_COUNT, taskCount);
        variables.put(PlanTaskProcess.VAR_OWNER, task.getOwnerUsername());
        variables.put(PlanTaskProcess.VAR_TITLE, task.getTitle());
        runtimeService.startProcessInstanceByKey(PlanTaskProcess.KEY, businessKey, variables);
        return true;
    }

    /** The owner's carry-out step waiting for the task, or null. */
    public Task carryOutTask(long planTaskId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(PlanTaskProcess.businessKey(planTaskId))
                .taskDefinitionKey(PlanTaskProcess.TASK_CARRY_OUT).singleResult();
    }

    /** Completes the owner's step: the result goes to the head. False when the step is not waiting. */
    @Transactional
    public boolean completeCarryOut(long planTaskId) {
        Task task = carryOutTask(planTaskId);
        if (task == null) {
            return false;
        }
        taskService.complete(task.getId());
        return true;
    }

    /** Hands an extension request to the running instance. False when it cannot take one now. */
    @Transactional
    public boolean requestExtension(TaskExtension request) {
        try {
            runtimeService.createMessageCorrelation(PlanTaskProcess.MESSAGE_EXTENSION)
                    .processInstanceBusinessKey(PlanTaskProcess.businessKey(request.getPlanTaskId()))
                    .setVariable(PlanTaskProcess.VAR_EXTENSION_ID, request.getId())
                    .setVariable(PlanTaskProcess.VAR_REQUESTED_DATE, ExecutionService.display(request.getRequestedDate()))
                    .setVariable(PlanTaskProcess.VAR_EXTENSION_REASON, request.getReason())
                    .correlateWithResult();
            return true;
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return false;
        }
    }
}
