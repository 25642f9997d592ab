package vn.plancycle.security;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.plancycle.web.JsonRefusal;

/**
 * One login for the application, Tasklist, Cockpit, Admin and the REST APIs.
 * <ul>
 * <li>Pages: form login at {@code /login}, session cookie, CSRF tokens on the application's forms.</li>
 * <li>{@code /engine-rest/**} and {@code /api/**}: 401 without credentials; HTTP Basic (checked against
 * Camunda's identity service) for scripts, the session for pages.</li>
 * <li>Camunda's webapps take the Spring user through {@link ContainerBasedAuthenticationFilter};
 * the engine REST API through {@link ProcessEngineAuthenticationFilter}. Both hand the engine the
 * user's groups and tenants, so Camunda authorization and the unit tenants apply.</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

    private static final String[] PUBLIC = {"/", "/login", "/public/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
        "/favicon.ico", "/error", "/v3/api-docs/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider)
            throws Exception {
        RequestMatcher apis = new OrRequestMatcher(
                AntPathRequestMatcher.antMatcher("/engine-rest/**"), AntPathRequestMatcher.antMatcher("/api/**"));
        http.authenticationProvider(provider)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC).permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error")
                .permitAll())
            .httpBasic(basic -> basic.realmName("PlanCycle"))
            .logout(logout -> logout
                .logoutRequestMatcher(new OrRequestMatcher(
                    AntPathRequestMatcher.antMatcher(HttpMethod.POST, "/logout"),
                    // the webapps' own "log out" ends the shared session too
                    AntPathRequestMatcher.antMatcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout")))
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("PLANCYCLE_SESSION"))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(new JsonUnauthorizedEntryPoint(), apis))
            .csrf(csrf -> csrf.ignoringRequestMatchers(
                AntPathRequestMatcher.antMatcher("/engine-rest/**"),
                // the webapps carry Camunda's own CSRF protection (X-XSRF-TOKEN)
                AntPathRequestMatcher.antMatcher("/camunda/**"),
                SecurityConfig::isBasicAuthApiCall))
            .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /** A script calling /api with HTTP Basic carries no session, hence no CSRF token and no CSRF risk. */
    private static boolean isBasicAuthApiCall(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("plancycle-engine-rest-authentication");
        registration.addInitParameter("authentication-provider", SpringSecurityEngineAuthentication.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(101);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("plancycle-webapp-authentication");
        registration.addInitParameter("authentication-provider", SpringSecurityEngineAuthentication.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ExpressionQueryGuardFilter> expressionQueryGuard(JsonRefusal refusal) {
        FilterRegistrationBean<ExpressionQueryGuardFilter> registration =
                new FilterRegistrationBean<>(new ExpressionQueryGuardFilter(refusal));
        registration.setName("plancycle-expression-query-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(102);
        return registration;
    }

    /** 401 with a JSON body for the APIs instead of a redirect to the login page. */
    static class JsonUnauthorizedEntryPoint implements org.springframework.security.web.AuthenticationEntryPoint {
        @Override
        public void commence(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.core.AuthenticationException authException) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("WWW-Authenticate", "Basic realm=\"PlanCycle\"");
            response.setContentType("application/json;charset=UTF-8");
            try {
                response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"Cần đăng nhập (HTTP Basic hoặc phiên đăng nhập).\"}");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
