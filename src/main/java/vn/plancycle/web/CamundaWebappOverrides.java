package vn.plancycle.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the application's own {@code scripts/config.js} and {@code locales/*.json} of the Camunda
 * webapps (classpath {@code camunda-webapp/app/}), before the webjar's: Tasklist and Welcome speak
 * Vietnamese first, English second.
 * <p>
 * They cannot simply shadow the webjar under {@code META-INF/resources/webjars/camunda}: the Spring
 * Boot repackager leaves {@code META-INF/**} at the root of the fat jar, outside the class path
 * ({@code BOOT-INF/classes}), so the packaged application would serve the webjar's English files.
 * These patterns are more specific than the Camunda starter's {@code /camunda/app/**}, so they win;
 * a file the application does not have (cockpit's config.js, en.json) comes from the webjar.
 */
@Configuration
public class CamundaWebappOverrides implements WebMvcConfigurer {

    static final String OVERRIDES = "classpath:/camunda-webapp/app/";

    private final String applicationPath;
    private final String webjarClasspath;

    public CamundaWebappOverrides(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath,
            @Value("${camunda.bpm.webapp.webjar-classpath:/META-INF/resources/webjars/camunda}") String webjarClasspath) {
        this.applicationPath = applicationPath;
        this.webjarClasspath = webjarClasspath;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(applicationPath + "/app/*/scripts/config.js", applicationPath + "/app/*/locales/*.json")
                .addResourceLocations(OVERRIDES, "classpath:" + webjarClasspath + "/app/");
    }
}
