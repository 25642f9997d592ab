package vn.plancycle.system;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.plancycle.web.JsonRefusal;

/** Task completions through Camunda's REST roots (the API and the webapps') are checked by the task's form. */
@Configuration
class FormRulesConfiguration {

    @Bean
    FilterRegistrationBean<FormRulesGuardFilter> formRulesGuard(TaskService taskService, FormService formService,
            JsonRefusal refusal) {
        FilterRegistrationBean<FormRulesGuardFilter> registration =
                new FilterRegistrationBean<>(new FormRulesGuardFilter(taskService, formService, refusal));
        registration.setName("plancycle-form-rules-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(105);
        return registration;
    }
}
