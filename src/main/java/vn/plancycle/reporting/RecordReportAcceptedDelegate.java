package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Ghi nhận báo cáo được chấp nhận": accepted by the reviewers; {@code late} tells the score. */
@Component("recordReportAcceptedDelegate")
public class RecordReportAcceptedDelegate implements JavaDelegate {

    private final ReportSteps steps;

    public RecordReportAcceptedDelegate(ReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean late = steps.accepted(StepActor.id(execution, UnitReportProcess.VAR_REPORT_ID),
                StepActor.decider(execution));
        execution.setVariable(UnitReportProcess.VAR_LATE, late);
    }
}
