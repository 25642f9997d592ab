package vn.plancycle.reporting;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves {@code unit-report} instances from the application's pages and API. */
@Service
public class ReportingWorkflow {

    private final TaskService taskService;
    private final UnitReportRepository reports;

    public ReportingWorkflow(TaskService taskService, UnitReportRepository reports) {
        this.taskService = taskService;
        this.reports = reports;
    }

    /** The staff's write step waiting for the report, or null. */
    public Task writeTask(long reportId) {
        return reports.findById(reportId).filter(UnitReport::isStarted).map(r -> taskService.createTaskQuery()
                .processInstanceId(r.getProcessInstanceId()).taskDefinitionKey(UnitReportProcess.TASK_WRITE)
                .singleResult()).orElse(null);
    }

    /**
     * Sends the report to the head: completes the waiting write step as the given user (kept as the step's
     * assignee in the history). False when no write step waits; an incomplete report is refused.
     */
    @Transactional
    public boolean sendToHead(long reportId, String username) {
        Task task = writeTask(reportId);
        if (task == null) {
            return false;
        }
        UnitReport report = reports.require(reportId);
        if (!report.isComplete()) {
            throw ReportingRefusedException.incompleteReport();
        }
        taskService.setAssignee(task.getId(), username);
        taskService.complete(task.getId());
        return true;
    }
}
