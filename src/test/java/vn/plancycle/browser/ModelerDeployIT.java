package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * A process owner deploys from Camunda Modeler 5 against the packaged application: the request is
 * the one Modeler's deploy dialog sends (multipart POST to {@code /engine-rest/deployment/create},
 * HTTP Basic, {@code deployment-name}, {@code deployment-source=Camunda Modeler},
 * {@code enable-duplicate-filtering=true}, the diagram as {@code text/xml}, the forms added under
 * "Include additional files"). The changed model is {@code processes/plan-task.bpmn} with one more
 * documentation line: its behaviour is the shipped one, so the other browser tests are unaffected.
 */
class ModelerDeployIT extends BrowserTest {

    private static final String KEY = "plan-task";
    private static final List<String> FORMS = List.of("plan-task-carry-out", "plan-task-extension",
            "plan-task-acceptance");

    /** plan-task.bpmn with a documentation line naming this run: a changed model, the same behaviour. */
    private static String changedPlanTask(String mark) throws IOException {
        String shipped = Files.readString(Path.of("processes", KEY + ".bpmn"), StandardCharsets.UTF_8);
        String processStart = "<bpmn:process id=\"plan-task\"";
        int tagEnd = shipped.indexOf('>', shipped.indexOf(processStart)) + 1;
        assertThat(tagEnd).isPositive();
        return shipped.substring(0, tagEnd) + "\n    <bpmn:documentation>Sửa đổi từ Camunda Modeler: " + mark
                + "</bpmn:documentation>" + shipped.substring(tagEnd);
    }

    private static Map<String, String> forms() throws IOException {
        Map<String, String> forms = new LinkedHashMap<>();
        for (String form : FORMS) {
            forms.put(form + ".form", Files.readString(Path.of("forms", form + ".form"), StandardCharsets.UTF_8));
        }
        return forms;
    }

    /** The multipart request of Modeler 5's CamundaAPI.deployDiagram, with its extra fields as given. */
    private static HttpResponse<String> deployAsModeler(String user, String deploymentName, String diagram,
            Map<String, String> attachments, Map<String, String> extraFields) throws Exception {
        String boundary = "----PlanCycleModeler" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", deploymentName);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("enable-duplicate-filtering", "true");
        fields.putAll(extraFields);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            part(body, boundary, "Content-Disposition: form-data; name=\"" + field.getKey() + "\"", null,
                    field.getValue());
        }
        String file = KEY + ".bpmn";
        part(body, boundary, "Content-Disposition: form-data; name=\"" + file + "\"; filename=\"" + file + "\"",
                "text/xml", diagram);
        for (Map.Entry<String, String> attachment : attachments.entrySet()) {
            part(body, boundary, "Content-Disposition: form-data; name=\"" + attachment.getKey() + "\"; filename=\""
                    + attachment.getKey() + "\"", "application/octet-stream", attachment.getValue());
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/engine-rest/deployment/create"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return AppApi.HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String type,
            String content) throws IOException {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n").append(disposition).append("\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        head.append("\r\n");
        body.write(head.toString().getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode latest() throws Exception {
        JsonNode found = AppApi.ok(AppApi.call("owner", "GET",
                "/engine-rest/process-definition?key=" + KEY + "&latestVersion=true&maxResults=10", null));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void theOwnerDeploysAChangedModelOnceAndStaffAreRefused() throws Exception {
        String mark = UUID.randomUUID().toString();
        String changed = changedPlanTask(mark);
        int before = latest().get("version").asInt();
        String deploymentName = "plan-task-" + mark;

        HttpResponse<String> deployed = deployAsModeler("owner", deploymentName, changed, forms(), Map.of());
        JsonNode deployment = AppApi.ok(deployed);
        assertThat(deployment.path("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(deployment.path("deployedProcessDefinitions").toString()).contains("\"key\":\"plan-task\"");
        JsonNode now = latest();
        assertThat(now.get("version").asInt()).isEqualTo(before + 1);
        assertThat(now.get("deploymentId").asText()).isEqualTo(deployment.get("id").asText());

        // the same file again: duplicate filtering (Modeler 5) and deploy-changed-only (older Modelers) deploy nothing
        AppApi.ok(deployAsModeler("owner", deploymentName, changed, forms(), Map.of()));
        AppApi.ok(deployAsModeler("owner", deploymentName, changed, forms(), Map.of("deploy-changed-only", "true")));
        assertThat(latest().get("version").asInt()).isEqualTo(before + 1);

        HttpResponse<String> refused = deployAsModeler("staff-vp", "plan-task-staff", changedPlanTask("staff " + mark),
                forms(), Map.of());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(AppApi.JSON.readTree(refused.body()).get("message").asText())
                .startsWith("Chỉ chủ quy trình (nhóm process-owners) được triển khai");
        assertThat(latest().get("version").asInt()).isEqualTo(before + 1);
    }

    @Test
    void aBrokenModelIsRefusedNamingItsElements() throws Exception {
        int before = latest().get("version").asInt();
        String broken = changedPlanTask("lỗi " + UUID.randomUUID()).replaceFirst(
                "\\$\\{sendNotificationDelegate}", Matcher.quoteReplacement("${sendNotificationDelegat}"));

        // a mistyped bean, and the forms left out of the dialog's "Include additional files"
        HttpResponse<String> refused = deployAsModeler("owner", "plan-task-broken", broken, Map.of(), Map.of());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        String message = AppApi.JSON.readTree(refused.body()).get("message").asText();
        assertThat(message).startsWith("Không triển khai được")
                .contains("Phần tử «Báo người chủ trì được giao nhiệm vụ» (Task_NotifyTaskAssigned)")
                .contains("${sendNotificationDelegat}")
                .contains("«Thực hiện và báo cáo kết quả nhiệm vụ» (Task_CarryOut)")
                .contains("\"plan-task-carry-out\"");
        assertThat(latest().get("version").asInt()).isEqualTo(before);
    }
}
