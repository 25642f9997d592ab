package vn.plancycle.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

import vn.plancycle.execution.ExecutionService;
import vn.plancycle.testsupport.AppTest;

/**
 * {@code /api/scorecards} and the scorecard pages over HTTP: who sees which units, refusals (403, 404, 400 with
 * a message in Vietnamese), figures equal to the service's, the year's order and the fall-back reason, the
 * drill-down's entries. Years 2093 (API) and 2094 (pages), which no other test uses.
 */
@AppTest
class ScorecardApiTest {

    static final int API_YEAR = 2093;
    static final int PAGE_YEAR = 2094;
    static boolean recorded;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ScoreService scores;
    @Autowired
    ScorecardService scorecards;

    private void record(String unit, int year, String criterion, String points, String max, String subject,
            String reason) {
        scores.record(new NewScore(unit, year, criterion, new BigDecimal(points), max == null ? null : new BigDecimal(max),
                Subject.parse(subject), reason, "reviewer", "pi-card-" + unit, "Task_ScoreCard", null,
                "card-api:" + UUID.randomUUID()));
    }

    @BeforeEach
    void entries() {
        if (recorded) {
            return;
        }
        recorded = true;
        record("vp", API_YEAR, "task-result", "10", "10", "task:1", "Nhiệm vụ 1 đúng hạn");
        record("vp", API_YEAR, "report-on-time", "2.5", "2.5", "report:1", "Báo cáo quý I đúng hạn");
        record("khtc", API_YEAR, "plan-issued-on-time", "5", "5", "plan:1", "Kế hoạch đúng hạn");
        // pages: six units rated good or better → at most ⌊6 × 20 %⌋ = 1 excellent; vp 95 stays, khtc 92 falls back
        String[][] totals = {{"vp", "95"}, {"khtc", "92"}, {"tccb", "80"}, {"cds", "75"}, {"khcn", "72"}, {"pc", "71"}};
        for (String[] t : totals) {
            record(t[0], PAGE_YEAR, "appraisal-adjustment", t[1], null, "unit:" + t[0], "Điểm thẩm định của " + t[0]);
        }
        record("vp", PAGE_YEAR, "task-result", "0", "0", "task:77", "Nhiệm vụ 77 được nghiệm thu (kiểm thử trang)");
    }

    private ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    // ---------------------------------------------------------------- API

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldGiveTheMinistryEveryUnitAndAUnitItsOwn() {
        ResponseEntity<Map[]> all = rest.withBasicAuth("reviewer", "demo").getForEntity("/api/scorecards/" + API_YEAR,
                Map[].class);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> codes = java.util.Arrays.stream(all.getBody()).map(m -> (String) m.get("unit")).toList();
        assertThat(codes).contains("vp", "khtc", "tccb", "cds", "khcn", "pc");
        for (Scorecard card : scorecards.year(API_YEAR)) {
            Map json = java.util.Arrays.stream(all.getBody()).filter(m -> card.unitCode().equals(m.get("unit")))
                    .findFirst().orElseThrow();
            assertThat(new BigDecimal(json.get("total").toString())).as(card.unitCode()).isEqualByComparingTo(card.total());
            assertThat(new BigDecimal(json.get("generalPoints").toString())).isEqualByComparingTo(card.generalPoints());
            assertThat(new BigDecimal(((Map) json.get("tasks")).get("points").toString()))
                    .isEqualByComparingTo(card.tasks().points());
        }

        ResponseEntity<Map[]> own = rest.withBasicAuth("head-vp", "demo").getForEntity("/api/scorecards/" + API_YEAR,
                Map[].class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).extracting(m -> m.get("unit")).containsExactly("vp");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldGiveAUnitsFiguresAsTheServiceComputesThem() {
        ResponseEntity<Map> vp = rest.withBasicAuth("staff-vp", "demo").getForEntity("/api/scorecards/" + API_YEAR + "/vp",
                Map.class);
        assertThat(vp.getStatusCode()).isEqualTo(HttpStatus.OK);
        Scorecard card = scorecards.unit("vp", API_YEAR);
        // by hand: task 10 of 10 → quantity 10, completion 10/70 = 14.29 % (none); report 2.5/2.5 → 10 × 1 = 10;
        // general 10, tasks 10, total 20: not completed
        assertThat(card.total()).isEqualByComparingTo("20");
        Map body = vp.getBody();
        assertThat(new BigDecimal(body.get("total").toString())).isEqualByComparingTo(card.total());
        assertThat(new BigDecimal(body.get("generalPoints").toString())).isEqualByComparingTo("10");
        assertThat(new BigDecimal(body.get("completionPercent").toString())).isEqualByComparingTo("14.29");
        assertThat(new BigDecimal(((Map) body.get("tasks")).get("quantity").toString())).isEqualByComparingTo("10");
        assertThat(body.get("classification")).isEqualTo("NOT_COMPLETED");
        List<Map> general = (List<Map>) body.get("general");
        Map reports = general.stream().filter(i -> "reports".equals(i.get("key"))).findFirst().orElseThrow();
        assertThat(new BigDecimal(reports.get("points").toString())).isEqualByComparingTo("10");
        assertThat(reports.get("entries")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void shouldRefuseAnotherUnitAnUnknownUnitAndABadYear() {
        ResponseEntity<Map> other = rest.withBasicAuth("head-vp", "demo").getForEntity("/api/scorecards/" + API_YEAR
                + "/khtc", Map.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody().get("error")).isEqualTo("forbidden");

        ResponseEntity<Map> unknown = rest.withBasicAuth("reviewer", "demo").getForEntity("/api/scorecards/" + API_YEAR
                + "/nope", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("message")).isEqualTo("Không tìm thấy đơn vị \"nope\".");

        ResponseEntity<Map> badYear = rest.withBasicAuth("reviewer", "demo").getForEntity("/api/scorecards/1999", Map.class);
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badYear.getBody().get("error")).isEqualTo("invalid_year");
        assertThat(badYear.getBody().get("message")).isEqualTo("Năm 1999 không hợp lệ: hãy chọn một năm từ 2000 đến 2100.");

        ResponseEntity<Map> notAYear = rest.withBasicAuth("reviewer", "demo").getForEntity("/api/scorecards/abc", Map.class);
        assertThat(notAYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    // ---------------------------------------------------------------- pages

    @Test
    void shouldListTheYearsUnitsByTotalWithTheFallBackReason() {
        ResponseEntity<String> page = get("reviewer", "/scorecards/" + PAGE_YEAR);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = page.getBody();
        int last = -1;
        for (String unit : List.of("vp", "khtc", "tccb", "cds", "khcn", "pc")) {
            int at = body.indexOf("id=\"scorecard-row-" + unit + "\"");
            assertThat(at).as("row of %s after the previous one", unit).isGreaterThan(last);
            last = at;
        }
        String text = HtmlUtils.htmlUnescape(body);
        assertThat(text).contains("Điểm 92 đạt mức Xuất sắc nhưng xếp thứ 2 trong khi Bộ chỉ được xếp Xuất sắc tối đa 1 "
                + "đơn vị (20 % của 6 đơn vị đạt Tốt trở lên): xếp loại Tốt.");
        assertThat(body).containsOnlyOnce("data-fallback=\"OVER_CAP\"");
        assertThat(body).contains("data-unit=\"vp\" data-total=\"95.00\" data-class=\"EXCELLENT\"");
        assertThat(body).contains("data-unit=\"khtc\" data-total=\"92.00\" data-class=\"GOOD\"");

        ResponseEntity<String> own = get("head-vp", "/scorecards/" + PAGE_YEAR);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).contains("id=\"scorecard-row-vp\"").doesNotContain("id=\"scorecard-row-khtc\"");

        ResponseEntity<String> english = get("reviewer", "/scorecards/" + PAGE_YEAR + "?lang=en");
        assertThat(HtmlUtils.htmlUnescape(english.getBody())).contains("Scores and classification " + PAGE_YEAR)
                .contains("Score 92 is excellent but ranks 2");
    }

    @Test
    void shouldOpenTheCurrentYearAndPickAYear() {
        ResponseEntity<String> current = get("reviewer", "/scorecards");
        int year = ExecutionService.today().getYear();
        if (current.getStatusCode().is3xxRedirection()) {
            assertThat(current.getHeaders().getLocation().getPath()).isEqualTo("/scorecards/" + year);
        } else {
            assertThat(HtmlUtils.htmlUnescape(current.getBody())).contains("Chấm điểm, xếp loại năm " + year);
        }
        ResponseEntity<String> picked = get("reviewer", "/scorecards?year=" + PAGE_YEAR);
        if (picked.getStatusCode().is3xxRedirection()) {
            assertThat(picked.getHeaders().getLocation().getPath()).isEqualTo("/scorecards/" + PAGE_YEAR);
        } else {
            assertThat(picked.getBody()).contains("id=\"scorecard-row-khtc\"");
        }
    }

    @Test
    void shouldShowAUnitsScorecardItemByItem() {
        ResponseEntity<String> page = get("head-vp", "/scorecards/" + PAGE_YEAR + "/vp");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = HtmlUtils.htmlUnescape(page.getBody());
        assertThat(text).contains("Phiếu điểm của Văn phòng Bộ năm " + PAGE_YEAR)
                .contains("id=\"scorecard-total\">95.00<")
                .contains("data-band=\"NONE\"")
                .contains("/scorecards/" + PAGE_YEAR + "/vp/entries?item=plan-issued")
                .contains("/scorecards/" + PAGE_YEAR + "/vp/entries?item=tasks")
                .contains("/scorecards/" + PAGE_YEAR + "/vp/entries?item=appraisal-adjustment");
    }

    @Test
    void shouldDrillDownToTheEntriesAndTheirSteps() {
        String path = "/scorecards/" + PAGE_YEAR + "/vp/entries?item=appraisal-adjustment";
        ResponseEntity<String> asReviewer = get("reviewer", path);
        assertThat(asReviewer.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = HtmlUtils.htmlUnescape(asReviewer.getBody());
        assertThat(text).contains("Điểm thẩm định của vp").contains("95.00").contains("Task_ScoreCard")
                .contains("/camunda/app/cockpit/default/#/process-instance/pi-card-vp")
                .doesNotContain("Điểm thẩm định của khtc");

        ResponseEntity<String> asHead = get("head-vp", path);
        assertThat(asHead.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asHead.getBody()).contains("pi-card-vp").doesNotContain("/camunda/app/cockpit/default/#/process-instance/");

        ResponseEntity<String> tasks = get("reviewer", "/scorecards/" + PAGE_YEAR + "/vp/entries?item=tasks");
        assertThat(HtmlUtils.htmlUnescape(tasks.getBody())).contains("Nhiệm vụ 77 được nghiệm thu (kiểm thử trang)")
                .contains("href=\"/tasks/77\"");
    }

    @Test
    void shouldRefuseOnThePageWithTheReason() {
        ResponseEntity<String> other = get("head-vp", "/scorecards/" + PAGE_YEAR + "/khtc");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(HtmlUtils.htmlUnescape(other.getBody())).contains("Bạn chỉ được xem phiếu điểm của đơn vị mình.");
        ResponseEntity<String> otherEntries = get("head-vp", "/scorecards/" + PAGE_YEAR + "/khtc/entries?item=tasks");
        assertThat(otherEntries.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> unknown = get("reviewer", "/scorecards/" + PAGE_YEAR + "/nope");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(HtmlUtils.htmlUnescape(unknown.getBody())).contains("Không tìm thấy đơn vị \"nope\".");

        ResponseEntity<String> badYear = get("reviewer", "/scorecards/abc");
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(HtmlUtils.htmlUnescape(badYear.getBody())).contains("Năm abc không hợp lệ");

        ResponseEntity<String> badItem = get("reviewer", "/scorecards/" + PAGE_YEAR + "/vp/entries?item=bogus");
        assertThat(badItem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(HtmlUtils.htmlUnescape(badItem.getBody())).contains("Phiếu điểm không có mục \"bogus\".");

        ResponseEntity<String> noItem = get("reviewer", "/scorecards/" + PAGE_YEAR + "/vp/entries");
        assertThat(noItem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(HtmlUtils.htmlUnescape(noItem.getBody())).contains("Hãy chọn một mục của phiếu điểm");
    }
}
