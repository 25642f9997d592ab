package vn.plancycle.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.plancycle.plan.TaskGroup;

/**
 * The counts of one task group in a report at its cut-off: assigned, and by the five statuses of
 * DOMAIN §2. Completion = done (on time or late) / assigned.
 */
@Entity
@Table(name = "report_group_figure")
public class ReportGroupFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_group", nullable = false, updatable = false, length = 40)
    private TaskGroup taskGroup;

    @Column(nullable = false, updatable = false)
    private int assigned;

    @Column(name = "done_on_time", nullable = false, updatable = false)
    private int doneOnTime;

    @Column(name = "done_late", nullable = false, updatable = false)
    private int doneLate;

    @Column(name = "in_progress", nullable = false, updatable = false)
    private int inProgress;

    @Column(name = "not_started", nullable = false, updatable = false)
    private int notStarted;

    @Column(nullable = false, updatable = false)
    private int overdue;

    protected ReportGroupFigure() {
    }

    public ReportGroupFigure(Long reportId, TaskGroup taskGroup, int assigned, int doneOnTime, int doneLate,
            int inProgress, int notStarted, int overdue) {
        this.reportId = reportId;
        this.taskGroup = taskGroup;
        this.assigned = assigned;
        this.doneOnTime = doneOnTime;
        this.doneLate = doneLate;
        this.inProgress = inProgress;
        this.notStarted = notStarted;
        this.overdue = overdue;
    }

    public int done() {
        return doneOnTime + doneLate;
    }

    /** Percent done of assigned, one decimal; zero when nothing was assigned. */
    public BigDecimal completionPercent() {
        return percent(done(), assigned);
    }

    public static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public TaskGroup getTaskGroup() {
        return taskGroup;
    }

    public int getAssigned() {
        return assigned;
    }

    public int getDoneOnTime() {
        return doneOnTime;
    }

    public int getDoneLate() {
        return doneLate;
    }

    public int getInProgress() {
        return inProgress;
    }

    public int getNotStarted() {
        return notStarted;
    }

    public int getOverdue() {
        return overdue;
    }
}
