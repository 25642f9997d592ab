package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/**
 * Step "Ghi nhận Vụ TCCB trả lại báo cáo": back to the unit with the reviewer's comment; {@code returnCount}
 * (the reviewers' returns so far) decides the escalation. The decision is cleared for the next round.
 */
@Component("recordReviewReturnDelegate")
public class RecordReviewReturnDelegate implements JavaDelegate {

    private final ReportSteps steps;

    public RecordReviewReturnDelegate(ReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String comment = (String) execution.getVariable(Decision.VAR_COMMENT);
        int returns = steps.returnedByReviewer(StepActor.id(execution, UnitReportProcess.VAR_REPORT_ID), comment,
                StepActor.decider(execution));
        execution.setVariable(UnitReportProcess.VAR_RETURN_COUNT, returns);
        execution.setVariable(UnitReportProcess.VAR_RETURN_COMMENT, comment);
        execution.removeVariable(Decision.VAR_DECISION);
        execution.removeVariable(Decision.VAR_COMMENT);
    }
}
