package vn.plancycle.scoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.plancycle.notification.ProcessStep;

/**
 * "Score this step" service task ({@code ${recordScoreDelegate}}, element template {@code record-score}).
 * Inputs: {@code criterion}, {@code points} or {@code rule}, {@code subject}, optional {@code reason};
 * unit and year from the process variables {@code unitCode} and {@code year}. Once per step.
 */
@Component("recordScoreDelegate")
public class RecordScoreDelegate implements JavaDelegate {

    public static final String IN_CRITERION = "criterion";
    public static final String IN_POINTS = "points";
    public static final String IN_RULE = "rule";
    public static final String IN_SUBJECT = "subject";
    public static final String IN_REASON = "reason";
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_YEAR = "year";
    static final String SYSTEM = "system";

    private final ScoreService scores;

    public RecordScoreDelegate(ScoreService scores) {
        this.scores = scores;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        scores.recordStep(new StepScoreRequest(input(execution, IN_CRITERION), execution.getVariableLocal(IN_POINTS),
                input(execution, IN_RULE), input(execution, IN_SUBJECT), input(execution, IN_REASON),
                execution.getVariable(VAR_UNIT), execution.getVariable(VAR_YEAR), execution.getVariables(),
                ProcessStep.of(execution), who == null || who.getUserId() == null ? SYSTEM : who.getUserId()));
    }

    private static String input(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        return value == null ? null : value.toString();
    }
}
