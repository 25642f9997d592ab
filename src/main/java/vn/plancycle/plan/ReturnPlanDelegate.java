package vn.plancycle.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/**
 * Step "Ghi nhận ý kiến trả lại": the plan goes back to its unit with the head's comment, kept as
 * {@code returnComment} for the notice; {@code decision} and {@code comment} are cleared so the
 * next approval form does not open already filled with this round's return.
 */
@Component("returnPlanDelegate")
public class ReturnPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    public ReturnPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(UnitPlanProcess.VAR_PLAN_ID)).longValue();
        String comment = (String) execution.getVariable(UnitPlanProcess.VAR_COMMENT);
        plans.markReturned(planId, comment, (String) execution.getVariable(Decision.VAR_DECIDED_BY));
        execution.setVariable(UnitPlanProcess.VAR_RETURN_COMMENT, comment);
        execution.removeVariable(UnitPlanProcess.VAR_DECISION);
        execution.removeVariable(UnitPlanProcess.VAR_COMMENT);
    }
}
