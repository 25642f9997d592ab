package vn.plancycle.evaluation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On completing the head's self-assessment (page or Tasklist): checks it by {@link EvaluationRules} — a
 * refusal changes nothing — and stores it on the evaluation.
 */
@Component("selfAssessmentListener")
public class SelfAssessmentListener implements TaskListener {

    private final EvaluationRules rules;
    private final EvaluationService evaluations;
    private final IdentityService identity;
    private final MessageSource messages;

    public SelfAssessmentListener(EvaluationRules rules, EvaluationService evaluations, IdentityService identity,
            MessageSource messages) {
        this.rules = rules;
        this.evaluations = evaluations;
        this.identity = identity;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        EvaluationRules.SelfAssessment s;
        try {
            s = rules.selfAssessment(task.getVariable(EvaluationProcess.VAR_PROPOSED_CLASS),
                    task.getVariable(EvaluationProcess.VAR_EXPLANATION), task.getVariable(EvaluationProcess.VAR_EVIDENCE));
        } catch (EvaluationRefusedException e) {
            throw EvaluationSteps.refusal(messages, e);
        }
        evaluations.selfAssessed(EvaluationSteps.evaluationId(task), s,
                EvaluationSteps.actor(identity, task.getAssignee()));
    }
}
