package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Báo kỳ báo cáo khi đã đủ báo cáo" of {@code unit-report}: the last accepted report moves its cycle on. */
@Component("tellCycleReportAcceptedDelegate")
public class TellCycleReportAcceptedDelegate implements JavaDelegate {

    private final ReportLaunch launch;

    public TellCycleReportAcceptedDelegate(ReportLaunch launch) {
        this.launch = launch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        launch.tellCycleIfAllAccepted(StepActor.id(execution, UnitReportProcess.VAR_CYCLE_ID));
    }
}
