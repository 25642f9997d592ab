package vn.plancycle.plan;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.plancycle.approval.ApprovalItem;
import vn.plancycle.approval.ApprovalSubject;

/**
 * On the approval page, a waiting {@code unit-plan} approval shows the plan itself: its tasks by
 * group, with deliverables, owners and deadlines. The item was already found under the user's
 * authorization, so reading its plan id needs no further check.
 */
@Component
public class PlanApprovalSubject implements ApprovalSubject {

    private final RuntimeService runtimeService;
    private final PlanService plans;

    public PlanApprovalSubject(RuntimeService runtimeService, PlanService plans) {
        this.runtimeService = runtimeService;
        this.plans = plans;
    }

    @Override
    public boolean supports(String processKey) {
        return UnitPlanProcess.KEY.equals(processKey);
    }

    @Override
    public String describe(ApprovalItem item, Model model) {
        Object planId = runtimeService.getVariable(item.processInstanceId(), UnitPlanProcess.VAR_PLAN_ID);
        if (!(planId instanceof Number id)) {
            return null;
        }
        return plans.view(id.longValue()).map(plan -> {
            model.addAttribute("plan", plan);
            return "plan/fragments";
        }).orElse(null);
    }
}
