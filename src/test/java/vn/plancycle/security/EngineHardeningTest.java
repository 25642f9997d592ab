package vn.plancycle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.plancycle.testsupport.AppTest;

/** The engine and the web layer are hardened as the foundation issue requires. */
@AppTest
class EngineHardeningTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void engineSettings() {
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(cfg.isAuthorizationEnabled()).isTrue();
        assertThat(cfg.isTenantCheckEnabled()).isTrue();
        assertThat(cfg.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(cfg.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(cfg.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(cfg.getQueryMaxResultsLimit()).isEqualTo(2000);
        assertThat(cfg.isStandaloneTasksEnabled()).isFalse();
        assertThat(cfg.isCmmnEnabled()).isFalse();
        assertThat(cfg.getHistory()).isEqualTo("full");
        assertThat(cfg.getHistoryCleanupBatchWindowStartTime()).isNotBlank();
    }

    @Test
    void withoutCredentialsTheApisAnswer401() {
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/process-instance",
                "/engine-rest/deployment", "/api/units")) {
            ResponseEntity<String> response = rest.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> wrong = rest.withBasicAuth("nobody-at-all", "x").getForEntity("/engine-rest/task", String.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void httpBasicAgainstCamundasIdentityWorksForScripts() {
        ResponseEntity<String> response = rest.withBasicAuth("staff-vp", "demo")
                .getForEntity("/engine-rest/task?firstResult=0&maxResults=100", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("staff-vp", "demo").getForEntity("/api/units", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnboundedQueryIsRefusedWithA4xx() {
        ResponseEntity<String> response = rest.withBasicAuth("reviewer", "demo")
                .getForEntity("/engine-rest/history/process-instance?maxResults=5000", String.class);
        assertThat(response.getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        ResponseEntity<String> login = rest.getForEntity("/login", String.class);
        String cookie = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("PLANCYCLE_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void theLoginPageSpeaksVietnameseAndEnglish() {
        assertThat(rest.getForObject("/login", String.class)).contains("Đăng nhập").contains("Mật khẩu");
        assertThat(rest.getForObject("/login?lang=en", String.class)).contains("Log in").contains("Password");
    }
}
