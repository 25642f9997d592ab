package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Ghi nhận báo cáo bị báo cáo Lãnh đạo Bộ": the report is still missing long after its due date. */
@Component("recordReportEscalatedDelegate")
public class RecordReportEscalatedDelegate implements JavaDelegate {

    private final ReportSteps steps;

    public RecordReportEscalatedDelegate(ReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markEscalated(StepActor.id(execution, UnitReportProcess.VAR_REPORT_ID));
    }
}
