package vn.plancycle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.AsyncJobs;
import vn.plancycle.testsupport.TestSmtp;

/**
 * The evaluation API and pages over HTTP: who may open a round (reviewers only: 403 for others), bad years
 * (400 with a Vietnamese message), idempotent opening (201 then 200), each unit seeing its own row, the head's
 * self-assessment and the reviewer's appraisal refused with the reason on the page and nothing changed, and the
 * public results page (published 2025 demo results shown, an unpublished year not). Year 2095.
 */
@AppTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationPagesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"));

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern FLASH_ERROR = Pattern.compile("id=\"flash-error\">([^<]+)<");
    static final int YEAR = 2095;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService managementService;
    @Autowired
    EvaluationRepository evaluations;
    @Autowired
    EvaluationRoundRepository rounds;
    @Autowired
    JdbcTemplate jdbc;

    private ResponseEntity<Map<String, Object>> openRound(String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/api/evaluations", HttpMethod.POST,
                new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {
                });
    }

    private ResponseEntity<String> post(String user, String from, String action, MultiValueMap<String, String> form) {
        ResponseEntity<String> get = rest.withBasicAuth(user, "demo").getForEntity(from, String.class);
        assertThat(get.getStatusCode()).as(from).isEqualTo(HttpStatus.OK);
        Matcher m = CSRF.matcher(get.getBody());
        assertThat(m.find()).as("CSRF token in %s", from).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        List<String> cookies = get.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies != null) {
            headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList()));
        }
        return rest.withBasicAuth(user, "demo").postForEntity(action + "?_csrf=" + m.group(1),
                new HttpEntity<>(form, headers), String.class);
    }

    private static String flashError(ResponseEntity<String> response) {
        Matcher m = FLASH_ERROR.matcher(response.getBody());
        assertThat(m.find()).as("an error message in %s", response.getBody()).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1)).strip();
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private long adjustments(String unit) {
        return jdbc.queryForObject("SELECT count(*) FROM score_entry WHERE unit_code = ? AND \"year\" = ? AND criterion = "
                + "'appraisal-adjustment'", Long.class, unit, YEAR);
    }

    @Test
    @Order(1)
    void onlyReviewersOpenARoundAndBadYearsAreRefusedInVietnamese() {
        assertThat(openRound("head-vp", Map.of("year", YEAR)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(openRound("leader", Map.of("year", YEAR)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rounds.findByYear(YEAR)).isEmpty();

        ResponseEntity<Map<String, Object>> bad = openRound("reviewer", Map.of("year", "hai nghìn"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).containsEntry("error", "invalid-evaluation");
        assertThat((String) bad.getBody().get("message")).isEqualTo("Năm đánh giá phải là số nguyên từ 2000 đến 2100.");
        ResponseEntity<Map<String, Object>> missing = openRound("reviewer", Map.of());
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) missing.getBody().get("message")).contains("Thiếu năm đánh giá");
        assertThat(openRound("reviewer", Map.of("year", 3000)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rounds.findByYear(YEAR)).isEmpty();

        ResponseEntity<Map<String, Object>> opened = openRound("reviewer", Map.of("year", YEAR));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody()).containsEntry("businessKey", "EVAL-" + YEAR).containsEntry("status", "OPEN");
        ResponseEntity<Map<String, Object>> again = openRound("reviewer", Map.of("year", YEAR));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("processInstanceId")).isEqualTo(opened.getBody().get("processInstanceId"));
        AsyncJobs.executeDue(managementService, (String) opened.getBody().get("processInstanceId"));
    }

    @Test
    @Order(2)
    void eachUnitSeesItsOwnEvaluationAndTheMinistrySeesAll() {
        ResponseEntity<Map<String, Object>> own = rest.withBasicAuth("staff-vp", "demo").exchange(
                "/api/evaluations/" + YEAR, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
                });
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) own.getBody().get("evaluations")).singleElement()
                .satisfies(e -> assertThat(((Map<?, ?>) e).get("unit")).isEqualTo("vp"));
        ResponseEntity<Map<String, Object>> all = rest.withBasicAuth("reviewer", "demo").exchange(
                "/api/evaluations/" + YEAR, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
                });
        assertThat((List<?>) all.getBody().get("evaluations")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(rest.withBasicAuth("reviewer", "demo").getForEntity("/api/evaluations/2094", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("head-vp", "demo").getForEntity("/evaluations/rounds/" + YEAR, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long vpId = evaluations.findByUnitCodeAndYear("vp", YEAR).orElseThrow().getId();
        assertThat(rest.withBasicAuth("head-khtc", "demo").getForEntity("/evaluations/" + vpId, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @Order(3)
    void refusedSelfAssessmentAndAppraisalShowTheReasonAndChangeNothing() {
        Evaluation khcn = evaluations.findByUnitCodeAndYear("khcn", YEAR).orElseThrow();
        AsyncJobs.executeDue(managementService, khcn.getProcessInstanceId());
        String page = "/evaluations/" + khcn.getId();

        ResponseEntity<String> noClass = post("head-khcn", page, page + "/self-assessment",
                form("proposedClass", "", "explanation", "Đã hoàn thành", "evidence", ""));
        assertThat(noClass.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(flashError(noClass)).isEqualTo("Chọn mức xếp loại đề xuất.");
        assertThat(noClass.getBody()).contains("Đã hoàn thành");
        assertThat(evaluations.findById(khcn.getId()).orElseThrow().getStatus())
                .isEqualTo(EvaluationStatus.WAITING_SELF_ASSESSMENT);
        // only the unit's head self-assesses
        assertThat(post("reviewer", page, page + "/self-assessment",
                form("proposedClass", "GOOD", "explanation", "x", "evidence", "")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> sent = post("head-khcn", page, page + "/self-assessment",
                form("proposedClass", "GOOD", "explanation", "Hoàn thành 95 % nhiệm vụ", "evidence", "https://khcn.example.vn"));
        // a redirect to the page (followed by the client)
        assertThat(sent.getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
        AsyncJobs.executeDue(managementService, khcn.getProcessInstanceId());
        assertThat(evaluations.findById(khcn.getId()).orElseThrow().getStatus()).isEqualTo(EvaluationStatus.WAITING_APPRAISAL);

        ResponseEntity<String> noReason = post("reviewer", page, page + "/appraisal",
                form("decision", "accepted", "comment", "", "adjustment", "2,5", "adjustmentReason", ""));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(flashError(noReason)).isEqualTo("Khi điều chỉnh điểm phải ghi lý do.");
        ResponseEntity<String> tooMuch = post("reviewer", page, page + "/appraisal",
                form("decision", "accepted", "comment", "", "adjustment", "20.5", "adjustmentReason", "Nhiều"));
        assertThat(flashError(tooMuch)).isEqualTo("Điểm điều chỉnh phải trong khoảng từ -20 đến 20.");
        ResponseEntity<String> decimals = post("reviewer", page, page + "/appraisal",
                form("decision", "accepted", "comment", "", "adjustment", "1.255", "adjustmentReason", "Nhiều"));
        assertThat(flashError(decimals)).isEqualTo("Điểm điều chỉnh có tối đa 2 chữ số thập phân.");
        assertThat(post("staff-khcn", page, page + "/appraisal",
                form("decision", "accepted", "comment", "", "adjustment", "", "adjustmentReason", "")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Evaluation unchanged = evaluations.findById(khcn.getId()).orElseThrow();
        assertThat(unchanged.getStatus()).isEqualTo(EvaluationStatus.WAITING_APPRAISAL);
        assertThat(unchanged.getAdjustment()).isNull();
        assertThat(adjustments("khcn")).isZero();

        ResponseEntity<String> appraised = post("reviewer", page, page + "/appraisal",
                form("decision", "accepted", "comment", "", "adjustment", "2,5", "adjustmentReason", "Sáng kiến cấp Bộ"));
        assertThat(appraised.getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
        assertThat(adjustments("khcn")).isEqualTo(1);
        AsyncJobs.executeDue(managementService, khcn.getProcessInstanceId());
        Evaluation done = evaluations.findById(khcn.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(EvaluationStatus.APPRAISED);
        assertThat(done.getAppraisedScore()).isEqualByComparingTo(done.getFrozenTotal().add(new java.math.BigDecimal("2.5")));
        assertThat(jdbc.queryForObject("SELECT recorded_by FROM score_entry WHERE unit_code = 'khcn' AND \"year\" = ? "
                + "AND criterion = 'appraisal-adjustment'", String.class, YEAR)).isEqualTo("reviewer");

        // the round's steps refused on the round page: not the leaders' turn yet (409), an unknown year (404)
        String roundPage = "/evaluations/rounds/" + YEAR;
        RoundStatus before = rounds.findByYear(YEAR).orElseThrow().getStatus();
        ResponseEntity<String> early = post("leader", roundPage, roundPage + "/decision",
                form("decision", "approved", "comment", ""));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(flashError(early)).startsWith("Bước này không còn chờ xử lý");
        assertThat(early.getBody()).contains("id=\"round-title\"");
        ResponseEntity<String> notReturned = post("reviewer", roundPage, roundPage + "/revision-done",
                form("note", "Đã rà soát"));
        assertThat(notReturned.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(flashError(notReturned)).startsWith("Bước này không còn chờ xử lý");
        assertThat(rounds.findByYear(YEAR).orElseThrow().getStatus()).isEqualTo(before);
        assertThat(post("leader", roundPage, "/evaluations/rounds/2001/decision",
                form("decision", "approved", "comment", "")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @Order(4)
    void thePublicPageShowsPublishedResultsOnly() {
        ResponseEntity<String> published = rest.getForEntity("/public/results?year=2025", String.class);
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(published.getBody()).contains("id=\"result-row-vp\"", "data-class=\"EXCELLENT\"", "/public/plans");
        assertThat(published.getBody()).contains("id=\"result-row-khtc\" data-class=\"GOOD\"");
        ResponseEntity<String> open = rest.getForEntity("/public/results?year=" + YEAR, String.class);
        assertThat(open.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(open.getBody()).doesNotContain("result-row-").contains("id=\"not-published\"");
    }
}
