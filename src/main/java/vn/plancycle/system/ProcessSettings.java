package vn.plancycle.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;

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

    /** The end of the approval deadline day of the plan's year, as a timer date. */
    public String planApprovalDeadlineOf(int year) {
        return planApprovalDeadline.atYear(year).atTime(LocalTime.of(23, 59, 59)).toString();
    }

    public LocalDate planApprovalDeadlineDate(int year) {
        return planApprovalDeadline.atYear(year);
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
