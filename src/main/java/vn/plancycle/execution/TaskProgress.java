package vn.plancycle.execution;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One progress update of a task (percent and note, by whom, when): the task's history. */
@Entity
@Table(name = "task_progress")
public class TaskProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_task_id", nullable = false, updatable = false)
    private Long planTaskId;

    @Column(name = "progress_percent", nullable = false, updatable = false)
    private int progressPercent;

    @Column(length = TaskExecution.NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected TaskProgress() {
    }

    public TaskProgress(long planTaskId, int progressPercent, String note, String recordedBy, LocalDateTime recordedAt) {
        this.planTaskId = planTaskId;
        this.progressPercent = progressPercent;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanTaskId() {
        return planTaskId;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
