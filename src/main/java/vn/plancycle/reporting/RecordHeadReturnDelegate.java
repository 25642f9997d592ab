package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/** Step "Ghi nhận Thủ trưởng trả lại báo cáo": back to staff with the head's comment; the decision is cleared. */
@Component("recordHeadReturnDelegate")
public class RecordHeadReturnDelegate implements JavaDelegate {

    private final ReportSteps steps;

    public RecordHeadReturnDelegate(ReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String comment = (String) execution.getVariable(Decision.VAR_COMMENT);
        steps.returnedByHead(StepActor.id(execution, UnitReportProcess.VAR_REPORT_ID), comment,
                StepActor.decider(execution));
        execution.setVariable(UnitReportProcess.VAR_RETURN_COMMENT, comment);
        execution.removeVariable(Decision.VAR_DECISION);
        execution.removeVariable(Decision.VAR_COMMENT);
    }
}
