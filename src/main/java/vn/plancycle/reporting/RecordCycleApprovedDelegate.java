package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Ghi nhận báo cáo tổng hợp được duyệt": the leaders approved the consolidated report. */
@Component("recordCycleApprovedDelegate")
public class RecordCycleApprovedDelegate implements JavaDelegate {

    private final ReportSteps steps;

    public RecordCycleApprovedDelegate(ReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.approved(StepActor.id(execution, ReportingCycleProcess.VAR_CYCLE_ID), StepActor.decider(execution));
    }
}
