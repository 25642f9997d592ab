package vn.plancycle.execution;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.system.ProcessSettings;

/**
 * Step "Lập lịch đôn đốc theo thời hạn": from the task's current deadline and the configured
 * periods ({@code plancycle.process.task-*}), the dates the carry-out timers wait for — first and
 * final reminder, overdue notice, its weekly repeat, escalation — and the deadline as text.
 */
@Component("scheduleFollowUpDelegate")
public class ScheduleFollowUpDelegate implements JavaDelegate {

    private final ExecutionService executions;
    private final ProcessSettings settings;

    public ScheduleFollowUpDelegate(ExecutionService executions, ProcessSettings settings) {
        this.executions = executions;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long taskId = ((Number) execution.getVariable(PlanTaskProcess.VAR_TASK_ID)).longValue();
        LocalDate due = executions.currentDueDate(taskId);
        LocalDateTime overdue = at(due.plus(settings.getTaskOverdueNoticeAfter()));
        execution.setVariable(PlanTaskProcess.VAR_DUE_DATE, ExecutionService.display(due));
        // the carry-out task's due date in Tasklist: the end of the deadline day
        execution.setVariable(PlanTaskProcess.VAR_DUE_AT, due.atTime(LocalTime.of(23, 59)).toString());
        execution.setVariable(PlanTaskProcess.VAR_FIRST_REMINDER_AT,
                at(due.minus(settings.getTaskReminderOffsets().get(0))).toString());
        execution.setVariable(PlanTaskProcess.VAR_LAST_REMINDER_AT,
                at(due.minus(settings.getTaskReminderOffsets().get(1))).toString());
        execution.setVariable(PlanTaskProcess.VAR_OVERDUE_NOTICE_AT, overdue.toString());
        execution.setVariable(PlanTaskProcess.VAR_OVERDUE_REPEAT_CYCLE, "R/" + overdue.plus(settings.getTaskOverdueRepeat())
                + "/" + settings.getTaskOverdueRepeat());
        execution.setVariable(PlanTaskProcess.VAR_ESCALATION_AT, at(due.plus(settings.getTaskEscalationAfter())).toString());
    }

    private LocalDateTime at(LocalDate day) {
        return day.atTime(settings.getTaskNoticeTime());
    }
}
