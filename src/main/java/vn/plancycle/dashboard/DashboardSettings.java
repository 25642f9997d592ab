package vn.plancycle.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code plancycle.dashboard.*}: the thresholds of the early warning ({@link EarlyWarning}), the weights of the
 * risk score ({@link RiskScore}) and how many rows the pages list. Every value has its default here.
 */
@Component
@ConfigurationProperties("plancycle.dashboard")
public class DashboardSettings {

    /** A task is behind when its progress is this many percentage points below the share of its time elapsed. */
    private int progressMargin = 25;
    /** A task due within this many days is "due soon". */
    private int taskDueSoonDays = 14;
    /** A task due soon with less progress than this (percent) is flagged. */
    private int lowProgressPercent = 50;
    /**
     * How much the unit's history tightens the margin: the margin used is {@code progressMargin × (1 − weight ×
     * share of the unit's tasks late this year)}; 0 ignores the history, 1 halves the margin of a unit half late.
     */
    private double historyWeight = 1.0;
    /** Open tasks due further ahead than this are not examined (the plan year's horizon). */
    private int taskHorizonDays = 120;
    /** A report not yet sent and due within this many days is examined. */
    private int reportDueSoonDays = 7;
    /** Risk points per overdue task, per late report, per return of a report, per score point lost since last year. */
    private double overdueWeight = 3;
    private double lateReportWeight = 2;
    private double returnedReportWeight = 1;
    private double scoreDropWeight = 0.2;
    /**
     * How long the ministry dashboard's figures (the aggregates over every unit, the scorecards, the warnings) are
     * kept before they are read again, in seconds; 0 reads them on every request. Each node keeps its own copy.
     */
    private int cacheSeconds = 30;
    /** Units listed per page of the ministry dashboard. */
    private int pageSize = 50;
    /** Warnings listed on a page. */
    private int warningLimit = 50;

    public int getProgressMargin() {
        return progressMargin;
    }

    public void setProgressMargin(int progressMargin) {
        this.progressMargin = between("progress-margin", progressMargin, 0, 100);
    }

    public int getTaskDueSoonDays() {
        return taskDueSoonDays;
    }

    public void setTaskDueSoonDays(int taskDueSoonDays) {
        this.taskDueSoonDays = between("task-due-soon-days", taskDueSoonDays, 0, 366);
    }

    public int getLowProgressPercent() {
        return lowProgressPercent;
    }

    public void setLowProgressPercent(int lowProgressPercent) {
        this.lowProgressPercent = between("low-progress-percent", lowProgressPercent, 0, 100);
    }

    public double getHistoryWeight() {
        return historyWeight;
    }

    public void setHistoryWeight(double historyWeight) {
        if (historyWeight < 0 || historyWeight > 1) {
            throw new IllegalArgumentException("plancycle.dashboard.history-weight must be between 0 and 1");
        }
        this.historyWeight = historyWeight;
    }

    public int getTaskHorizonDays() {
        return taskHorizonDays;
    }

    public void setTaskHorizonDays(int taskHorizonDays) {
        this.taskHorizonDays = between("task-horizon-days", taskHorizonDays, 1, 3660);
    }

    public int getReportDueSoonDays() {
        return reportDueSoonDays;
    }

    public void setReportDueSoonDays(int reportDueSoonDays) {
        this.reportDueSoonDays = between("report-due-soon-days", reportDueSoonDays, 0, 366);
    }

    public double getOverdueWeight() {
        return overdueWeight;
    }

    public void setOverdueWeight(double overdueWeight) {
        this.overdueWeight = overdueWeight;
    }

    public double getLateReportWeight() {
        return lateReportWeight;
    }

    public void setLateReportWeight(double lateReportWeight) {
        this.lateReportWeight = lateReportWeight;
    }

    public double getReturnedReportWeight() {
        return returnedReportWeight;
    }

    public void setReturnedReportWeight(double returnedReportWeight) {
        this.returnedReportWeight = returnedReportWeight;
    }

    public double getScoreDropWeight() {
        return scoreDropWeight;
    }

    public void setScoreDropWeight(double scoreDropWeight) {
        this.scoreDropWeight = scoreDropWeight;
    }

    public int getCacheSeconds() {
        return cacheSeconds;
    }

    public void setCacheSeconds(int cacheSeconds) {
        this.cacheSeconds = between("cache-seconds", cacheSeconds, 0, 3600);
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = between("page-size", pageSize, 1, 1000);
    }

    public int getWarningLimit() {
        return warningLimit;
    }

    public void setWarningLimit(int warningLimit) {
        this.warningLimit = between("warning-limit", warningLimit, 1, 1000);
    }

    private static int between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("plancycle.dashboard." + name + " must be between " + min + " and " + max
                    + ", not " + value);
        }
        return value;
    }
}
