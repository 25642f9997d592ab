package vn.plancycle.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Engine settings that are code rather than properties: the unit tenant of every instance, and
 * the refusal of another unit's data as an authorization failure (403 on every REST root)
 * instead of the plain engine exception (500) that Camunda's tenant check throws.
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    private static final String TENANT_REFUSAL = "belongs to no authenticated tenant";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new UnitTenantIdProvider());
        configuration.setCommandCheckers(List.of(refusingAsUnauthorized(new TenantCommandChecker()),
                new AuthorizationCommandChecker()));
        List<CommandInterceptor> before = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            before.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        before.add(new ConcurrentCompletionRetry());
        configuration.setCustomPreCommandInterceptorsTxRequired(before);
    }

    static CommandChecker refusingAsUnauthorized(CommandChecker tenantChecker) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return method.invoke(tenantChecker, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ProcessEngineException pe && !(pe instanceof AuthorizationException)
                        && pe.getMessage() != null && pe.getMessage().contains(TENANT_REFUSAL)) {
                    throw new AuthorizationException(pe.getMessage());
                }
                throw cause;
            }
        };
        return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
                new Class<?>[] {CommandChecker.class}, handler);
    }
}
