package vn.plancycle.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One task as a person types it (the editor's form, a row of the JSON API or of an import). A draft
 * may be incomplete: only the title and the group are required here, the rest is reported by
 * {@link PlanValidator}.
 */
public class PlanTaskForm {

    @NotBlank(message = "{plan.task.title.required}")
    @Size(max = PlanTask.TITLE_MAX, message = "{plan.task.title.tooLong}")
    private String title;

    /** The group's enum name or its Vietnamese label. */
    @NotBlank(message = "{plan.task.group.required}")
    private String group;

    @Size(max = PlanTask.DELIVERABLE_MAX, message = "{plan.task.deliverable.tooLong}")
    private String deliverable;

    @Size(max = PlanTask.OWNER_MAX, message = "{plan.task.owner.tooLong}")
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    @Size(max = PlanTask.NOTES_MAX, message = "{plan.task.notes.tooLong}")
    private String notes;

    public PlanTaskForm() {
    }

    public PlanTaskForm(String title, String group, String deliverable, String owner, LocalDate dueDate, String notes) {
        this.title = title;
        this.group = group;
        this.deliverable = deliverable;
        this.owner = owner;
        this.dueDate = dueDate;
        this.notes = notes;
    }

    @AssertTrue(message = "{plan.task.group.unknown}")
    public boolean isGroupKnown() {
        return group == null || group.isBlank() || TaskGroup.parse(group).isPresent();
    }

    /** The task this form describes (blank texts become null). */
    PlanTask toTask() {
        return new PlanTask(title == null ? null : title.strip(), TaskGroup.parse(group).orElse(null),
                trimToNull(deliverable), trimToNull(owner), dueDate, trimToNull(notes));
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public void setDeliverable(String deliverable) {
        this.deliverable = deliverable;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
