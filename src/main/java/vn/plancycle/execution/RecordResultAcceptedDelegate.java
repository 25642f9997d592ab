package vn.plancycle.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/**
 * Step "Ghi nhận nghiệm thu": the task is done; output {@code deliveredLate} (reported after the
 * current deadline — an excused delay is not late) for the scoring step. The decision is cleared so
 * that no later decision step finds it filled in.
 */
@Component("recordResultAcceptedDelegate")
public class RecordResultAcceptedDelegate implements JavaDelegate {

    private final ExecutionService executions;

    public RecordResultAcceptedDelegate(ExecutionService executions) {
        this.executions = executions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long taskId = ((Number) execution.getVariable(PlanTaskProcess.VAR_TASK_ID)).longValue();
        TaskStatus status = executions.markAccepted(taskId, (String) execution.getVariable(Decision.VAR_DECIDED_BY));
        execution.setVariable(PlanTaskProcess.VAR_DELIVERED_LATE, status == TaskStatus.DONE_LATE);
        execution.removeVariable(Decision.VAR_DECISION);
        execution.removeVariable(Decision.VAR_COMMENT);
    }
}
