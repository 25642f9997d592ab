package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/** Step "Ghi nhận Lãnh đạo Bộ trả lại báo cáo tổng hợp": back to the reviewers with the leaders' comment. */
@Component("recordLeadersReturnDelegate")
public class RecordLeadersReturnDelegate implements JavaDelegate {

    private final ReportSteps steps;

    public RecordLeadersReturnDelegate(ReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String comment = (String) execution.getVariable(Decision.VAR_COMMENT);
        steps.returnedByLeaders(StepActor.id(execution, ReportingCycleProcess.VAR_CYCLE_ID), comment);
        execution.setVariable(UnitReportProcess.VAR_RETURN_COMMENT, comment);
        execution.removeVariable(Decision.VAR_DECISION);
        execution.removeVariable(Decision.VAR_COMMENT);
    }
}
