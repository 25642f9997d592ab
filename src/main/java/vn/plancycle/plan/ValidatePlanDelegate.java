package vn.plancycle.plan;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Step "Kiểm tra rõ việc, rõ người, rõ thời hạn": checks the plan and sets {@code planValid} and, when
 * it fails, {@code validationProblems} (one sentence per line, in Vietnamese, shown to staff in Tasklist).
 */
@Component("validatePlanDelegate")
public class ValidatePlanDelegate implements JavaDelegate {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PlanService plans;
    private final PlanTexts texts;

    public ValidatePlanDelegate(PlanService plans, PlanTexts texts) {
        this.plans = plans;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(UnitPlanProcess.VAR_PLAN_ID)).longValue();
        List<PlanProblem> problems = plans.validate(planId);
        if (problems.isEmpty()) {
            plans.markSubmitted(planId);
            execution.setVariable(UnitPlanProcess.VAR_PLAN_VALID, true);
            execution.setVariable(UnitPlanProcess.VAR_PROBLEMS, "");
            return;
        }
        plans.markDraftInvalid(planId);
        execution.setVariable(UnitPlanProcess.VAR_PLAN_VALID, false);
        execution.setVariable(UnitPlanProcess.VAR_PROBLEMS, String.join("\n", inVietnamese(problems)));
    }

    private List<String> inVietnamese(List<PlanProblem> problems) {
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(VIETNAMESE);
        try {
            return texts.problems(problems);
        } finally {
            LocaleContextHolder.setLocaleContext(before); // null stays null: no locale leaks into the thread
        }
    }
}
