package vn.plancycle.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

/**
 * The task pages over HTTP (HTTP Basic plus the page's CSRF token): who lands where, the status
 * badges and filters, and that refused input re-renders with the reason and changes nothing — also
 * an upload above the servlet's multipart limit. The browser test clicks the same pages. Unit pc, 2058.
 */
@AppTest
class TaskPagesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"));

    static final int YEAR = 2058;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
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
            fx.publishPlan("pc", YEAR);
            published = true;
        }
        taskId = fx.taskId("pc", YEAR, 2);
        fx.instance(taskId);
    }

    private record Page(String body, String cookie, String csrf) {
    }

    private Page page(String user, String path) {
        ResponseEntity<String> get = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(get.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher m = CSRF.matcher(get.getBody());
        assertThat(m.find()).as("CSRF token in %s", path).isTrue();
        List<String> cookies = get.getHeaders().get(HttpHeaders.SET_COOKIE);
        String cookie = cookies == null ? null : String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList());
        return new Page(get.getBody(), cookie, m.group(1));
    }

    private ResponseEntity<String> post(String user, String action, MultiValueMap<String, ?> form, MediaType type) {
        Page page = page(user, "/tasks/" + taskId);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (page.cookie() != null) {
            headers.add(HttpHeaders.COOKIE, page.cookie());
        }
        String separator = action.contains("?") ? "&" : "?";
        return rest.withBasicAuth(user, "demo").postForEntity(action + separator + "_csrf=" + page.csrf(),
                new HttpEntity<>(form, headers), String.class);
    }

    private long evidenceCount() {
        return jdbc.queryForObject("SELECT count(*) FROM task_evidence WHERE plan_task_id = ?", Long.class, taskId);
    }

    @Test
    void aUnitMemberLandsOnTheUnitsTasksWithStatusBadgesAndFilters() {
        String page = rest.withBasicAuth("staff-pc", "demo").getForObject("/tasks?year=" + YEAR, String.class);
        assertThat(page).contains("id=\"tasks-table\"").contains("id=\"nav-tasks\"").contains("id=\"timeline\"");
        assertThat(Pattern.compile("class=\"task-row\"").matcher(page).results().count()).isEqualTo(6);
        assertThat(page).contains("class=\"status status-NOT_STARTED\"").contains("Chưa bắt đầu");

        String filtered = rest.withBasicAuth("staff-pc", "demo")
                .getForObject("/tasks?year=" + YEAR + "&group=WORKFORCE", String.class);
        assertThat(Pattern.compile("class=\"task-row\"").matcher(filtered).results().count()).isEqualTo(1);
        String bad = rest.withBasicAuth("staff-pc", "demo")
                .getForObject("/tasks?year=" + YEAR + "&status=LATE", String.class);
        assertThat(bad).contains("id=\"flash-error\"").contains("Tình trạng lọc không hợp lệ.");

        String units = rest.withBasicAuth("reviewer", "demo").getForObject("/tasks?year=" + YEAR, String.class);
        assertThat(units).contains("id=\"unit-tasks-pc\"").doesNotContain("id=\"tasks-table\"");
        assertThat(rest.withBasicAuth("reviewer", "demo").getForObject("/tasks?unit=pc&year=" + YEAR, String.class))
                .contains("id=\"tasks-table\"").doesNotContain("id=\"progress-form\"");
        assertThat(rest.withBasicAuth("staff-vp", "demo").getForEntity("/tasks?unit=pc&year=" + YEAR, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("staff-pc", "demo").getForEntity("/tasks/987654321", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badProgressAndExtensionInputReRenderWithTheReasonAndChangeNothing() {
        Map<String, Object> before = fx.execution(taskId);
        for (String percent : List.of("150", "-1", "abc", "")) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("percent", percent);
            form.add("note", "ghi chú thử");
            ResponseEntity<String> r = post("staff-pc", "/tasks/" + taskId + "/progress", form,
                    MediaType.APPLICATION_FORM_URLENCODED);
            assertThat(r.getStatusCode()).as(percent).isEqualTo(HttpStatus.OK);
            assertThat(r.getBody()).as(percent).contains("id=\"flash-error\"")
                    .contains("Tiến độ phải là số phần trăm từ 0 đến 100.").contains("ghi chú thử");
        }
        MultiValueMap<String, String> noReason = new LinkedMultiValueMap<>();
        noReason.add("newDueDate", YEAR + "-12-31");
        noReason.add("reason", " ");
        assertThat(post("staff-pc", "/tasks/" + taskId + "/extension", noReason, MediaType.APPLICATION_FORM_URLENCODED)
                .getBody()).contains("Cần nêu lý do đề nghị gia hạn.");
        MultiValueMap<String, String> early = new LinkedMultiValueMap<>();
        early.add("newDueDate", YEAR + "-01-01");
        early.add("reason", "Chờ số liệu");
        assertThat(post("staff-pc", "/tasks/" + taskId + "/extension", early, MediaType.APPLICATION_FORM_URLENCODED)
                .getBody()).contains("Thời hạn mới phải sau thời hạn hiện tại (15/03/" + YEAR + ").");
        MultiValueMap<String, String> link = new LinkedMultiValueMap<>();
        link.add("url", "javascript:alert(1)");
        assertThat(post("staff-pc", "/tasks/" + taskId + "/links", link, MediaType.APPLICATION_FORM_URLENCODED)
                .getBody()).contains("Đường dẫn minh chứng phải là địa chỉ web");
        assertThat(fx.execution(taskId)).isEqualTo(before);
        assertThat(evidenceCount()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM task_extension WHERE plan_task_id = ?", Long.class,
                taskId)).isZero();

        MultiValueMap<String, String> good = new LinkedMultiValueMap<>();
        good.add("percent", "30");
        good.add("note", "Đã soạn dự thảo");
        ResponseEntity<String> saved = post("staff-pc", "/tasks/" + taskId + "/progress", good,
                MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(saved.getBody()).contains("id=\"flash-message\"").contains("Đã ghi nhận tiến độ 30 %.")
                .contains("Đã soạn dự thảo");
        assertThat(fx.execution(taskId).get("progress_percent")).isEqualTo(30);
    }

    @Test
    void anExtensionRequestIsListedAndASecondOneWaits() {
        taskId = fx.taskId("pc", YEAR, 3);
        fx.instance(taskId);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("newDueDate", YEAR + "-07-31");
        form.add("reason", "Chờ kết quả khảo sát");
        ResponseEntity<String> sent = post("staff-pc", "/tasks/" + taskId + "/extension", form,
                MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(sent.getBody()).contains("Đã gửi đề nghị gia hạn đến 31/07/" + YEAR)
                .contains("id=\"extension-list\"").contains("Chờ kết quả khảo sát").contains("Chờ quyết định")
                .contains("id=\"extension-pending\"").doesNotContain("id=\"extension-form\"");
        form.set("newDueDate", YEAR + "-08-31");
        assertThat(post("staff-pc", "/tasks/" + taskId + "/extension", form, MediaType.APPLICATION_FORM_URLENCODED)
                .getBody()).contains("Nhiệm vụ đang có một đề nghị gia hạn chờ Thủ trưởng quyết định.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM task_extension WHERE plan_task_id = ?", Long.class,
                taskId)).isEqualTo(1);
    }

    @Test
    void anUploadAboveTheServletLimitGoesBackToTheTaskWithAMessage() {
        long before = evidenceCount();
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(new byte[21 * 1024 * 1024]) {
            @Override
            public String getFilename() {
                return "qua-lon.pdf";
            }
        });
        ResponseEntity<String> r = post("staff-pc", "/tasks/" + taskId + "/evidence", body,
                MediaType.MULTIPART_FORM_DATA);
        // the client follows the redirect back to the task page, which shows the reason
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).contains("id=\"task-title\"").contains("id=\"flash-error\"")
                .contains("Tệp tải lên quá lớn so với dung lượng cho phép");
        assertThat(evidenceCount()).isEqualTo(before);
    }
}
