package vn.plancycle.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as pages show it (editor, approvals, public page): its state, its tasks in order, and the
 * same tasks grouped by task group in the groups' order, with owners' full names.
 */
public record PlanView(Long planId, String unitCode, String unitName, int year, PlanStatus status,
        String returnComment, String returnedBy, LocalDateTime returnedAt, LocalDateTime submittedAt,
        String approvedBy, LocalDateTime approvedAt, LocalDateTime publishedAt, List<TaskRow> tasks) {

    public record TaskRow(Long id, int position, String title, TaskGroup group, String deliverable, String owner,
            String ownerName, LocalDate dueDate, String notes) {

        /** The owner's full name, or the login when the directory does not know it. */
        public String ownerDisplay() {
            if (owner == null) {
                return null;
            }
            return ownerName == null ? owner : ownerName;
        }
    }

    public record GroupBlock(TaskGroup group, List<TaskRow> tasks) {
    }

    public PlanView {
        tasks = List.copyOf(tasks);
    }

    /** An empty draft for a plan nobody has saved yet. */
    static PlanView empty(String unitCode, String unitName, int year) {
        return new PlanView(null, unitCode, unitName, year, PlanStatus.DRAFT, null, null, null, null, null, null, null,
                List.of());
    }

    static PlanView of(Plan plan, String unitCode, String unitName, Map<String, String> fullNames) {
        List<TaskRow> rows = plan.getTasks().stream().map(t -> new TaskRow(t.getId(), t.getPosition(), t.getTitle(),
                t.getGroup(), t.getDeliverable(), t.getOwnerUsername(),
                t.getOwnerUsername() == null ? null : fullNames.get(t.getOwnerUsername()), t.getDueDate(), t.getNotes()))
                .toList();
        return new PlanView(plan.getId(), unitCode, unitName, plan.getYear(), plan.getStatus(),
                plan.getReturnComment(), plan.getReturnedBy(), plan.getReturnedAt(), plan.getSubmittedAt(),
                plan.getApprovedBy(), plan.getApprovedAt(), plan.getPublishedAt(), rows);
    }

    public boolean exists() {
        return planId != null;
    }

    public boolean editable() {
        return status.isEditable();
    }

    public boolean isReturned() {
        return status == PlanStatus.RETURNED;
    }

    /** The business key of the plan's {@code unit-plan} instance. */
    public String businessKey() {
        return UnitPlanProcess.businessKey(unitCode, year);
    }

    /** Tasks grouped by task group, Decision 970 groups first, then CCHC (empty groups left out). */
    public List<GroupBlock> groups() {
        Map<TaskGroup, List<TaskRow>> byGroup = new EnumMap<>(TaskGroup.class);
        for (TaskRow row : tasks) {
            if (row.group() != null) {
                byGroup.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
            }
        }
        return byGroup.entrySet().stream().map(e -> new GroupBlock(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
