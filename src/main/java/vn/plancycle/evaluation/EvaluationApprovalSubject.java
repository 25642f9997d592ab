package vn.plancycle.evaluation;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.plancycle.approval.ApprovalItem;
import vn.plancycle.approval.ApprovalSubject;
import vn.plancycle.approval.Decision;

/**
 * On the approvals page: the reviewers' appraisal of a unit's evaluation (yes = {@code accepted}; the adjustment
 * is made on the evaluation's own page, which the subject links to) and the leaders' confirmation of a year's
 * classification (yes = {@code approved}; the page of the classification shows who falls back and why).
 */
@Component
public class EvaluationApprovalSubject implements ApprovalSubject {

    static final Choice ACCEPT = new Choice(Decision.ACCEPTED, "evaluation.form.accept");
    static final Choice CONFIRM = new Choice(Decision.APPROVED, "evaluation.round.approve");

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final EvaluationService evaluations;

    public EvaluationApprovalSubject(RuntimeService runtimeService, TaskService taskService,
            EvaluationService evaluations) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.evaluations = evaluations;
    }

    @Override
    public boolean supports(String processKey) {
        return EvaluationProcess.UNIT_KEY.equals(processKey) || EvaluationProcess.ROUND_KEY.equals(processKey);
    }

    @Override
    public String describe(ApprovalItem item, Model model) {
        if (EvaluationProcess.UNIT_KEY.equals(item.processKey())) {
            Object id = runtimeService.getVariable(item.processInstanceId(), EvaluationProcess.VAR_EVALUATION_ID);
            if (!(id instanceof Number n)) {
                return null;
            }
            Evaluation e = evaluations.evaluation(n.longValue());
            model.addAttribute("approvalEvaluation", e);
            model.addAttribute("approvalUnitName", evaluations.unitNames().get(e.getUnitCode()));
            return "evaluation/fragments";
        }
        Object year = runtimeService.getVariable(item.processInstanceId(), EvaluationProcess.VAR_YEAR);
        if (!(year instanceof Number y)) {
            return null;
        }
        model.addAttribute("approvalRoundYear", y.intValue());
        return "evaluation/fragments";
    }

    @Override
    public Choice yes(ApprovalItem item) {
        Task task = taskService.createTaskQuery().taskId(item.taskId()).singleResult();
        String step = task == null ? null : task.getTaskDefinitionKey();
        return EvaluationProcess.TASK_APPRAISE.equals(step) ? ACCEPT : CONFIRM;
    }
}
