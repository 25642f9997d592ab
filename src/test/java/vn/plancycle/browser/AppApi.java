package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The browser tests' setup through the application's JSON API and the engine REST API (HTTP Basic with a
 * demo login), so that a test's clicks start from a known state.
 */
final class AppApi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppApi() {
    }

    static HttpResponse<String> call(String user, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BrowserTest.BASE_URL + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + BrowserTest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as("%s → %s", response.uri(), response.body()).isBetween(200, 299);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    static Map<String, Object> task(String title, String group, String deliverable, String owner, String due) {
        return Map.of("title", title, "group", group, "deliverable", deliverable, "owner", owner, "dueDate", due);
    }

    /** Polls (≤ seconds) until the path answers a non-empty JSON array. */
    static JsonNode awaitJson(String user, String path, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        JsonNode found = JSON.createArrayNode();
        while (System.currentTimeMillis() < deadline) {
            found = ok(call(user, "GET", path, null));
            if (found.size() > 0) {
                return found;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("nothing at " + path + " after " + seconds + " s: " + found);
    }

    /**
     * The unit's plan of the year drafted by {@code staff-{unit}}, sent, approved by {@code head-{unit}}, and
     * published: returns its tasks once they are being carried out.
     */
    static JsonNode publishPlan(String unit, int year, List<Map<String, Object>> tasks) throws Exception {
        String staff = "staff-" + unit;
        String head = "head-" + unit;
        ok(call(staff, "PUT", "/api/plans/" + unit + "/" + year, JSON.writeValueAsString(Map.of("tasks", tasks))));
        String instance = ok(call(staff, "POST", "/api/plans/" + unit + "/" + year + "/submit", null))
                .get("processInstanceId").asText();
        JsonNode waiting = awaitJson(head, "/engine-rest/task?maxResults=10&processInstanceId=" + instance, 60);
        ok(call(head, "POST", "/engine-rest/task/" + waiting.get(0).get("id").asText() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"approved\"},\"comment\":{\"value\":\"\"}}}"));
        return awaitJson(staff, "/api/tasks/" + unit + "/" + year, 60);
    }
}
