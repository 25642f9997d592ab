package vn.plancycle.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.plancycle.scoring.Points;

/** Step "Chốt bảng điểm": freezes the unit's scorecard at the newest score entry; its total goes to the notices. */
@Component("freezeScorecardDelegate")
public class FreezeScorecardDelegate implements JavaDelegate {

    private final EvaluationService evaluations;

    public FreezeScorecardDelegate(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Evaluation e = evaluations.freeze(EvaluationSteps.evaluationId(execution));
        execution.setVariable(EvaluationProcess.VAR_FROZEN_TOTAL, Points.text(e.getFrozenTotal()));
    }
}
