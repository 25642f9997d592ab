package vn.plancycle.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Ghi nhận báo cáo hoàn thành": the result (reported from the app or Tasklist) waits for the head. */
@Component("recordResultReportedDelegate")
public class RecordResultReportedDelegate implements JavaDelegate {

    private final ExecutionService executions;

    public RecordResultReportedDelegate(ExecutionService executions) {
        this.executions = executions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        executions.markReported(((Number) execution.getVariable(PlanTaskProcess.VAR_TASK_ID)).longValue());
    }
}
