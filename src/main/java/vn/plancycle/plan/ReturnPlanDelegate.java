package vn.plancycle.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Ghi nhận ý kiến trả lại": the plan goes back to its unit with the head's comment. */
@Component("returnPlanDelegate")
public class ReturnPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    public ReturnPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(UnitPlanProcess.VAR_PLAN_ID)).longValue();
        plans.markReturned(planId, (String) execution.getVariable(UnitPlanProcess.VAR_COMMENT),
                (String) execution.getVariable(vn.plancycle.approval.Decision.VAR_DECIDED_BY));
    }
}
