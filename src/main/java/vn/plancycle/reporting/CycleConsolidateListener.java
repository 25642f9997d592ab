package vn.plancycle.reporting;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On "Tổng hợp báo cáo của các đơn vị": when it is created, the cycle is consolidating; when it is
 * completed, the reviewer's note ({@code consolidationNote}) is stored and the cycle waits for the leaders.
 */
@Component("cycleConsolidateListener")
public class CycleConsolidateListener implements TaskListener {

    private final ReportSteps steps;
    private final IdentityService identityService;

    public CycleConsolidateListener(ReportSteps steps, IdentityService identityService) {
        this.steps = steps;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = StepActor.id(task, ReportingCycleProcess.VAR_CYCLE_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            steps.collected(cycleId);
            return;
        }
        Object note = task.getVariable(ReportingCycleProcess.VAR_CONSOLIDATION_NOTE);
        steps.consolidated(cycleId, note == null ? null : note.toString(),
                StepActor.current(identityService, task.getAssignee()));
    }
}
