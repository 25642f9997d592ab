package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code plancycle.scoring.*}: the figures of DOMAIN §4 a ministry changes without code. A unit scores
 * out of {@code general-points + task-points}; each rule's share of the general points is its own.
 */
@Component
@ConfigurationProperties("plancycle.scoring")
public class ScoringSettings {

    /** General criteria, including the head's responsibility (plan issued, reports, workforce, transparency). */
    private BigDecimal generalPoints = new BigDecimal("30");
    /** Task results. */
    private BigDecimal taskPoints = new BigDecimal("70");
    /** Share of a task's points lost for each delay (an excused delay is none). */
    private BigDecimal taskDelayDeduction = new BigDecimal("0.25");
    /** Share of a task's points lost for each return for rework. */
    private BigDecimal taskReturnDeduction = new BigDecimal("0.25");
    private final PlanIssuedOnTime planIssuedOnTime = new PlanIssuedOnTime();
    private final Report report = new Report();

    public BigDecimal getGeneralPoints() {
        return generalPoints;
    }

    public void setGeneralPoints(BigDecimal generalPoints) {
        this.generalPoints = generalPoints;
    }

    public BigDecimal getTaskPoints() {
        return taskPoints;
    }

    public void setTaskPoints(BigDecimal taskPoints) {
        this.taskPoints = taskPoints;
    }

    public BigDecimal getTaskDelayDeduction() {
        return taskDelayDeduction;
    }

    public void setTaskDelayDeduction(BigDecimal taskDelayDeduction) {
        this.taskDelayDeduction = taskDelayDeduction;
    }

    public BigDecimal getTaskReturnDeduction() {
        return taskReturnDeduction;
    }

    public void setTaskReturnDeduction(BigDecimal taskReturnDeduction) {
        this.taskReturnDeduction = taskReturnDeduction;
    }

    /** One task's share of the task points: {@code task-points / tasks of the plan} (unrounded). */
    public BigDecimal pointsPerTask(int taskCount) {
        if (taskCount <= 0) {
            throw new IllegalArgumentException("a plan with tasks needs taskCount > 0, not " + taskCount);
        }
        return taskPoints.divide(BigDecimal.valueOf(taskCount), 10, java.math.RoundingMode.HALF_UP);
    }

    public PlanIssuedOnTime getPlanIssuedOnTime() {
        return planIssuedOnTime;
    }

    public Report getReport() {
        return report;
    }

    /**
     * Rules {@code report-on-time}, {@code report-returned}, {@code report-late}: a periodic report is worth
     * {@code report-points} (10 general points over the 4 reports of a year), a thematic or ad-hoc one
     * {@code requested-report-points}; each return by the reviewers costs {@code return-deduction} of that.
     */
    public static class Report {

        private BigDecimal reportPoints = new BigDecimal("2.5");
        private BigDecimal requestedReportPoints = BigDecimal.ONE;
        private BigDecimal returnDeduction = new BigDecimal("0.25");

        public BigDecimal getReportPoints() {
            return reportPoints;
        }

        public void setReportPoints(BigDecimal reportPoints) {
            this.reportPoints = reportPoints;
        }

        public BigDecimal getRequestedReportPoints() {
            return requestedReportPoints;
        }

        public void setRequestedReportPoints(BigDecimal requestedReportPoints) {
            this.requestedReportPoints = requestedReportPoints;
        }

        public BigDecimal getReturnDeduction() {
            return returnDeduction;
        }

        public void setReturnDeduction(BigDecimal returnDeduction) {
            this.returnDeduction = returnDeduction;
        }

        /** The report's maximum: periodic (period Q1, H1, Q3, YEAR) or requested. */
        public BigDecimal maxFor(String period) {
            return vn.plancycle.reporting.ReportingPeriod.parse(period).isPresent() ? reportPoints
                    : requestedReportPoints;
        }
    }

    /** Rule {@code plan-issued-on-time}: full points when the head approves the plan by the deadline. */
    public static class PlanIssuedOnTime {

        /** Points of the general criteria for a plan issued on time. */
        private BigDecimal points = new BigDecimal("5");
        /** Deadline in the plan's year, ISO month-day ({@code --01-31} = 31 January). */
        private String deadline = "--01-31";

        public LocalDate deadlineIn(int year) {
            return MonthDay.parse(deadline).atYear(year);
        }

        public BigDecimal getPoints() {
            return points;
        }

        public void setPoints(BigDecimal points) {
            this.points = points;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            MonthDay.parse(deadline); // refuse a bad value at start-up
            this.deadline = deadline;
        }
    }
}
