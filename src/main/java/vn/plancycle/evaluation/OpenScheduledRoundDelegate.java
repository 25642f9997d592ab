package vn.plancycle.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Mở đợt đánh giá năm" of {@code evaluation-round} (timer start): opens the current year's round for
 * this instance (business key {@code EVAL-{YEAR}}); {@code alreadyOpen} when a reviewer opened it before.
 */
@Component("openScheduledRoundDelegate")
public class OpenScheduledRoundDelegate implements JavaDelegate {

    private final EvaluationService evaluations;

    public OpenScheduledRoundDelegate(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var opened = evaluations.openScheduled(EvaluationService.now().getYear(), execution.getProcessInstanceId());
        execution.setVariable(EvaluationProcess.VAR_ALREADY_OPEN, opened.isEmpty());
        opened.ifPresent(round -> {
            execution.setProcessBusinessKey(round.getBusinessKey());
            execution.setVariables(evaluations.roundVariables(round));
        });
    }
}
