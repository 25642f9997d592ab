package vn.plancycle.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.plancycle.plan.PlanTexts;

/**
 * Step "Xác định đơn vị phải báo cáo": one report row per unit in scope and their number (the launch
 * starts them in batches, see {@link ReportLaunch}), the cut-off moment
 * the unit reports wait for, and the reminder dates of the ministry's own deadlines.
 */
@Component("findUnitsInScopeDelegate")
public class FindUnitsInScopeDelegate implements JavaDelegate {

    private final ReportingService reporting;
    private final ReportingCalendar calendar;
    private final ReportingSettings settings;

    public FindUnitsInScopeDelegate(ReportingService reporting, ReportingCalendar calendar,
            ReportingSettings settings) {
        this.reporting = reporting;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = StepActor.id(execution, ReportingCycleProcess.VAR_CYCLE_ID);
        List<String> codes = reporting.createReports(cycleId);
        ReportingCycle cycle = reporting.cycle(cycleId);
        execution.setVariable(ReportingCycleProcess.VAR_UNIT_COUNT, codes.size());
        execution.setVariable(UnitReportProcess.VAR_CUT_OFF_AT, calendar.cutOffEnd(cycle.getCutOff()).toString());
        boolean periodic = cycle.getKind() == ReportKind.PERIODIC;
        execution.setVariable(ReportingCycleProcess.VAR_PERIODIC, periodic);
        execution.setVariable(ReportingCycleProcess.VAR_HOME_AFFAIRS_REMINDER_AT, reminderAt(
                periodic ? cycle.getHomeAffairsDue() : cycle.getDueDate()));
        execution.setVariable(ReportingCycleProcess.VAR_GOVERNMENT_REMINDER_AT, reminderAt(
                periodic ? cycle.getGovernmentDue() : cycle.getDueDate()));
        execution.setVariable(ReportingCycleProcess.VAR_HOME_AFFAIRS_DUE, PlanTexts.DATE.format(
                periodic ? cycle.getHomeAffairsDue() : cycle.getDueDate()));
        execution.setVariable(ReportingCycleProcess.VAR_GOVERNMENT_DUE, PlanTexts.DATE.format(
                periodic ? cycle.getGovernmentDue() : cycle.getDueDate()));
    }

    private String reminderAt(java.time.LocalDate due) {
        return calendar.noticeOn(due.minus(settings.getMinistryReminderBefore())).toString();
    }
}
