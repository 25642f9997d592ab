package vn.plancycle.execution;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.plancycle.approval.ApprovalItem;
import vn.plancycle.approval.ApprovalSubject;

/**
 * On the approval page, a waiting {@code plan-task} decision (accepting the result, or an extension
 * request) shows the task: what, who, the deadlines, progress, evidence and extension requests. The
 * item was already found under the user's authorization, so reading its task needs no further check.
 */
@Component
public class PlanTaskApprovalSubject implements ApprovalSubject {

    private final RuntimeService runtimeService;
    private final ExecutionService executions;

    public PlanTaskApprovalSubject(RuntimeService runtimeService, ExecutionService executions) {
        this.runtimeService = runtimeService;
        this.executions = executions;
    }

    @Override
    public boolean supports(String processKey) {
        return PlanTaskProcess.KEY.equals(processKey);
    }

    @Override
    public String describe(ApprovalItem item, Model model) {
        Object taskId = runtimeService.getVariable(item.processInstanceId(), PlanTaskProcess.VAR_TASK_ID);
        if (!(taskId instanceof Number id)) {
            return null;
        }
        model.addAttribute("planTask", executions.detailForProcess(id.longValue()));
        return "execution/fragments";
    }
}
