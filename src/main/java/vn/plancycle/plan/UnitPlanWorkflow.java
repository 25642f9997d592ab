package vn.plancycle.plan;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.system.ProcessSettings;

/**
 * Starts and moves the {@code unit-plan} process: one instance per unit and year (business key
 * {@code PLAN-{UNIT}-{YEAR}}), whichever page or API asks. Callers lock the plan row first
 * ({@code PlanRepository.findByIdForUpdate}) so that two concurrent submits cannot start two instances.
 */
@Service
public class UnitPlanWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProcessSettings settings;

    public UnitPlanWorkflow(RuntimeService runtimeService, TaskService taskService, ProcessSettings settings) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.settings = settings;
    }

    /** The running instance for the unit and year, or a new one waiting at drafting. */
    @Transactional
    public ProcessInstance ensureStarted(String unitCode, int year, long planId) {
        String businessKey = UnitPlanProcess.businessKey(unitCode, year);
        ProcessInstance running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(UnitPlanProcess.KEY).processInstanceBusinessKey(businessKey).active()
                .singleResult();
        if (running != null) {
            return running;
        }
        return runtimeService.startProcessInstanceByKey(UnitPlanProcess.KEY, businessKey, Map.of(
                UnitPlanProcess.VAR_UNIT, unitCode,
                UnitPlanProcess.VAR_YEAR, year,
                UnitPlanProcess.VAR_PLAN_ID, planId,
                UnitPlanProcess.VAR_ESCALATION_DATE, settings.planApprovalDeadlineOf(year)));
    }

    /**
     * Sends the draft on: completes the waiting drafting task (starting the process if needed).
     * When the plan is already past drafting, returns the running instance unchanged.
     */
    @Transactional
    public ProcessInstance submit(String unitCode, int year, long planId) {
        ProcessInstance instance = ensureStarted(unitCode, year, planId);
        Task draft = draftTask(instance.getId());
        if (draft != null) {
            taskService.complete(draft.getId());
        }
        return instance;
    }

    /** The drafting task waiting in the instance, if the plan is being drafted. */
    public Task draftTask(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(UnitPlanProcess.TASK_DRAFT).singleResult();
    }

    /** Where the unit's plan process stands: the running instance, or null. */
    public ProcessInstance running(String unitCode, int year) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitPlanProcess.KEY)
                .processInstanceBusinessKey(UnitPlanProcess.businessKey(unitCode, year)).singleResult();
    }
}
