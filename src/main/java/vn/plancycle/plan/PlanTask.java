package vn.plancycle.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One task of a plan: what (title, deliverable), who (owner), by when (due date), and its group. */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    public static final int TITLE_MAX = 500;
    public static final int DELIVERABLE_MAX = 1000;
    public static final int OWNER_MAX = 64;
    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_group", nullable = false, length = 40)
    private TaskGroup group;

    @Column(length = DELIVERABLE_MAX)
    private String deliverable;

    @Column(name = "owner_username", length = OWNER_MAX)
    private String ownerUsername;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(length = NOTES_MAX)
    private String notes;

    protected PlanTask() {
    }

    public PlanTask(String title, TaskGroup group, String deliverable, String ownerUsername, LocalDate dueDate,
            String notes) {
        this.title = title;
        this.group = group;
        this.deliverable = deliverable;
        this.ownerUsername = ownerUsername;
        this.dueDate = dueDate;
        this.notes = notes;
    }

    void attachTo(Plan plan, int position) {
        this.plan = plan;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public TaskGroup getGroup() {
        return group;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getNotes() {
        return notes;
    }
}
