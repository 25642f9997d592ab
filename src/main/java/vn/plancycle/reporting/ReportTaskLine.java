package vn.plancycle.reporting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.plancycle.execution.TaskStatus;
import vn.plancycle.plan.TaskGroup;

/** One task of the unit's plan as it stood at the report's cut-off: frozen, never updated. */
@Entity
@Table(name = "report_task_line")
public class ReportTaskLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "plan_task_id", nullable = false, updatable = false)
    private Long planTaskId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_group", nullable = false, updatable = false, length = 40)
    private TaskGroup taskGroup;

    @Column(nullable = false, updatable = false, length = 500)
    private String title;

    @Column(name = "owner_username", updatable = false, length = 64)
    private String ownerUsername;

    /** The deadline in force at the cut-off (after extensions granted by then). */
    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private TaskStatus status;

    @Column(name = "progress_percent", nullable = false, updatable = false)
    private int progressPercent;

    /** The day the accepted result was reported, when it was done by the cut-off. */
    @Column(name = "done_date", updatable = false)
    private LocalDate doneDate;

    protected ReportTaskLine() {
    }

    public ReportTaskLine(Long reportId, Long planTaskId, int position, TaskGroup taskGroup, String title,
            String ownerUsername, LocalDate dueDate, TaskStatus status, int progressPercent, LocalDate doneDate) {
        this.reportId = reportId;
        this.planTaskId = planTaskId;
        this.position = position;
        this.taskGroup = taskGroup;
        this.title = title;
        this.ownerUsername = ownerUsername;
        this.dueDate = dueDate;
        this.status = status;
        this.progressPercent = progressPercent;
        this.doneDate = doneDate;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getPlanTaskId() {
        return planTaskId;
    }

    public int getPosition() {
        return position;
    }

    public TaskGroup getTaskGroup() {
        return taskGroup;
    }

    public String getTitle() {
        return title;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public LocalDate getDoneDate() {
        return doneDate;
    }
}
