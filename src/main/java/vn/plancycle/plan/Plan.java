package vn.plancycle.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit's plan for one year (one row per unit and year) and its tasks. The status moves only
 * through the methods below; the task list changes only while the plan is editable.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The unit (table {@code unit} of the organization package), by id. */
    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    /** Quoted: {@code year} is a keyword of H2 (see V3__plan.sql). */
    @Column(name = "\"year\"", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "returned_by", length = 64)
    private String returnedBy;

    @Column(name = "returned_at")
    private LocalDateTime returnedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    private Integer version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanTask> tasks = new ArrayList<>();

    protected Plan() {
    }

    public Plan(long unitId, int year) {
        this.unitId = unitId;
        this.year = year;
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    /** Refuses any change of the task list unless the plan is a draft or was returned. */
    public void requireEditable() {
        if (!isEditable()) {
            throw PlanRefusedException.conflict("plan_not_editable", "plan.error.notEditable", year);
        }
    }

    /** Replaces the task list (positions 1..n in the given order). */
    public void replaceTasks(List<PlanTask> newTasks) {
        requireEditable();
        tasks.clear();
        newTasks.forEach(this::addTask);
    }

    /** Appends a task at the end. */
    public void addTask(PlanTask task) {
        requireEditable();
        task.attachTo(this, tasks.size() + 1);
        tasks.add(task);
    }

    /** Removes a task and renumbers the others; false when the plan has no such task. */
    public boolean removeTask(long taskId) {
        requireEditable();
        boolean removed = tasks.removeIf(t -> t.getId() != null && t.getId() == taskId);
        for (int i = 0; i < tasks.size(); i++) {
            tasks.get(i).attachTo(this, i + 1);
        }
        return removed;
    }

    /** The drafting is over: the plan waits for the head. Nothing else is cleared. */
    void markSubmitted(LocalDateTime now) {
        status = PlanStatus.SUBMITTED;
        submittedAt = now;
    }

    /**
     * The automatic check refused the plan: it is a draft again (a returned plan stays returned,
     * keeping the head's comment in view).
     */
    void markDraftInvalid() {
        if (!isEditable()) {
            status = PlanStatus.DRAFT;
        }
    }

    void markReturned(String comment, String by, LocalDateTime now) {
        status = PlanStatus.RETURNED;
        returnComment = comment;
        returnedBy = by;
        returnedAt = now;
    }

    void markApprovedAndPublished(String by, LocalDateTime now) {
        status = PlanStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
        status = PlanStatus.PUBLISHED;
        publishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getYear() {
        return year;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public LocalDateTime getReturnedAt() {
        return returnedAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public List<PlanTask> getTasks() {
        return Collections.unmodifiableList(tasks);
    }
}
