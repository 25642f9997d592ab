package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plancycle.browser.AppApi.HTTP;
import static vn.plancycle.browser.AppApi.JSON;
import static vn.plancycle.browser.AppApi.awaitJson;
import static vn.plancycle.browser.AppApi.call;
import static vn.plancycle.browser.AppApi.ok;
import static vn.plancycle.browser.AppApi.publishPlan;
import static vn.plancycle.browser.AppApi.task;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.plancycle.modeling.MigrationModels;

/**
 * {@code /processes/migrations} in Chromium: the process owner deploys a new version of {@code plan-task} through
 * {@code /engine-rest/deployment/create} as Camunda Modeler does (the shipped model plus a "Gửi nhắc việc" reminder
 * ten days after the carry-out task starts: harmless for the other browser tests that share the application), opens
 * the page, sees the offer, checks the old version, sees the verdicts, migrates, sees the batch complete, and the
 * instance is on the new version. Unit khcn, 2013.
 */
class MigrationIT extends BrowserTest {

    private static final int YEAR = 2013;
    private static final String UNIT = "khcn";

    private static String businessKey;
    private static String instanceId;
    private static String oldDefinitionId;
    private static int oldVersion;
    private static String newDefinitionId;

    @BeforeAll
    static void instancesRunningAndANewVersionDeployed() throws Exception {
        JsonNode tasks = ok(call("staff-" + UNIT, "GET", "/api/tasks/" + UNIT + "/" + YEAR, null));
        if (tasks.size() == 0) {
            List<Map<String, Object>> plan = new ArrayList<>();
            plan.add(task("Phổ biến Quyết định 970 trong Vụ Khoa học và Công nghệ", "AWARENESS",
                    "Biên bản hội nghị phổ biến", "staff-" + UNIT, YEAR + "-03-15"));
            plan.add(task("Ban hành kế hoạch chuyển đổi số của Vụ", "LEADERSHIP", "Kế hoạch được ký", "staff-" + UNIT,
                    YEAR + "-04-15"));
            plan.add(task("Cử cán bộ dự lớp kỹ năng số", "WORKFORCE", "3 cán bộ được đào tạo", "staff-" + UNIT,
                    YEAR + "-06-15"));
            plan.add(task("Công khai kết quả nhiệm vụ khoa học", "TRANSPARENCY", "Bài đăng trên cổng thông tin",
                    "staff-" + UNIT, YEAR + "-08-15"));
            plan.add(task("Tự đánh giá kết quả năm", "MONITORING", "Báo cáo tự đánh giá", "head-" + UNIT,
                    YEAR + "-11-30"));
            tasks = publishPlan(UNIT, YEAR, plan);
        }
        businessKey = "TASK-" + tasks.get(0).get("id").asLong();
        awaitJson("owner", "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=Task_CarryOut", 60);
        JsonNode instance = awaitJson("owner", "/engine-rest/process-instance?maxResults=10&businessKey=" + businessKey, 30).get(0);
        instanceId = instance.get("id").asText();
        oldDefinitionId = instance.get("definitionId").asText();
        oldVersion = ok(call("owner", "GET", "/engine-rest/process-definition/" + oldDefinitionId, null))
                .get("version").asInt();

        JsonNode deployment = deployAsModeler("owner");
        newDefinitionId = deployment.get("deployedProcessDefinitions").fieldNames().next();
        assertThat(ok(call("owner", "GET", "/engine-rest/process-definition/" + newDefinitionId, null))
                .get("version").asInt()).isGreaterThan(oldVersion);
    }

    /** POST /engine-rest/deployment/create, multipart, with HTTP Basic: what Modeler's deploy dialog sends. */
    private static JsonNode deployAsModeler(String user) throws IOException, InterruptedException {
        String boundary = "----plancycle-migration-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "deployment-name", "plan-task (thêm bước gửi nhắc việc)");
        field(body, boundary, "deployment-source", "Camunda Modeler");
        file(body, boundary, MigrationModels.RESOURCE,
                Bpmn.convertToString(MigrationModels.version2(false)).getBytes(StandardCharsets.UTF_8));
        for (String form : MigrationModels.FORMS) {
            file(body, boundary, form, MigrationModels.form(form));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/engine-rest/deployment/create"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void file(ByteArrayOutputStream body, String boundary, String name, byte[] content)
            throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private WebElement sourceRow() {
        return byId("version-plan-task-" + oldVersion);
    }

    @Test
    void shouldCheckAndMigrateRunningInstancesToTheNewVersion() {
        logIn("owner");
        open("/processes/migrations");
        assertThat(byId("migration-title").getText()).isEqualTo("Chuyển hồ sơ đang chạy sang phiên bản quy trình mới");
        assertThat(byId("offer-plan-task").getText()).contains("có phiên bản mới").contains("hồ sơ còn chạy");
        assertThat(sourceRow().getText()).contains("phiên bản " + oldVersion).contains("hồ sơ đang chạy");

        sourceRow().findElement(By.cssSelector(".check-button")).click();
        WebElement verdict = byId("verdict-" + businessKey);
        assertThat(byId("check-result").getText()).contains("Kết quả kiểm tra");
        assertThat(verdict.getText()).contains(UNIT).contains("Thực hiện và báo cáo kết quả nhiệm vụ")
                .contains("có thể chuyển");
        assertThat(verdict.getDomAttribute("data-migratable")).isEqualTo("true");
        assertThat(byId("check-summary").getText()).contains("có thể chuyển");

        sourceRow().findElement(By.cssSelector(".migrate-button")).click();
        assertThat(byId("flash-message").getText()).contains("Đã bắt đầu chuyển")
                .contains("từ phiên bản " + oldVersion);
        // the packaged application's job executor runs the batch: refresh until it has completed
        WebElement run = null;
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            run = driver.findElements(By.cssSelector("#runs tr.run")).get(0);
            if ("COMPLETED".equals(run.getDomAttribute("data-state"))) {
                break;
            }
            byId("refresh").click();
            waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("runs")));
        }
        assertThat(run.getDomAttribute("data-state")).isEqualTo("COMPLETED");
        assertThat(run.getText()).contains("Đã hoàn tất").contains("owner").contains("0 lỗi")
                .contains("plan-task: phiên bản " + oldVersion);

        assertThat(definitionOfMyInstance()).isEqualTo(newDefinitionId);
    }

    private String definitionOfMyInstance() {
        try {
            return ok(call("owner", "GET", "/engine-rest/process-instance/" + instanceId, null)).get("definitionId")
                    .asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldShowTheErrorPageToSomeoneWhoIsNoProcessOwner() {
        logIn("staff-" + UNIT);
        open("/processes/migrations");
        assertThat(byId("error-page").getText()).contains("403");
        assertThat(driver.findElements(By.id("processes"))).isEmpty();
    }
}
