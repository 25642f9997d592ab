package vn.plancycle.reporting;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.plancycle.plan.PlanTexts;

/**
 * Step "Lấy số liệu báo cáo tại ngày chốt": freezes the report's figures as of the cut-off, and sets the
 * dates the report's timers wait for — first and final reminder, lateness, escalation — and the due date as text.
 */
@Component("prefillReportDelegate")
public class PrefillReportDelegate implements JavaDelegate {


    private final ReportPrefill prefill;
    private final ReportSteps steps;
    private final ReportingCalendar calendar;
    private final ReportingSettings settings;

    public PrefillReportDelegate(ReportPrefill prefill, ReportSteps steps, ReportingCalendar calendar,
            ReportingSettings settings) {
        this.prefill = prefill;
        this.steps = steps;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = StepActor.id(execution, UnitReportProcess.VAR_REPORT_ID);
        prefill.prefill(reportId);
        LocalDate due = steps.report(reportId).getDueDate();
        execution.setVariable(UnitReportProcess.VAR_DUE_DATE, PlanTexts.DATE.format(due));
        execution.setVariable(UnitReportProcess.VAR_FIRST_REMINDER_AT,
                calendar.noticeOn(due.minus(settings.getReminderOffsets().get(0))).toString());
        execution.setVariable(UnitReportProcess.VAR_LAST_REMINDER_AT,
                calendar.noticeOn(due.minus(settings.getReminderOffsets().get(1))).toString());
        execution.setVariable(UnitReportProcess.VAR_LATE_AT, calendar.lateFrom(due).toString());
        execution.setVariable(UnitReportProcess.VAR_DUE_AT, due.atTime(23, 59).toString());
        execution.setVariable(UnitReportProcess.VAR_ESCALATION_AT,
                calendar.noticeOn(due.plus(settings.getEscalateMissingAfter())).toString());
        execution.setVariable(UnitReportProcess.VAR_RETURN_COUNT, 0);
        execution.setVariable(UnitReportProcess.VAR_LATE, false);
    }
}
