package vn.plancycle.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Công khai kế hoạch": the approved plan appears on the public page. */
@Component("publishPlanDelegate")
public class PublishPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    public PublishPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(UnitPlanProcess.VAR_PLAN_ID)).longValue();
        plans.markApprovedAndPublished(planId, (String) execution.getVariable(vn.plancycle.approval.Decision.VAR_DECIDED_BY));
    }
}
