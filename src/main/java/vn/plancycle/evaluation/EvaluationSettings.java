package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code plancycle.evaluation.*}: the dates of the annual evaluation (DOMAIN §4, §5: closed before 15 December)
 * and the points of the criteria only the evaluation records. The BPMN reads them by expression
 * ({@code ${evaluationSettings.openingCron}}); the unit's timers get their dates as variables at the start.
 */
@Component("evaluationSettings")
@ConfigurationProperties("plancycle.evaluation")
public class EvaluationSettings {

    /** The round of the current year opens at this moment (Quartz-style cron, 6 fields): 08:00 on 1 December. */
    private String openingCron = "0 0 8 1 12 ?";
    /** The heads' self-assessment is due on this day of the evaluated year (then appraisal goes on without it). */
    private MonthDay selfAssessmentDeadline = MonthDay.of(12, 8);
    /** The head is reminded this long before the self-assessment deadline. */
    private Period selfAssessmentReminderBefore = Period.ofDays(2);
    /** A self-assessment returned by the reviewers after its deadline gets this long again. */
    private Period selfAssessmentAfterReturn = Period.ofDays(3);
    /** The evaluation is closed before this day; the leaders are reminded on the day before at the notice time. */
    private MonthDay closeDate = MonthDay.of(12, 15);
    /** Reminders and deadlines fall at this time of day. */
    private LocalTime noticeTime = LocalTime.of(8, 0);
    /** The largest appraisal adjustment, in points, either way. */
    private BigDecimal maxAdjustment = BigDecimal.valueOf(20);
    /** {@code workforce-leadership} and {@code workforce-training}: full points of each when its target is met. */
    private BigDecimal workforcePoints = new BigDecimal("2.5");
    /** {@code plan-published}: full points when the unit's plan of the year is published. */
    private BigDecimal transparencyPoints = BigDecimal.valueOf(5);

    /** When the self-assessment timer ends the head's step (ISO date-time, the timer's {@code timeDate}). */
    public LocalDateTime selfAssessmentDeadlineAt(int year) {
        return selfAssessmentDeadline.atYear(year).atTime(noticeTime);
    }

    public LocalDateTime selfAssessmentReminderAt(int year) {
        return selfAssessmentDeadlineAt(year).minus(selfAssessmentReminderBefore);
    }

    /** The leaders' reminder: the day before the close date, at the notice time. */
    public LocalDateTime leadersReminderAt(int year) {
        return closeDate.atYear(year).minusDays(1).atTime(noticeTime);
    }

    public String getOpeningCron() {
        return openingCron;
    }

    public void setOpeningCron(String openingCron) {
        if (openingCron == null || openingCron.isBlank() || openingCron.strip().split("\\s+").length < 6) {
            throw new IllegalArgumentException("plancycle.evaluation.opening-cron: give a 6-field cron, e.g. 0 0 8 1 12 ?");
        }
        this.openingCron = openingCron.strip();
    }

    public String getSelfAssessmentDeadline() {
        return selfAssessmentDeadline.toString();
    }

    /** "--12-08" (ISO month-day). */
    public void setSelfAssessmentDeadline(String selfAssessmentDeadline) {
        this.selfAssessmentDeadline = monthDay("self-assessment-deadline", selfAssessmentDeadline);
    }

    public Period getSelfAssessmentReminderBefore() {
        return selfAssessmentReminderBefore;
    }

    public void setSelfAssessmentReminderBefore(Period selfAssessmentReminderBefore) {
        this.selfAssessmentReminderBefore = selfAssessmentReminderBefore;
    }

    public Period getSelfAssessmentAfterReturn() {
        return selfAssessmentAfterReturn;
    }

    public void setSelfAssessmentAfterReturn(Period selfAssessmentAfterReturn) {
        this.selfAssessmentAfterReturn = selfAssessmentAfterReturn;
    }

    /** The self-assessment deadline after a return at {@code now}: the year's deadline, or later when it has passed. */
    public LocalDateTime deadlineAfterReturn(int year, LocalDateTime now) {
        LocalDateTime deadline = selfAssessmentDeadlineAt(year);
        return deadline.isAfter(now) ? deadline : now.plus(selfAssessmentAfterReturn);
    }

    public String getCloseDate() {
        return closeDate.toString();
    }

    /** "--12-15" (ISO month-day): the evaluation is closed before this day. */
    public void setCloseDate(String closeDate) {
        this.closeDate = monthDay("close-date", closeDate);
    }

    public LocalTime getNoticeTime() {
        return noticeTime;
    }

    public void setNoticeTime(LocalTime noticeTime) {
        this.noticeTime = noticeTime;
    }

    public BigDecimal getMaxAdjustment() {
        return maxAdjustment;
    }

    public void setMaxAdjustment(BigDecimal maxAdjustment) {
        this.maxAdjustment = maxAdjustment;
    }

    public BigDecimal getWorkforcePoints() {
        return workforcePoints;
    }

    public void setWorkforcePoints(BigDecimal workforcePoints) {
        this.workforcePoints = workforcePoints;
    }

    public BigDecimal getTransparencyPoints() {
        return transparencyPoints;
    }

    public void setTransparencyPoints(BigDecimal transparencyPoints) {
        this.transparencyPoints = transparencyPoints;
    }

    private static MonthDay monthDay(String name, String value) {
        try {
            return MonthDay.parse(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("plancycle.evaluation." + name + ": write the day as --MM-dd, e.g. --12-08", e);
        }
    }
}
