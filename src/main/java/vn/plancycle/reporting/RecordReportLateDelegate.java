package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Ghi nhận báo cáo chậm hạn": the report was not in the ministry's hands by its due date. */
@Component("recordReportLateDelegate")
public class RecordReportLateDelegate implements JavaDelegate {

    private final ReportSteps steps;

    public RecordReportLateDelegate(ReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markLate(StepActor.id(execution, UnitReportProcess.VAR_REPORT_ID));
        execution.setVariable(UnitReportProcess.VAR_LATE, true);
    }
}
