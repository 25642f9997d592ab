package vn.plancycle.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls of the application's pages as the logged-in user, so that Camunda's
 * authorization and the unit tenants check them exactly as they check Tasklist and the REST API.
 */
@Component
public class EngineUser {

    private final IdentityService identityService;

    public EngineUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(CurrentUser user, Supplier<T> work) {
        List<String> tenants = new ArrayList<>();
        for (Tenant tenant : identityService.createTenantQuery().userMember(user.username())
                .includingGroupsOfUser(true).list()) {
            tenants.add(tenant.getId());
        }
        identityService.setAuthentication(user.username(), new ArrayList<>(user.groups()), tenants);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void run(CurrentUser user, Runnable work) {
        call(user, () -> {
            work.run();
            return null;
        });
    }
}
