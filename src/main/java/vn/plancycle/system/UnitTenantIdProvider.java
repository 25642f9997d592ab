package vn.plancycle.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Process definitions are shared (deployed without a tenant); each instance belongs to its unit:
 * the tenant is the {@value #UNIT_VARIABLE} variable the starter sets, or the calling instance's
 * tenant for a call activity. Ministry-wide instances (no unit) have no tenant and are seen by
 * everyone authorized for them.
 */
public class UnitTenantIdProvider implements TenantIdProvider {

    public static final String UNIT_VARIABLE = "unitCode";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        Object unit = ctx.getVariables() == null ? null : ctx.getVariables().get(UNIT_VARIABLE);
        if (unit instanceof String code && !code.isBlank()) {
            return code;
        }
        DelegateExecution caller = ctx.getSuperExecution();
        return caller == null ? null : caller.getTenantId();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        return execution == null ? null : execution.getTenantId();
    }
}
