package vn.plancycle.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Giao nhiệm vụ cho người chủ trì" of {@code unit-plan}: one {@code plan-task} per task of the
 * published plan (variable {@code planId}); tasks that already have one are skipped.
 */
@Component("startPlanTasksDelegate")
public class StartPlanTasksDelegate implements JavaDelegate {

    private final PlanTaskWorkflow workflow;

    public StartPlanTasksDelegate(PlanTaskWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workflow.startAll(((Number) execution.getVariable(PlanTaskProcess.VAR_PLAN_ID)).longValue());
    }
}
