package vn.plancycle.execution;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The execution of one task of a published plan (same id as the plan task): progress, the original
 * and the current deadline, the stage in its {@code plan-task} process and the returns. Changes only
 * through the methods below; the status is {@link TaskStatus#of}.
 */
@Entity
@Table(name = "task_execution")
public class TaskExecution {

    public static final int NOTE_MAX = 2000;

    @Id
    @Column(name = "plan_task_id")
    private Long planTaskId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    private String unitCode;

    /** Quoted: {@code year} is a keyword of H2. */
    @Column(name = "\"year\"", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStage stage = TaskStage.WORKING;

    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;

    @Column(name = "last_note", length = NOTE_MAX)
    private String lastNote;

    @Column(name = "original_due_date", nullable = false, updatable = false)
    private LocalDate originalDueDate;

    @Column(name = "current_due_date", nullable = false)
    private LocalDate currentDueDate;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "reported_done_at")
    private LocalDateTime reportedDoneAt;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "accepted_by", length = 64)
    private String acceptedBy;

    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @Column(name = "last_return_comment", length = NOTE_MAX)
    private String lastReturnComment;

    @Version
    private Integer version;

    protected TaskExecution() {
    }

    public TaskExecution(long planTaskId, long planId, String unitCode, int year, LocalDate dueDate) {
        this.planTaskId = planTaskId;
        this.planId = planId;
        this.unitCode = unitCode;
        this.year = year;
        this.originalDueDate = dueDate;
        this.currentDueDate = dueDate;
    }

    public TaskStatus status(LocalDate today) {
        return TaskStatus.of(this, today);
    }

    void recordProgress(int percent, String note, LocalDateTime now) {
        progressPercent = percent;
        lastNote = note;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /** The owner reports the result: it waits for the head. */
    void markReported(LocalDateTime now) {
        stage = TaskStage.REPORTED;
        progressPercent = 100;
        reportedDoneAt = now;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    void markAccepted(String by, LocalDateTime now) {
        stage = TaskStage.ACCEPTED;
        acceptedBy = by;
        acceptedAt = now;
    }

    /** The head returned the result for rework: back to the owner. */
    void markReturned(String comment) {
        stage = TaskStage.WORKING;
        returnCount++;
        lastReturnComment = comment;
    }

    void moveDeadline(LocalDate newDueDate) {
        currentDueDate = newDueDate;
    }

    public boolean isWorking() {
        return stage == TaskStage.WORKING;
    }

    public Long getPlanTaskId() {
        return planTaskId;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getYear() {
        return year;
    }

    public TaskStage getStage() {
        return stage;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public String getLastNote() {
        return lastNote;
    }

    public LocalDate getOriginalDueDate() {
        return originalDueDate;
    }

    public LocalDate getCurrentDueDate() {
        return currentDueDate;
    }

    public boolean isExtended() {
        return !currentDueDate.equals(originalDueDate);
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getReportedDoneAt() {
        return reportedDoneAt;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public String getLastReturnComment() {
        return lastReturnComment;
    }
}
