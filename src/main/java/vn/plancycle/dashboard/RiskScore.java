package vn.plancycle.dashboard;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/**
 * The risk score that orders the ministry dashboard, highest first (ties by unit code):
 *
 * <pre>
 * risk = 3 × overdue tasks + 2 × reports of the year marked late + 1 × returns of the year's reports by the ministry
 *        + 0.2 × max(0, last year's score − this year's score)
 * </pre>
 *
 * The weights are {@code plancycle.dashboard.overdue-weight}, {@code late-report-weight},
 * {@code returned-report-weight} and {@code score-drop-weight}. The score trend is this year's score (from the
 * score entries so far) minus last year's; a unit without score entries last year has no trend and no score term.
 * With a task-group filter, only the overdue tasks of that group count.
 */
@Component
public class RiskScore {

    private final DashboardSettings settings;

    public RiskScore(DashboardSettings settings) {
        this.settings = settings;
    }

    public double of(int overdueTasks, int lateReports, int reportReturns, BigDecimal trend) {
        double drop = trend == null ? 0 : Math.max(0, -trend.doubleValue());
        double risk = settings.getOverdueWeight() * overdueTasks + settings.getLateReportWeight() * lateReports
                + settings.getReturnedReportWeight() * reportReturns + settings.getScoreDropWeight() * drop;
        return Math.round(risk * 10) / 10.0;
    }
}
