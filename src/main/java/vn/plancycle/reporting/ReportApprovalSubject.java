package vn.plancycle.reporting;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.plancycle.approval.ApprovalItem;
import vn.plancycle.approval.ApprovalSubject;
import vn.plancycle.approval.Decision;

/**
 * On the approval page, a waiting {@code unit-report} decision (the head signs, the reviewers review)
 * shows the report: status, figures per group, the narrative sections and the files. The head's yes
 * is "Ký, gửi Bộ" ({@code approved}), the reviewers' "Chấp nhận" ({@code accepted}). The item was found
 * under the user's authorization, so reading its report needs no further check.
 */
@Component
public class ReportApprovalSubject implements ApprovalSubject {

    static final Choice SIGN = new Choice(Decision.APPROVED, "reporting.decision.sign");
    static final Choice ACCEPT = new Choice(Decision.ACCEPTED, "reporting.decision.accept");

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final UnitReportService reports;

    public ReportApprovalSubject(RuntimeService runtimeService, TaskService taskService, UnitReportService reports) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.reports = reports;
    }

    @Override
    public boolean supports(String processKey) {
        return UnitReportProcess.KEY.equals(processKey);
    }

    @Override
    public String describe(ApprovalItem item, Model model) {
        Object reportId = runtimeService.getVariable(item.processInstanceId(), UnitReportProcess.VAR_REPORT_ID);
        if (!(reportId instanceof Number id)) {
            return null;
        }
        model.addAttribute("approvalReport", reports.reportForProcess(id.longValue()));
        return "reporting/fragments";
    }

    @Override
    public Choice yes(ApprovalItem item) {
        Task task = taskService.createTaskQuery().taskId(item.taskId()).singleResult();
        String step = task == null ? null : task.getTaskDefinitionKey();
        if (UnitReportProcess.TASK_REVIEW.equals(step)) {
            return ACCEPT;
        }
        if (UnitReportProcess.TASK_SIGN.equals(step)) {
            return SIGN;
        }
        return Choice.APPROVE;
    }
}
