package vn.plancycle.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Durations and dates the BPMN reads by expression ({@code ${processSettings.…}}), so a ministry
 * changes them in configuration ({@code plancycle.process.*}), not in Java. ISO-8601 durations and
 * cycles as Camunda's timers take them.
 */
@Component("processSettings")
@ConfigurationProperties("plancycle.process")
public class ProcessSettings {

    /** Retries of a failed notification (SMTP down): then an incident. */
    private String notificationRetryCycle = "R5/PT5M";
    /** Reminders to the head while a plan waits for approval: after 3 days, then every 3 days. */
    private String planApprovalReminderCycle = "R/P3D";
    /** A plan not approved by this day of its year escalates to the ministry's leaders. */
    private MonthDay planApprovalDeadline = MonthDay.of(1, 31);
    /** Reminders to a task's owner before its deadline: the first and the final one (exactly two). */
    private List<Period> taskReminderOffsets = List.of(Period.ofDays(7), Period.ofDays(1));
    /** The overdue notice to the owner and the head, this long after the deadline. */
    private Period taskOverdueNoticeAfter = Period.ofDays(1);
    /** While a task stays overdue, the notice is repeated this often. */
    private Period taskOverdueRepeat = Period.ofDays(7);
    /** A task this long overdue escalates to the ministry's reviewers. */
    private Period taskEscalationAfter = Period.ofDays(30);
    /** The time of day at which task reminders and notices go out. */
    private LocalTime taskNoticeTime = LocalTime.of(8, 0);

    /** The end of the approval deadline day of the plan's year, as a timer date. */
    public String planApprovalDeadlineOf(int year) {
        return planApprovalDeadline.atYear(year).atTime(LocalTime.of(23, 59, 59)).toString();
    }

    public LocalDate planApprovalDeadlineDate(int year) {
        return planApprovalDeadline.atYear(year);
    }

    public List<Period> getTaskReminderOffsets() {
        return taskReminderOffsets;
    }

    public void setTaskReminderOffsets(List<Period> taskReminderOffsets) {
        if (taskReminderOffsets == null || taskReminderOffsets.size() != 2
                || taskReminderOffsets.stream().anyMatch(p -> p.isNegative() || p.isZero())) {
            throw new IllegalArgumentException("plancycle.process.task-reminder-offsets: give exactly two positive "
                    + "periods, the first and the final reminder before the deadline (e.g. P7D,P1D)");
        }
        this.taskReminderOffsets = List.copyOf(taskReminderOffsets);
    }

    public Period getTaskOverdueNoticeAfter() {
        return taskOverdueNoticeAfter;
    }

    public void setTaskOverdueNoticeAfter(Period taskOverdueNoticeAfter) {
        this.taskOverdueNoticeAfter = taskOverdueNoticeAfter;
    }

    public Period getTaskOverdueRepeat() {
        return taskOverdueRepeat;
    }

    public void setTaskOverdueRepeat(Period taskOverdueRepeat) {
        if (taskOverdueRepeat.isNegative() || taskOverdueRepeat.isZero()) {
            throw new IllegalArgumentException("plancycle.process.task-overdue-repeat must be positive");
        }
        this.taskOverdueRepeat = taskOverdueRepeat;
    }

    public Period getTaskEscalationAfter() {
        return taskEscalationAfter;
    }

    public void setTaskEscalationAfter(Period taskEscalationAfter) {
        this.taskEscalationAfter = taskEscalationAfter;
    }

    public LocalTime getTaskNoticeTime() {
        return taskNoticeTime;
    }

    public void setTaskNoticeTime(LocalTime taskNoticeTime) {
        this.taskNoticeTime = taskNoticeTime;
    }

    public String getNotificationRetryCycle() {
        return notificationRetryCycle;
    }

    public void setNotificationRetryCycle(String notificationRetryCycle) {
        this.notificationRetryCycle = notificationRetryCycle;
    }

    public String getPlanApprovalReminderCycle() {
        return planApprovalReminderCycle;
    }

    public void setPlanApprovalReminderCycle(String planApprovalReminderCycle) {
        this.planApprovalReminderCycle = planApprovalReminderCycle;
    }

    public MonthDay getPlanApprovalDeadline() {
        return planApprovalDeadline;
    }

    public void setPlanApprovalDeadline(MonthDay planApprovalDeadline) {
        this.planApprovalDeadline = planApprovalDeadline;
    }
}
