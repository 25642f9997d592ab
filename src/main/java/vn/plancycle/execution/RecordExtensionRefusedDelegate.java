package vn.plancycle.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/** Step "Ghi nhận không gia hạn": the request is refused with the head's comment; the deadline stays. */
@Component("recordExtensionRefusedDelegate")
public class RecordExtensionRefusedDelegate implements JavaDelegate {

    private final ExecutionService executions;

    public RecordExtensionRefusedDelegate(ExecutionService executions) {
        this.executions = executions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long requestId = ((Number) execution.getVariable(PlanTaskProcess.VAR_EXTENSION_ID)).longValue();
        String comment = (String) execution.getVariable(Decision.VAR_COMMENT);
        executions.refuseExtension(requestId, comment, (String) execution.getVariable(Decision.VAR_DECIDED_BY));
        execution.setVariable(PlanTaskProcess.VAR_EXTENSION_COMMENT, comment);
        execution.removeVariable(Decision.VAR_DECISION);
        execution.removeVariable(Decision.VAR_COMMENT);
    }
}
