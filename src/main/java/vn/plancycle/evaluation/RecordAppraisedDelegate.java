package vn.plancycle.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.scoring.Points;

/**
 * Step "Ghi nhận kết quả thẩm định": the appraised score (frozen scorecard with its adjustments) and, when
 * this was the round's last unit, the message that lets the round go on to the leaders.
 */
@Component("recordAppraisedDelegate")
public class RecordAppraisedDelegate implements JavaDelegate {

    private final EvaluationService evaluations;

    public RecordAppraisedDelegate(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Evaluation e = evaluations.appraised(EvaluationSteps.evaluationId(execution));
        execution.setVariable(EvaluationProcess.VAR_APPRAISED_SCORE, Points.text(e.getAppraisedScore()));
        evaluations.tellRoundIfAllAppraised(e.getRoundId());
    }
}
