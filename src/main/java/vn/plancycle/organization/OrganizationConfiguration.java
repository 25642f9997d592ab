package vn.plancycle.organization;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the organization's settings ({@code plancycle.workforce.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkforceTargets.class)
public class OrganizationConfiguration {
}
