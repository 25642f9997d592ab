package vn.plancycle.dashboard;

import java.math.BigDecimal;

/**
 * One unit on the dashboard: its tasks by status, its reports of the year, its score now and its trend (this year
 * minus last year; null without entries last year), its report in the current cycle (null if none), its risk
 * ({@link RiskScore}) and how many of its tasks and reports the early warning flags.
 */
public record UnitRow(String code, String name, TaskCounts tasks, DashboardRepository.ReportTally reports,
        BigDecimal score, BigDecimal trend, DashboardRepository.ReportInfo currentReport, double risk, int warnings) {

    public boolean trendDown() {
        return trend != null && trend.signum() < 0;
    }

    public boolean trendUp() {
        return trend != null && trend.signum() > 0;
    }
}
