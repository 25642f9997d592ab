package vn.plancycle.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

import vn.plancycle.testsupport.AppTest;

/**
 * The process reference ({@code /api/processes}, {@code /processes}) is read from the deployed models: the shipped
 * processes with their steps, people, forms, timers (settings resolved), notifications (template subjects), scores
 * (criterion labels) and the instances waiting in each step; only process owners, the ministry and admins read it.
 */
@AppTest
class ProcessReferenceTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;

    private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, type);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void shouldListEveryDeployedProcessWithItsLatestVersion() {
        ResponseEntity<Map[]> answer = get("owner", "/api/processes", Map[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> keys = Arrays.stream(answer.getBody()).map(m -> (String) m.get("key")).toList();
        assertThat(keys).contains("unit-plan", "plan-task", "reporting-cycle", "unit-report", "evaluation-round",
                "annual-evaluation");
        Map report = Arrays.stream(answer.getBody()).filter(m -> "unit-report".equals(m.get("key"))).findFirst()
                .orElseThrow();
        int latest = repository.createProcessDefinitionQuery().processDefinitionKey("unit-report").latestVersion()
                .singleResult().getVersion();
        assertThat(report.get("version")).isEqualTo(latest);
        assertThat(report.get("name")).isEqualTo("Lập, ký, gửi và thẩm định báo cáo của đơn vị");
        assertThat((Integer) report.get("userSteps")).isEqualTo(3);
        assertThat((Integer) report.get("historyTimeToLiveDays")).isPositive();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldDescribeEveryStepWithWhoDoesItAndTheInstancesWaitingThere() {
        Map reference = get("reviewer", "/api/processes/unit-report", Map.class).getBody();
        List<Map> steps = (List<Map>) reference.get("steps");
        Map sign = step(steps, "Task_SignReport");
        assertThat(sign.get("name")).isEqualTo("Ký báo cáo");
        assertThat(sign.get("kind")).isEqualTo("userTask");
        assertThat((List<String>) sign.get("who")).containsExactly("Thủ trưởng đơn vị");
        assertThat(sign.get("form")).isEqualTo("unit-report-sign");
        assertThat((List<String>) sign.get("performs")).anyMatch(p -> p.contains("${checkDecisionListener}"));
        Map review = step(steps, "Task_ReviewReport");
        assertThat((List<String>) review.get("who")).containsExactly("Vụ Tổ chức cán bộ (thẩm định)");
        Map notify = step(steps, "Task_NotifyLate");
        assertThat(notify.get("retried")).isEqualTo(true);
        assertThat((String) notify.get("retryCycle")).contains("plancycle.process.notification-retry-cycle");
        // the demo's 2026 reports wait in their steps: the counts are the engine's
        for (String taskKey : List.of("Task_WriteReport", "Task_SignReport", "Task_ReviewReport")) {
            long open = tasks.createTaskQuery().processDefinitionKey("unit-report").taskDefinitionKey(taskKey).count();
            assertThat(((Number) step(steps, taskKey).get("waiting")).longValue()).as(taskKey).isEqualTo(open);
        }
        assertThat(steps.stream().mapToLong(s -> ((Number) s.get("waiting")).longValue()).sum()).isPositive();
        // diagram order: the start event comes first
        assertThat(steps.get(0).get("kind")).isEqualTo("startEvent");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldExplainTimersNotificationsAndScores() {
        Map report = get("owner", "/api/processes/unit-report", Map.class).getBody();
        Map late = ((List<Map>) report.get("timers")).stream()
                .filter(t -> "BoundaryEvent_DueDatePassed".equals(t.get("id"))).findFirst().orElseThrow();
        assertThat(late.get("interrupting")).isEqualTo(false);
        assertThat(late.get("type")).isEqualTo("date");
        assertThat(late.get("expression")).isEqualTo("${lateAt}");
        assertThat((String) late.get("resolved")).startsWith("Hạn cuối");
        assertThat(late.get("attachedTo")).isNotNull().isNotEqualTo("SubProcess_Report");

        Map notifyLate = ((List<Map>) report.get("notifications")).stream()
                .filter(n -> "Task_NotifyLate".equals(n.get("stepId"))).findFirst().orElseThrow();
        assertThat(notifyLate.get("template")).isEqualTo("report-late");
        assertThat((String) notifyLate.get("subject")).isNotBlank().doesNotContain("không tìm thấy");
        assertThat((List<String>) notifyLate.get("recipients")).containsExactly("Thủ trưởng đơn vị");

        Map scoreLate = ((List<Map>) report.get("scores")).stream()
                .filter(s -> "Task_ScoreReportLate".equals(s.get("stepId"))).findFirst().orElseThrow();
        assertThat(scoreLate.get("criterion")).isEqualTo("report-late");
        assertThat(scoreLate.get("criterionLabel")).isEqualTo("Báo cáo chậm hạn");

        // a timer driven straight by a setting shows the setting and its value
        Map round = get("owner", "/api/processes/evaluation-round", Map.class).getBody();
        Map opening = ((List<Map>) round.get("timers")).stream().filter(t -> "cycle".equals(t.get("type")))
                .findFirst().orElseThrow();
        assertThat((String) opening.get("resolved")).isEqualTo("theo cấu hình plancycle.evaluation.opening-cron = 0 0 8 1 12 ?");
    }

    @Test
    void shouldShowTheReferencePagesToTheMinistryAndRefuseUnits() {
        ResponseEntity<String> list = get("leader", "/processes", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = HtmlUtils.htmlUnescape(list.getBody());
        assertThat(html).contains("Các quy trình đang triển khai", "process-row-unit-report", "Lập, ký, gửi và thẩm định báo cáo của đơn vị")
                .doesNotContain("migrations-link"); // leaders read, owners migrate
        assertThat(HtmlUtils.htmlUnescape(get("owner", "/processes", String.class).getBody())).contains("migrations-link");

        String detail = HtmlUtils.htmlUnescape(get("owner", "/processes/unit-report", String.class).getBody());
        assertThat(detail).contains("id=\"step-Task_SignReport\"", "Ký báo cáo", "Thủ trưởng đơn vị",
                "id=\"timer-BoundaryEvent_DueDatePassed\"", "id=\"notification-Task_NotifyLate\"",
                "id=\"score-Task_ScoreReportLate\"", "Báo cáo chậm hạn");

        assertThat(get("staff-vp", "/processes", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("head-vp", "/api/processes", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("owner", "/processes/no-such-process", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void shouldAnswerAnUnknownProcessWithA404InTheReadersLanguage() {
        ResponseEntity<Map> vi = get("owner", "/api/processes/no-such-process", Map.class);
        assertThat(vi.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(vi.getBody().get("message")).isEqualTo("Không có quy trình nào có khóa \"no-such-process\".");
        HttpHeaders english = new HttpHeaders();
        english.setBasicAuth("owner", "demo");
        ResponseEntity<Map> en = rest.exchange("/api/processes/no-such-process?lang=en", HttpMethod.GET,
                new HttpEntity<>(english), Map.class);
        assertThat(en.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(en.getBody().get("message")).isEqualTo("No process has the key \"no-such-process\".");
    }

    @SuppressWarnings("rawtypes")
    private static Map step(List<Map> steps, String id) {
        return steps.stream().filter(s -> id.equals(s.get("id"))).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
