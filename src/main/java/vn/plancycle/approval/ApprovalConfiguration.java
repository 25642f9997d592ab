package vn.plancycle.approval;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.plancycle.web.JsonRefusal;

/** Decisions taken through Camunda's REST roots (the API and the webapps') are checked first. */
@Configuration
class ApprovalConfiguration {

    @Bean
    FilterRegistrationBean<DecisionGuardFilter> decisionGuard(TaskService taskService, ApprovalTasks approvalTasks,
            JsonRefusal refusal) {
        FilterRegistrationBean<DecisionGuardFilter> registration =
                new FilterRegistrationBean<>(new DecisionGuardFilter(taskService, approvalTasks, refusal));
        registration.setName("plancycle-decision-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(103);
        return registration;
    }
}
