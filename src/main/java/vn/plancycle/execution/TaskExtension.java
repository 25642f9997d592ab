package vn.plancycle.execution;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An owner's request for a new deadline and the head's decision on it: recorded, never silent. */
@Entity
@Table(name = "task_extension")
public class TaskExtension {

    public enum Decision {
        PENDING, GRANTED, REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_task_id", nullable = false, updatable = false)
    private Long planTaskId;

    @Column(name = "previous_due_date", nullable = false, updatable = false)
    private LocalDate previousDueDate;

    @Column(name = "requested_date", nullable = false, updatable = false)
    private LocalDate requestedDate;

    @Column(nullable = false, updatable = false, length = TaskExecution.NOTE_MAX)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private LocalDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision = Decision.PENDING;

    @Column(name = "decision_comment", length = TaskExecution.NOTE_MAX)
    private String decisionComment;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected TaskExtension() {
    }

    TaskExtension(long planTaskId, LocalDate previousDueDate, LocalDate requestedDate, String reason,
            String requestedBy, LocalDateTime requestedAt) {
        this.planTaskId = planTaskId;
        this.previousDueDate = previousDueDate;
        this.requestedDate = requestedDate;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void decide(Decision decision, String comment, String by, LocalDateTime at) {
        if (this.decision != Decision.PENDING) {
            throw new IllegalStateException("extension request " + id + " already decided");
        }
        this.decision = decision;
        this.decisionComment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanTaskId() {
        return planTaskId;
    }

    public LocalDate getPreviousDueDate() {
        return previousDueDate;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
