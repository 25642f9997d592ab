package vn.plancycle.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.plancycle.web.JsonRefusal;

/** Deployments through either REST root (Modeler uses /engine-rest) answer a broken model clearly. */
@Configuration
class DeploymentConfiguration {

    @Bean
    FilterRegistrationBean<DeploymentRefusalFilter> deploymentRefusal(JsonRefusal refusal) {
        FilterRegistrationBean<DeploymentRefusalFilter> registration =
                new FilterRegistrationBean<>(new DeploymentRefusalFilter(refusal));
        registration.setName("plancycle-deployment-refusal");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(104);
        return registration;
    }
}
