package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/** Step "Ghi nhận báo cáo đã ký và gửi Bộ": the head signed; the report waits for the reviewers. */
@Component("recordReportSubmittedDelegate")
public class RecordReportSubmittedDelegate implements JavaDelegate {

    private final ReportSteps steps;

    public RecordReportSubmittedDelegate(ReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean late = steps.signed(StepActor.id(execution, UnitReportProcess.VAR_REPORT_ID),
                StepActor.decider(execution));
        execution.setVariable(UnitReportProcess.VAR_LATE, late);
        execution.removeVariable(Decision.VAR_DECISION);
        execution.removeVariable(Decision.VAR_COMMENT);
    }
}
