package vn.plancycle.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/**
 * Step "Ghi nhận trả lại kết quả": back to the owner with the head's comment (kept as
 * {@code returnComment} for the notice; the decision itself is cleared for the next round).
 */
@Component("recordResultReturnedDelegate")
public class RecordResultReturnedDelegate implements JavaDelegate {

    private final ExecutionService executions;

    public RecordResultReturnedDelegate(ExecutionService executions) {
        this.executions = executions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long taskId = ((Number) execution.getVariable(PlanTaskProcess.VAR_TASK_ID)).longValue();
        String comment = (String) execution.getVariable(Decision.VAR_COMMENT);
        executions.markReturned(taskId, comment);
        execution.setVariable(PlanTaskProcess.VAR_RETURN_COMMENT, comment);
        execution.removeVariable(Decision.VAR_DECISION);
        execution.removeVariable(Decision.VAR_COMMENT);
    }
}
