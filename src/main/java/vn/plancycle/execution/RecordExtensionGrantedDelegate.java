package vn.plancycle.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/** Step "Ghi nhận gia hạn": the task's deadline moves to the requested date (the original stays recorded). */
@Component("recordExtensionGrantedDelegate")
public class RecordExtensionGrantedDelegate implements JavaDelegate {

    private final ExecutionService executions;

    public RecordExtensionGrantedDelegate(ExecutionService executions) {
        this.executions = executions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long requestId = ((Number) execution.getVariable(PlanTaskProcess.VAR_EXTENSION_ID)).longValue();
        String comment = (String) execution.getVariable(Decision.VAR_COMMENT);
        executions.grantExtension(requestId, comment, (String) execution.getVariable(Decision.VAR_DECIDED_BY));
        execution.setVariable(PlanTaskProcess.VAR_EXTENSION_COMMENT, comment == null ? "" : comment);
        execution.removeVariable(Decision.VAR_DECISION);
        execution.removeVariable(Decision.VAR_COMMENT);
    }
}
