package vn.plancycle.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;

/**
 * The leaders' confirmation of the classification: on create the round waits for the leaders; on complete
 * (after {@code checkDecisionListener}) a return is recorded on the round with its comment.
 */
@Component("confirmClassificationListener")
public class ConfirmClassificationListener implements TaskListener {

    private final EvaluationService evaluations;

    public ConfirmClassificationListener(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void notify(DelegateTask task) {
        long roundId = ((Number) task.getVariable(EvaluationProcess.VAR_ROUND_ID)).longValue();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            evaluations.leadersToConfirm(roundId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())
                && Decision.RETURNED.equals(task.getVariable(Decision.VAR_DECISION))) {
            evaluations.leadersReturned(roundId, String.valueOf(task.getVariable(Decision.VAR_COMMENT)).strip(),
                    EvaluationSteps.decider(task));
        }
    }
}
