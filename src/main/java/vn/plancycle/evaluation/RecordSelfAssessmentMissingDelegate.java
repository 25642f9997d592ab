package vn.plancycle.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Ghi nhận quá hạn tự đánh giá": the deadline passed; the appraisal goes on without it, noting so. */
@Component("recordSelfAssessmentMissingDelegate")
public class RecordSelfAssessmentMissingDelegate implements JavaDelegate {

    private final EvaluationService evaluations;

    public RecordSelfAssessmentMissingDelegate(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        evaluations.selfAssessmentMissed(EvaluationSteps.evaluationId(execution));
    }
}
