package vn.plancycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.testsupport.AppTest;

/** {@code /api/reporting-cycles}: opening (idempotent, validated, ministry only) and reading cycles. Years 2080–2089. */
@AppTest
class ReportingApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    private ResponseEntity<Map> post(String user, Object body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/reporting-cycles", body, Map.class);
    }

    private ResponseEntity<Map> postRaw(String user, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/reporting-cycles", new HttpEntity<>(json, headers),
                Map.class);
    }

    private long cycleCount() {
        return jdbc.queryForObject("SELECT count(*) FROM reporting_cycle", Long.class);
    }

    private static String due(int days) {
        return LocalDate.now().plusDays(days).toString();
    }

    @Test
    void shouldOpenAPeriodicCycleOnceAndReturnItAgain() {
        ResponseEntity<Map> first = post("reviewer", Map.of("year", 2080, "period", "Q1"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody()).containsEntry("businessKey", "CYCLE-2080-Q1").containsEntry("kind", "PERIODIC")
                .containsEntry("period", "Q1").containsEntry("title", "Báo cáo quý I năm 2080")
                .containsEntry("cutOff", "2080-03-14").containsEntry("status", "COLLECTING");
        ResponseEntity<Map> again = post("leader", Map.of("year", 2080, "period", "Q1"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));

        ResponseEntity<Map[]> list = rest.withBasicAuth("reviewer", "demo").getForEntity("/api/reporting-cycles?year=2080",
                Map[].class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).extracting(m -> m.get("businessKey")).containsExactly("CYCLE-2080-Q1");

        Object id = first.getBody().get("id");
        ResponseEntity<Map> detail = rest.withBasicAuth("reviewer", "demo").getForEntity("/api/reporting-cycles/" + id,
                Map.class);
        List<Map<String, Object>> reports = (List<Map<String, Object>>) detail.getBody().get("reports");
        assertThat(reports).hasSize(6).allSatisfy(r -> assertThat(r).containsEntry("status", "NOT_STARTED")
                .containsEntry("late", false));
        assertThat(reports).extracting(r -> r.get("unit")).contains("vp", "khtc", "tccb", "cds", "khcn", "pc");

        // a unit's people see their own unit's row only
        ResponseEntity<Map> asStaff = rest.withBasicAuth("staff-vp", "demo").getForEntity("/api/reporting-cycles/" + id,
                Map.class);
        assertThat(asStaff.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) asStaff.getBody().get("reports")).extracting(r -> r.get("unit"))
                .containsExactly("vp");
    }

    @Test
    void shouldOpenAnAdHocCycleForTheUnitsAndGroupsAsked() {
        ResponseEntity<Map> opened = post("reviewer", Map.of("year", 2081, "kind", "AD_HOC", "title",
                "Báo cáo đột xuất về an toàn thông tin", "dueDate", due(10), "groups", List.of("WORKFORCE"),
                "units", List.of("cds", "KHCN")));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody()).containsEntry("businessKey", "CYCLE-2081-AD_HOC-1")
                .containsEntry("period", "AD_HOC-1").containsEntry("dueDate", due(10))
                .containsEntry("cutOff", LocalDate.now().minusDays(1).toString()).containsEntry("homeAffairsDue", null)
                .containsEntry("groups", List.of("WORKFORCE")).containsEntry("units", List.of("cds", "khcn"));
        Map<?, ?> detail = rest.withBasicAuth("leader", "demo").getForObject("/api/reporting-cycles/"
                + opened.getBody().get("id"), Map.class);
        assertThat((List<Map<String, Object>>) detail.get("reports")).extracting(r -> r.get("unit"))
                .containsExactly("cds", "khcn");

        ResponseEntity<Map> same = post("reviewer", Map.of("year", 2081, "kind", "AD_HOC", "title",
                "Báo cáo đột xuất về an toàn thông tin", "dueDate", due(10)));
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(same.getBody().get("id")).isEqualTo(opened.getBody().get("id"));
        ResponseEntity<Map> thematic = post("admin", Map.of("year", 2081, "kind", "THEMATIC", "title",
                "Báo cáo chuyên đề cải cách thủ tục", "dueDate", due(20)));
        assertThat(thematic.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(thematic.getBody()).containsEntry("businessKey", "CYCLE-2081-THEMATIC-1");
    }

    @Test
    void shouldRefuseBadRequestsInVietnameseAndStoreNothing() {
        long before = cycleCount();
        assertRefused(post("reviewer", Map.of("year", 2082, "period", "Q2")), "Q1, H1, Q3");
        assertRefused(post("reviewer", Map.of("period", "Q1")), "năm");
        assertRefused(post("reviewer", Map.of("year", 2082, "kind", "AD_HOC", "title", "Báo cáo",
                "dueDate", LocalDate.now().minusDays(1).toString())), "sau ngày hôm nay");
        assertRefused(post("reviewer", Map.of("year", 2082, "kind", "AD_HOC", "title", "Báo cáo",
                "dueDate", due(400))), "366");
        assertRefused(post("reviewer", Map.of("year", 2082, "kind", "AD_HOC", "title", "Báo cáo",
                "dueDate", due(5), "units", List.of("khong-co"))), "khong-co");
        assertRefused(post("reviewer", Map.of("year", 2082, "kind", "AD_HOC", "title", "Báo cáo",
                "dueDate", due(5), "units", List.of("ttdl"))), "ttdl");
        assertRefused(post("reviewer", Map.of("year", 2082, "kind", "AD_HOC", "title", "Báo cáo",
                "dueDate", due(5), "groups", List.of("NO_GROUP"))), "NO_GROUP");
        assertRefused(post("reviewer", Map.of("year", 2082, "kind", "AD_HOC", "title", "   ",
                "dueDate", due(5))), "tên báo cáo");
        assertRefused(post("reviewer", Map.of("year", 2082, "kind", "AD_HOC", "title", "x".repeat(301),
                "dueDate", due(5))), "300");
        assertRefused(post("reviewer", Map.of("year", 2082, "kind", "MONTHLY", "title", "Báo cáo",
                "dueDate", due(5))), "THEMATIC");
        ResponseEntity<Map> garbage = postRaw("reviewer", "{\"year\": 2082, \"period\": ");
        assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(garbage.getBody()).containsKeys("error", "message");
        ResponseEntity<Map> badDate = postRaw("reviewer", "{\"year\": 2082, \"kind\": \"AD_HOC\", \"title\": \"B\", "
                + "\"dueDate\": \"30/02/2082\"}");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cycleCount()).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyTheMinistryOpenCycles() {
        long before = cycleCount();
        ResponseEntity<Map> staff = post("staff-vp", Map.of("year", 2083, "period", "Q1"));
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff.getBody()).containsEntry("error", "forbidden");
        assertThat(post("head-khtc", Map.of("year", 2083, "period", "Q1")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/reporting-cycles", Map.of("year", 2083, "period", "Q1"), Map.class)
                .getStatusCode().is4xxClientError()).isTrue();
        assertThat(cycleCount()).isEqualTo(before);
        assertThat(rest.withBasicAuth("reviewer", "demo").getForEntity("/api/reporting-cycles/999999", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldShowTheDemoReportsInEveryState() {
        Map<String, Object> demo = null;
        // the demo opens the latest periodic cycle whose cut-off has passed: this year's, or last year's Q3
        for (int year = LocalDate.now().getYear(); demo == null && year >= LocalDate.now().getYear() - 1; year--) {
            Map[] cycles = rest.withBasicAuth("reviewer", "demo").getForObject("/api/reporting-cycles?year=" + year,
                    Map[].class);
            demo = java.util.Arrays.stream(cycles).filter(c -> "PERIODIC".equals(c.get("kind"))
                    && "reviewer".equals(c.get("openedBy"))).findFirst().orElse(null);
        }
        assertThat(demo).as("the demo's periodic cycle").isNotNull();
        Map<?, ?> detail = rest.withBasicAuth("reviewer", "demo").getForObject("/api/reporting-cycles/"
                + demo.get("id"), Map.class);
        Map<Object, Object> states = new java.util.HashMap<>();
        ((List<Map<String, Object>>) detail.get("reports")).forEach(r -> states.put(r.get("unit"), r.get("status")));
        assertThat(states).containsEntry("vp", "ACCEPTED").containsEntry("khtc", "SUBMITTED")
                .containsEntry("tccb", "RETURNED").containsEntry("cds", "WAITING_HEAD")
                .containsEntry("khcn", "DRAFTING").containsEntry("pc", "NOT_STARTED");
    }

    private static void assertRefused(ResponseEntity<Map> response, String messagePart) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("error", "invalid-cycle");
        assertThat((String) response.getBody().get("message")).contains(messagePart);
    }
}
