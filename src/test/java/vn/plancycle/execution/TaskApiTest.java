package vn.plancycle.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.TestSmtp;

/** {@code /api/tasks}: unit isolation, roles, evidence checks, filters and refusals in Vietnamese. Unit cds, 2056. */
@AppTest
class TaskApiTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"));

    static final int YEAR = 2056;
    static boolean published;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    PlanTaskFixtures fx;
    long taskId;

    @BeforeEach
    void setUp() {
        fx = new PlanTaskFixtures(rest, runtimeService, taskService, managementService, jdbc);
        if (!published) {
            fx.publishPlan("cds", YEAR);
            published = true;
        }
        taskId = fx.taskId("cds", YEAR, 1);
        fx.instance(taskId);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private long evidenceCount() {
        return jdbc.queryForObject("SELECT count(*) FROM task_evidence WHERE plan_task_id = ?", Long.class, taskId);
    }

    private ResponseEntity<Map> upload(String user, String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return rest.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taskId + "/evidence",
                new HttpEntity<>(body, headers), Map.class);
    }

    @Test
    void shouldListTheUnitsTasksWithStatusAndFilters() {
        ResponseEntity<Map[]> all = rest.withBasicAuth("staff-cds", "demo").getForEntity("/api/tasks/cds/" + YEAR,
                Map[].class);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).hasSize(6);
        assertThat(all.getBody()[0]).containsEntry("id", (int) taskId).containsEntry("businessKey", "TASK-" + taskId);
        // the second task nobody touched yet
        assertThat(all.getBody()[1]).containsEntry("status", "NOT_STARTED").containsEntry("colour", "grey")
                .containsEntry("statusLabel", "Chưa bắt đầu");

        List<Map> byOwner = Arrays.asList(rest.withBasicAuth("reviewer", "demo")
                .getForObject("/api/tasks/cds/" + YEAR + "?owner=head-cds", Map[].class));
        assertThat(byOwner).hasSize(1).allMatch(t -> "DIGITAL_GOVERNMENT".equals(t.get("group")));
        assertThat(rest.withBasicAuth("staff-cds", "demo")
                .getForObject("/api/tasks/cds/" + YEAR + "?group=WORKFORCE", Map[].class)).hasSize(1);

        PlanTaskFixtures.clock(YEAR + "-03-01T10:00:00");
        // tasks due 15/02 are overdue by 1 March; the others are not started
        assertThat(rest.withBasicAuth("staff-cds", "demo")
                .getForObject("/api/tasks/cds/" + YEAR + "?status=overdue", Map[].class))
                .allMatch(t -> "red".equals(t.get("colour"))).anyMatch(t -> ((Number) t.get("id")).longValue() == taskId);
        ResponseEntity<Map> badFilter = rest.withBasicAuth("staff-cds", "demo")
                .getForEntity("/api/tasks/cds/" + YEAR + "?status=LATE", Map.class);
        assertThat(badFilter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) badFilter.getBody().get("message")).contains("không hợp lệ");
    }

    @Test
    void shouldKeepAnotherUnitOut() {
        Object progressBefore = fx.execution(taskId).get("progress_percent");
        long evidenceBefore = evidenceCount();
        assertThat(rest.withBasicAuth("staff-vp", "demo").getForEntity("/api/tasks/cds/" + YEAR, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("staff-vp", "demo").getForEntity("/api/tasks/" + taskId, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> write = rest.withBasicAuth("head-vp", "demo").postForEntity(
                "/api/tasks/" + taskId + "/progress", Map.of("percent", 90), Map.class);
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(write.getBody()).containsKeys("error", "message");
        assertThat(upload("staff-vp", "bien-ban.pdf", new byte[] {1, 2, 3}).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // ministry reviewers read every unit but do not write
        assertThat(rest.withBasicAuth("reviewer", "demo").getForEntity("/api/tasks/" + taskId, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("reviewer", "demo").postForEntity("/api/tasks/" + taskId + "/done", null,
                Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("staff-cds", "demo").getForEntity("/api/tasks/987654321", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(fx.execution(taskId)).containsEntry("progress_percent", progressBefore);
        assertThat(evidenceCount()).isEqualTo(evidenceBefore);
    }

    @Test
    void shouldRefuseABadUploadInVietnameseAndStoreNothing() {
        long before = evidenceCount();
        ResponseEntity<Map> tooBig = upload("staff-cds", "bao-cao.pdf", new byte[10 * 1024 * 1024 + 1]);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody()).containsEntry("error", "file_too_large");
        assertThat((String) tooBig.getBody().get("message")).contains("quá lớn").contains("10 MB");

        ResponseEntity<Map> wrongType = upload("staff-cds", "cai-dat.exe", new byte[] {77, 90});
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) wrongType.getBody().get("message")).contains("không thuộc loại được chấp nhận");

        ResponseEntity<Map> empty = upload("staff-cds", "rong.pdf", new byte[0]);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<Map> badLink = rest.withBasicAuth("staff-cds", "demo").postForEntity(
                "/api/tasks/" + taskId + "/evidence/link", Map.of("url", "javascript:alert(1)"), Map.class);
        assertThat(badLink.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) badLink.getBody().get("message")).contains("http");
        assertThat(evidenceCount()).isEqualTo(before);

        // in English on request
        HttpHeaders english = new HttpHeaders();
        english.setAcceptLanguage(List.of(new java.util.Locale.LanguageRange("en")));
        english.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> progress = rest.withBasicAuth("staff-cds", "demo").postForEntity(
                "/api/tasks/" + taskId + "/progress", new HttpEntity<>(Map.of("percent", 140), english), Map.class);
        assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(progress.getBody()).containsKey("message");
    }

    @Test
    void shouldKeepEvidenceAndProgressHistory() {
        byte[] pdf = "%PDF-1.4 bien ban".getBytes();
        ResponseEntity<Map> stored = upload("staff-cds", "bien-ban-hoi-nghi.pdf", pdf);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(stored.getBody()).containsEntry("name", "bien-ban-hoi-nghi.pdf").containsEntry("sizeBytes", pdf.length)
                .containsEntry("uploadedBy", "staff-cds");
        ResponseEntity<byte[]> download = rest.withBasicAuth("head-cds", "demo").getForEntity(
                "/api/tasks/" + taskId + "/evidence/" + stored.getBody().get("id"), byte[].class);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(rest.withBasicAuth("staff-vp", "demo").getForEntity(
                "/api/tasks/" + taskId + "/evidence/" + stored.getBody().get("id"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("staff-cds", "demo").postForEntity("/api/tasks/" + taskId + "/evidence/link",
                Map.of("name", "Cổng thông tin", "url", "https://mst.gov.vn/tin-tuc"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        rest.withBasicAuth("staff-cds", "demo").postForEntity("/api/tasks/" + taskId + "/progress",
                Map.of("percent", 30, "note", "Đã xây dựng kế hoạch tuyên truyền"), Map.class);
        Map<?, ?> detail = rest.withBasicAuth("staff-cds", "demo").getForObject("/api/tasks/" + taskId, Map.class);
        assertThat((List<?>) detail.get("evidence")).hasSizeGreaterThanOrEqualTo(2);
        assertThat((List<?>) detail.get("progress")).isNotEmpty();
        assertThat((Map<String, Object>) detail.get("task")).containsEntry("progressPercent", 30).containsEntry("status",
                "IN_PROGRESS");

        ResponseEntity<Map> badDate = rest.withBasicAuth("staff-cds", "demo").postForEntity(
                "/api/tasks/" + taskId + "/extension", Map.of("newDueDate", YEAR + "-01-01", "reason", "Lý do"),
                Map.class);
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) badDate.getBody().get("message")).contains("15/02/" + YEAR);
        ResponseEntity<Map> noReason = rest.withBasicAuth("staff-cds", "demo").postForEntity(
                "/api/tasks/" + taskId + "/extension", Map.of("newDueDate", YEAR + "-03-01", "reason", " "), Map.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM task_extension WHERE plan_task_id = ?", Long.class, taskId))
                .isZero();
    }
}
