package vn.plancycle.evaluation;

import java.util.Locale;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.plancycle.approval.Decision;
import vn.plancycle.web.ApiException;
import vn.plancycle.web.WebConfig;

/** Small helpers of the evaluation's steps: ids from variables, who acted, a refusal for Tasklist. */
final class EvaluationSteps {

    private EvaluationSteps() {
    }

    static long evaluationId(VariableScope scope) {
        return ((Number) scope.getVariable(EvaluationProcess.VAR_EVALUATION_ID)).longValue();
    }

    static String decider(VariableScope scope) {
        Object who = scope.getVariable(Decision.VAR_DECIDED_BY);
        return who == null ? EvaluationService.SYSTEM : who.toString();
    }

    static String actor(IdentityService identity, String fallback) {
        var auth = identity.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return fallback == null ? EvaluationService.SYSTEM : fallback;
    }

    /** The refusal as the engine's "bad request" in the user's language (Vietnamese unless a request chose). */
    static BadUserRequestException refusal(MessageSource messages, ApiException e) {
        Locale locale = LocaleContextHolder.getLocaleContext() != null ? LocaleContextHolder.getLocale()
                : WebConfig.VIETNAMESE;
        return new BadUserRequestException(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
    }
}
