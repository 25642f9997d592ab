package vn.plancycle.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Công bố kết quả xếp loại" of {@code evaluation-round}: stores each unit's final class (the cap of
 * {@code ClassificationRule} applied over the appraised scores), publishes the round, and moves every unit's
 * {@code annual-evaluation} on to its notice.
 */
@Component("publishClassificationDelegate")
public class PublishClassificationDelegate implements JavaDelegate {

    private final EvaluationService evaluations;

    public PublishClassificationDelegate(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        evaluations.publish(((Number) execution.getVariable(EvaluationProcess.VAR_ROUND_ID)).longValue(),
                EvaluationSteps.decider(execution));
    }
}
