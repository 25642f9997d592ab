package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Mở báo cáo cho một nhóm đơn vị" of {@code reporting-cycle}: starts one batch of unit reports. */
@Component("startUnitReportsDelegate")
public class StartUnitReportsDelegate implements JavaDelegate {

    private final ReportLaunch launch;

    public StartUnitReportsDelegate(ReportLaunch launch) {
        this.launch = launch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        launch.startBatch(StepActor.id(execution, ReportingCycleProcess.VAR_CYCLE_ID),
                ((Number) execution.getVariable(ReportingCycleProcess.VAR_BATCH)).intValue());
    }
}
