package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Mở kỳ báo cáo định kỳ": on the cut-off day, opens the periodic cycle of the period that cuts off
 * today for this instance (its business key becomes {@code CYCLE-{YEAR}-{PERIOD}}); {@code alreadyOpen}
 * when it was opened before (by a reviewer) or no period cuts off today.
 */
@Component("openScheduledCycleDelegate")
public class OpenScheduledCycleDelegate implements JavaDelegate {

    private final ReportingService reporting;
    private final ReportClock clock;

    public OpenScheduledCycleDelegate(ReportingService reporting, ReportClock clock) {
        this.reporting = reporting;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var opened = reporting.openScheduled(clock.now().toLocalDate(), execution.getProcessInstanceId());
        execution.setVariable(ReportingCycleProcess.VAR_ALREADY_OPEN, opened.isEmpty());
        opened.ifPresent(cycle -> {
            execution.setProcessBusinessKey(cycle.getBusinessKey());
            execution.setVariables(ReportingService.variablesOf(cycle));
        });
    }
}
