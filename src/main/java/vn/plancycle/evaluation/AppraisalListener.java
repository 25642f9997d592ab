package vn.plancycle.evaluation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/**
 * On completing the reviewers' appraisal (page or Tasklist), after {@code checkDecisionListener}: checks the
 * adjustment and its reason by {@link EvaluationRules} — a refusal changes nothing — stores the appraisal on
 * the evaluation and sets {@code adjusted} and the normalised {@code adjustment} for the scoring step.
 */
@Component("appraisalListener")
public class AppraisalListener implements TaskListener {

    private final EvaluationRules rules;
    private final EvaluationService evaluations;
    private final IdentityService identity;
    private final MessageSource messages;
    private final EvaluationSettings settings;

    public AppraisalListener(EvaluationRules rules, EvaluationService evaluations, IdentityService identity,
            MessageSource messages, EvaluationSettings settings) {
        this.settings = settings;
        this.rules = rules;
        this.evaluations = evaluations;
        this.identity = identity;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        EvaluationRules.Appraisal a;
        try {
            a = rules.appraisal(task.getVariable(Decision.VAR_DECISION), task.getVariable(Decision.VAR_COMMENT),
                    task.getVariable(EvaluationProcess.VAR_ADJUSTMENT),
                    task.getVariable(EvaluationProcess.VAR_ADJUSTMENT_REASON));
        } catch (EvaluationRefusedException e) {
            throw EvaluationSteps.refusal(messages, e);
        }
        evaluations.appraisal(EvaluationSteps.evaluationId(task), a, EvaluationSteps.actor(identity, task.getAssignee()));
        var execution = task.getExecution();
        execution.setVariable(EvaluationProcess.VAR_ADJUSTED, a.adjusted());
        execution.setVariable(EvaluationProcess.VAR_ADJUSTMENT, a.adjusted() ? a.adjustment().toPlainString() : "");
        execution.setVariable(EvaluationProcess.VAR_ADJUSTMENT_REASON, a.adjusted() ? a.reason() : "");
        if (Decision.RETURNED.equals(a.decision())) {
            // the head's step comes again: its deadline timer must not have passed already
            int year = ((Number) task.getVariable(EvaluationProcess.VAR_YEAR)).intValue();
            var deadline = settings.deadlineAfterReturn(year, EvaluationService.now());
            execution.setVariable(EvaluationProcess.VAR_SELF_DEADLINE_AT, deadline.toString());
            execution.setVariable(EvaluationProcess.VAR_SELF_DEADLINE, vn.plancycle.plan.PlanTexts.DATE.format(deadline));
        }
    }
}
