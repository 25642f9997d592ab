package vn.plancycle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.ExpressionProbe;

/**
 * An expression inside a task query's {@code orQueries} (which Camunda 7.24 evaluates even with
 * ad-hoc expressions off) is refused on both REST roots and never evaluated: the probe bean that
 * the expression calls is never called.
 */
@AppTest
class ExpressionQueryGuardTest {

    private static final String OR_QUERY_WITH_EXPRESSION =
            "{\"orQueries\":[{\"assigneeExpression\":\"${expressionProbe.hit()}\"}]}";
    private static final String OR_QUERY_WITH_HIDDEN_EXPRESSION =
            "{\"orQueries\":[{\"assignee\":\"#{expressionProbe.hit()}\"}]}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ExpressionProbe probe;

    @BeforeEach
    void reset() {
        probe.reset();
    }

    @Test
    void engineRestRefusesExpressionsInOrQueriesAndDoesNotEvaluateThem() {
        for (String path : List.of("/engine-rest/task", "/engine-rest/task/count")) {
            for (String body : List.of(OR_QUERY_WITH_EXPRESSION, OR_QUERY_WITH_HIDDEN_EXPRESSION)) {
                ResponseEntity<Map> response = rest.withBasicAuth("staff-vp", "demo")
                        .postForEntity(path, json(body, new HttpHeaders()), Map.class);
                assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat((String) response.getBody().get("message")).contains("biểu thức");
            }
        }
        ResponseEntity<String> get = rest.withBasicAuth("staff-vp", "demo")
                .getForEntity(java.net.URI.create(rest.getRootUri()
                        + "/engine-rest/task?assigneeExpression=%24%7BexpressionProbe.hit()%7D"), String.class);
        assertThat(get.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(probe.hits()).isZero();
    }

    @Test
    void anOrdinaryOrQueryStillWorks() {
        ResponseEntity<List> response = rest.withBasicAuth("staff-vp", "demo").postForEntity("/engine-rest/task?firstResult=0&maxResults=100",
                json("{\"orQueries\":[{\"assignee\":\"staff-vp\"},{\"candidateGroup\":\"unit-vp-staff\"}]}",
                        new HttpHeaders()), List.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theWebappsEngineApiRefusesThemToo() {
        TestRestTemplate staff = rest.withBasicAuth("staff-vp", "demo");
        String base = "/camunda/api/engine/engine/default";
        ResponseEntity<String> first = staff.getForEntity(base + "/task/count", String.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = new HttpHeaders();
        List<String> cookies = first.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        StringBuilder cookieHeader = new StringBuilder();
        for (String c : cookies) {
            HttpCookie cookie = HttpCookie.parse(c).get(0);
            cookieHeader.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
        }
        headers.add(HttpHeaders.COOKIE, cookieHeader.toString());
        String xsrf = first.getHeaders().getFirst("X-XSRF-TOKEN");
        if (xsrf != null) {
            headers.add("X-XSRF-TOKEN", xsrf);
        }
        ResponseEntity<String> refused = staff.exchange(base + "/task", HttpMethod.POST,
                json(OR_QUERY_WITH_EXPRESSION, headers), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("expression_refused");
        assertThat(probe.hits()).isZero();
    }

    private static HttpEntity<String> json(String body, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
