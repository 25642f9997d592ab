package vn.plancycle.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.JsonRefusal;

/**
 * Deployments through either REST root (Modeler uses /engine-rest): only process owners may change
 * what is deployed, and a broken model is answered clearly.
 */
@Configuration
class DeploymentConfiguration {

    private static final String[] ENGINE_REST_ROOTS = {"/engine-rest/*", "/camunda/api/engine/*"};

    @Bean
    FilterRegistrationBean<DeploymentPermissionFilter> deploymentPermission(CurrentUserService users,
            JsonRefusal refusal) {
        FilterRegistrationBean<DeploymentPermissionFilter> registration =
                new FilterRegistrationBean<>(new DeploymentPermissionFilter(users, refusal));
        registration.setName("plancycle-deployment-permission");
        registration.addUrlPatterns(ENGINE_REST_ROOTS);
        registration.setOrder(103);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DeploymentRefusalFilter> deploymentRefusal(JsonRefusal refusal) {
        FilterRegistrationBean<DeploymentRefusalFilter> registration =
                new FilterRegistrationBean<>(new DeploymentRefusalFilter(refusal));
        registration.setName("plancycle-deployment-refusal");
        registration.addUrlPatterns(ENGINE_REST_ROOTS);
        registration.setOrder(104);
        return registration;
    }
}
