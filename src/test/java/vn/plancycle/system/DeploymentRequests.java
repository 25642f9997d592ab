package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Deployment requests as Camunda Modeler and Cockpit send them, on either REST root: {@code /engine-rest}
 * (HTTP Basic) or the webapps' {@code /camunda/api/engine/engine/default} (the webapps' XSRF token and
 * cookie fetched first, so that a refusal there is ours and not Camunda's CSRF check).
 */
final class DeploymentRequests {

    static final String ENGINE_REST = "/engine-rest";
    static final String WEBAPP_API = "/camunda/api/engine/engine/default";

    private final TestRestTemplate rest;

    DeploymentRequests(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** A multipart deployment of the given files (name → content) by the user. */
    ResponseEntity<Map> create(String user, String root, String query, HttpHeaders extra, Map<String, String> files) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "deploy-test");
        parts.add("deployment-source", "Camunda Modeler");
        files.forEach((name, content) -> parts.add(name, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = headers(user, root);
        headers.addAll(extra);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").exchange(root + "/deployment/create" + query, HttpMethod.POST,
                new HttpEntity<>(parts, headers), Map.class);
    }

    ResponseEntity<Map> create(String user, String root, Map<String, String> files) {
        return create(user, root, "", new HttpHeaders(), files);
    }

    ResponseEntity<Map> redeploy(String user, String root, String deploymentId) {
        HttpHeaders headers = headers(user, root);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(root + "/deployment/" + deploymentId + "/redeploy",
                HttpMethod.POST, new HttpEntity<>("{}", headers), Map.class);
    }

    ResponseEntity<String> delete(String user, String root, String deploymentId) {
        return rest.withBasicAuth(user, "demo").exchange(root + "/deployment/" + deploymentId + "?cascade=true",
                HttpMethod.DELETE, new HttpEntity<>(headers(user, root)), String.class);
    }

    private HttpHeaders headers(String user, String root) {
        HttpHeaders headers = new HttpHeaders();
        if (!WEBAPP_API.equals(root)) {
            return headers;
        }
        ResponseEntity<String> first = rest.withBasicAuth(user, "demo").getForEntity(WEBAPP_API + "/deployment/count",
                String.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : first.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
            HttpCookie cookie = HttpCookie.parse(header).get(0);
            cookies.put(cookie.getName(), cookie.getValue());
        }
        StringBuilder cookieHeader = new StringBuilder();
        cookies.forEach((name, value) -> cookieHeader.append(name).append('=').append(value).append("; "));
        headers.add(HttpHeaders.COOKIE, cookieHeader.toString());
        String xsrf = first.getHeaders().getFirst("X-XSRF-TOKEN");
        assertThat(xsrf).as("the webapps' XSRF token").isNotBlank();
        headers.add("X-XSRF-TOKEN", xsrf);
        return headers;
    }
}
