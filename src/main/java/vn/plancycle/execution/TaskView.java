package vn.plancycle.execution;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.plancycle.plan.TaskGroup;

/** A plan task with its execution, as the list, the API and the approval page show it. */
public record TaskView(long taskId, long planId, String unitCode, int year, int position, String title,
        TaskGroup group, String deliverable, String owner, String ownerName, LocalDate originalDueDate,
        LocalDate currentDueDate, int progressPercent, String lastNote, TaskStage stage, TaskStatus status,
        LocalDateTime startedAt, LocalDateTime reportedDoneAt, LocalDateTime acceptedAt, String acceptedBy,
        int returnCount, String lastReturnComment) {

    public boolean extended() {
        return !currentDueDate.equals(originalDueDate);
    }

    public String ownerDisplay() {
        return ownerName == null ? owner : ownerName + " (" + owner + ")";
    }

    /** The task with its history: progress updates, evidence and extension requests. */
    public record Detail(TaskView task, List<TaskProgress> progress, List<EvidenceInfo> evidence,
            List<TaskExtension> extensions) {
    }
}
