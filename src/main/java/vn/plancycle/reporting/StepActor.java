package vn.plancycle.reporting;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.IdentityService;

import vn.plancycle.approval.Decision;

/** Who acted at a reporting step: the decider a decision task recorded, else the engine's user, else "system". */
final class StepActor {

    private StepActor() {
    }

    static String decider(VariableScope scope) {
        Object who = scope.getVariable(Decision.VAR_DECIDED_BY);
        return who == null ? ReportingService.SYSTEM : who.toString();
    }

    static String current(IdentityService identityService, String fallback) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return fallback == null ? ReportingService.SYSTEM : fallback;
    }

    static long id(VariableScope scope, String name) {
        return ((Number) scope.getVariable(name)).longValue();
    }
}
