package vn.plancycle.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Mở đánh giá cho từng đơn vị": one evaluation and one {@code annual-evaluation} per active unit, once. */
@Component("startUnitEvaluationsDelegate")
public class StartUnitEvaluationsDelegate implements JavaDelegate {

    private final EvaluationService evaluations;

    public StartUnitEvaluationsDelegate(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = ((Number) execution.getVariable(EvaluationProcess.VAR_ROUND_ID)).longValue();
        evaluations.startEvaluations(roundId);
        execution.setVariable(EvaluationProcess.VAR_UNIT_COUNT, evaluations.ofRound(roundId).size());
    }
}
