package vn.plancycle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.execution.TaskStatus;
import vn.plancycle.plan.TaskGroup;
import vn.plancycle.reporting.ReportStatus;
import vn.plancycle.scoring.ScorecardService;
import vn.plancycle.testsupport.AppTest;

/**
 * The dashboards on a hand-made year 2086 (2085 as "last year" for the score trend), the engine clock on
 * 1 June 2086: the risk order and its figures, the status counts, the current cycle, the warnings with their
 * reasons, the filters, and who may open which page.
 */
@AppTest
class DashboardTest {

    static final int YEAR = 2086;
    static final LocalDate TODAY = LocalDate.of(YEAR, 6, 1);
    static final LocalDateTime STARTED = LocalDateTime.of(YEAR, 1, 25, 9, 0);

    @Autowired
    DashboardService dashboard;
    @Autowired
    ScorecardService scorecards;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    static long vpBehindTask;
    static long vpReport;

    @BeforeEach
    void situation() {
        ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        dashboard.clearCache();
        if (vpBehindTask != 0) {
            return;
        }
        DashboardData data = new DashboardData(jdbc);
        data.clear(YEAR, YEAR - 1);
        // khcn: three overdue tasks (AWARENESS), one done on time, one in progress a little behind → risk 9
        for (int i = 0; i < 3; i++) {
            data.task("khcn", YEAR, "AWARENESS", "WORKING", 30, LocalDate.of(YEAR, 3, 1), STARTED, null);
        }
        data.task("khcn", YEAR, "LEADERSHIP", "ACCEPTED", 100, LocalDate.of(YEAR, 2, 15), STARTED,
                LocalDateTime.of(YEAR, 2, 1, 10, 0));
        data.task("khcn", YEAR, "LEADERSHIP", "WORKING", 60, LocalDate.of(YEAR, 8, 1), STARTED, null);
        // pc: one overdue task (MONITORING), one done late; a late report returned twice → risk 3 + 2 + 2 = 7
        data.task("pc", YEAR, "MONITORING", "WORKING", 0, LocalDate.of(YEAR, 4, 1), null, null);
        data.task("pc", YEAR, "MONITORING", "ACCEPTED", 100, LocalDate.of(YEAR, 3, 1), STARTED,
                LocalDateTime.of(YEAR, 3, 10, 10, 0));
        // vp: one task far behind its time, one nearly done and due soon (no warning)
        vpBehindTask = data.task("vp", YEAR, "DIGITAL_GOVERNMENT", "WORKING", 10, LocalDate.of(YEAR, 7, 1), STARTED,
                null);
        data.task("vp", YEAR, "DIGITAL_GOVERNMENT", "WORKING", 80, LocalDate.of(YEAR, 6, 10), STARTED, null);
        // tccb: results reported, one after its deadline (overdue while the head decides), one before it
        data.task("tccb", YEAR, "WORKFORCE", "REPORTED", 100, LocalDate.of(YEAR, 5, 10), STARTED,
                LocalDateTime.of(YEAR, 5, 20, 9, 0));
        data.task("tccb", YEAR, "WORKFORCE", "REPORTED", 100, LocalDate.of(YEAR, 5, 10), STARTED,
                LocalDateTime.of(YEAR, 5, 1, 9, 0));
        // cycles: Q1 approved (pc's report late and returned twice), H1 collecting, due in four days
        long q1 = data.cycle(YEAR, "Q1", "APPROVED", LocalDate.of(YEAR, 3, 14));
        data.report(q1, "pc", "ACCEPTED", LocalDate.of(YEAR, 3, 14), true, 2);
        data.report(q1, "vp", "ACCEPTED", LocalDate.of(YEAR, 3, 14), false, 0);
        long h1 = data.cycle(YEAR, "H1", "COLLECTING", LocalDate.of(YEAR, 6, 5));
        vpReport = data.report(h1, "vp", "NOT_STARTED", LocalDate.of(YEAR, 6, 5), false, 0);
        data.report(h1, "khtc", "WAITING_HEAD", LocalDate.of(YEAR, 6, 5), false, 0);
        data.report(h1, "pc", "WAITING_HEAD", LocalDate.of(YEAR, 6, 5), false, 0);
        data.report(h1, "tccb", "SUBMITTED", LocalDate.of(YEAR, 6, 5), false, 0);
        // cds: its score fell since last year (task results 50 → 35 of 70)
        data.score("cds", YEAR - 1, "task-result", "50", "50");
        data.score("cds", YEAR, "task-result", "35", "35");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    static UnitRow row(DashboardService.MinistryView view, String code) {
        return view.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void unitsComeInRiskOrderWithTheirFigures() {
        DashboardService.MinistryView view = dashboard.ministry(YEAR, null, null, 1);
        BigDecimal drop = scorecards.unit("cds", YEAR - 1).total().subtract(scorecards.unit("cds", YEAR).total());
        double cdsRisk = Math.round(0.2 * drop.doubleValue() * 10) / 10.0;
        assertThat(drop).isPositive();
        assertThat(cdsRisk).isBetween(0.1, 6.9);

        assertThat(view.units()).extracting(UnitRow::code).startsWith("khcn", "pc").doesNotContain("ttdl");
        assertThat(view.units()).extracting(UnitRow::risk).startsWith(9.0, 7.0);
        assertThat(row(view, "cds").risk()).isEqualTo(cdsRisk);
        assertThat(view.units()).extracting(UnitRow::risk).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<UnitRow> riskless = view.units().stream().filter(r -> r.risk() == 0).toList();
        assertThat(riskless).extracting(UnitRow::code).contains("vp", "khtc").isSorted();
        assertThat(view.units().indexOf(row(view, "vp"))).isGreaterThan(view.units().indexOf(row(view, "tccb")));
        UnitRow khcn = row(view, "khcn");
        assertThat(khcn.tasks().asMap()).containsEntry(TaskStatus.OVERDUE, 3).containsEntry(TaskStatus.DONE_ON_TIME, 1)
                .containsEntry(TaskStatus.IN_PROGRESS, 1).containsEntry(TaskStatus.DONE_LATE, 0)
                .containsEntry(TaskStatus.NOT_STARTED, 0);
        assertThat(row(view, "pc").tasks().asMap()).containsEntry(TaskStatus.OVERDUE, 1)
                .containsEntry(TaskStatus.DONE_LATE, 1);
        assertThat(row(view, "pc").reports()).isEqualTo(new DashboardRepository.ReportTally(2, 1, 2));
        assertThat(row(view, "tccb").tasks().asMap()).containsEntry(TaskStatus.OVERDUE, 1)
                .containsEntry(TaskStatus.IN_PROGRESS, 1);
        assertThat(row(view, "tccb").risk()).as("an overdue result waiting for the head still counts").isEqualTo(3.0);
        assertThat(row(view, "cds").trend()).isEqualByComparingTo(drop.negate().setScale(2, RoundingMode.HALF_UP));
        assertThat(row(view, "vp").trend()).as("no entries last year: no trend").isNull();
        assertThat(row(view, "vp").currentReport().status()).isEqualTo(ReportStatus.NOT_STARTED);
    }

    @Test
    void anOverdueResultWaitingForTheHeadCountsAsRisk() {
        // tccb's one overdue result (3.0) sits after pc (7.0); the order is by risk, then by code
        DashboardService.MinistryView view = dashboard.ministry(YEAR, null, null, 1);
        List<Double> risks = view.units().stream().map(UnitRow::risk).toList();
        assertThat(risks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(view.units().indexOf(row(view, "tccb"))).isGreaterThan(view.units().indexOf(row(view, "pc")));
    }

    @Test
    void theCurrentCycleIsTheOpenOneWithItsCounts() {
        DashboardService.MinistryView view = dashboard.ministry(YEAR, null, null, 1);
        assertThat(view.cycle().businessKey()).isEqualTo("CYCLE-2086-H1");
        assertThat(view.cycleCounts()).containsEntry(ReportStatus.NOT_STARTED, 1)
                .containsEntry(ReportStatus.WAITING_HEAD, 2).containsEntry(ReportStatus.SUBMITTED, 1)
                .containsEntry(ReportStatus.ACCEPTED, 0);
        assertThat(view.cycleLate()).isZero();
    }

    @Test
    void warningsFlagTasksAndReportsBeforeTheyAreLateWithTheirReasons() {
        DashboardService.MinistryView view = dashboard.ministry(YEAR, null, null, 1);
        Map<String, String> texts = new java.util.HashMap<>();
        view.warnings().forEach(w -> texts.put(w.kind() + "-" + w.unitCode() + "-" + w.subjectId(), w.text()));
        // 1 January → 1 June is 151 of the 181 days to 1 July: 83 %
        assertThat(texts).containsEntry("TASK-vp-" + vpBehindTask, "Tiến độ 10 % sau 83 % thời gian");
        assertThat(texts).containsEntry("REPORT-vp-" + vpReport,
                "Còn 4 ngày đến hạn gửi, báo cáo đang ở tình trạng \"Chưa bắt đầu\"");
        // khcn's in-progress task is 11 points behind: within 25, beyond 25 × (1 − 3/5) = 10
        assertThat(view.warnings()).filteredOn(w -> w.unitCode().equals("khcn")).singleElement()
                .extracting(Warning::text).isEqualTo("Tiến độ 60 % sau 71 % thời gian; đơn vị đã chậm 3/5 nhiệm vụ năm nay");
        assertThat(view.warnings()).filteredOn(w -> w.unitCode().equals("pc")).singleElement()
                .satisfies(w -> assertThat(w.kind()).isEqualTo(Warning.Kind.REPORT))
                .extracting(Warning::text).asString().endsWith("đơn vị đã gửi muộn 1 báo cáo năm nay");
        assertThat(view.warnings()).as("khtc's report is with its head and khtc was never late; tccb sent its own")
                .noneMatch(w -> w.unitCode().equals("khtc") || w.unitCode().equals("tccb"));
        assertThat(view.warnings()).as("vp's task at 80 % is on track").hasSize(4);
        assertThat(view.warningCount()).isEqualTo(4);
        assertThat(row(view, "vp").warnings()).isEqualTo(2);
    }

    @Test
    void filtersByTaskGroupAndByUnit() {
        DashboardService.MinistryView monitoring = dashboard.ministry(YEAR, TaskGroup.MONITORING, null, 1);
        assertThat(monitoring.units().get(0).code()).isEqualTo("pc");
        assertThat(row(monitoring, "khcn").risk()).as("khcn's overdue tasks are AWARENESS").isZero();
        assertThat(monitoring.groups()).containsOnlyKeys(TaskGroup.MONITORING);
        assertThat(monitoring.totals().total()).isEqualTo(2);
        assertThat(monitoring.warnings()).as("report warnings belong to no task group")
                .noneMatch(w -> w.kind() == Warning.Kind.REPORT);

        DashboardService.MinistryView kh = dashboard.ministry(YEAR, null, "KHC", 1);
        assertThat(kh.units()).extracting(UnitRow::code).contains("khcn").doesNotContain("vp", "pc");
        assertThat(kh.units()).allSatisfy(u -> assertThat((u.code() + u.name()).toLowerCase()).contains("khc"));
        assertThat(kh.warnings()).allSatisfy(w -> assertThat(w.unitCode()).isEqualTo("khcn"));
        assertThat(kh.groups()).containsOnlyKeys(TaskGroup.AWARENESS, TaskGroup.LEADERSHIP);
        assertThat(kh.cycleCounts().values().stream().mapToInt(Integer::intValue).sum()).isZero();
    }

    @Test
    void aUnitsOwnDashboard() {
        DashboardService.UnitView vp = dashboard.unit("vp", YEAR);
        assertThat(vp.unit().tasks().asMap()).containsEntry(TaskStatus.IN_PROGRESS, 2);
        assertThat(vp.groups()).containsOnlyKeys(TaskGroup.DIGITAL_GOVERNMENT);
        assertThat(vp.reports()).extracting(DashboardRepository.ReportInfo::cycleTitle)
                .containsExactly("Báo cáo Q1 năm 2086", "Báo cáo H1 năm 2086");
        assertThat(vp.warnings()).extracting(Warning::kind).containsExactlyInAnyOrder(Warning.Kind.TASK,
                Warning.Kind.REPORT);
        DashboardService.UnitView pc = dashboard.unit("pc", YEAR);
        assertThat(pc.unit().risk()).isEqualTo(7.0);
    }

    // ---------------------------------------------------------------- pages and access

    ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    @Test
    void theReviewerSeesTheRiskOrderColoursChartsAndReasons() {
        ResponseEntity<String> page = get("reviewer", "/dashboard?year=" + YEAR);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = page.getBody();
        assertThat(body.indexOf("id=\"unit-row-khcn\"")).isPositive()
                .isLessThan(body.indexOf("id=\"unit-row-pc\""));
        assertThat(body.indexOf("id=\"unit-row-pc\"")).isLessThan(body.indexOf("id=\"unit-row-cds\""));
        assertThat(body).containsPattern("status-cell status-OVERDUE\"[^>]*data-colour=\"red\" data-count=\"3\"")
                .containsPattern("status-cell status-DONE_LATE\"[^>]*data-colour=\"orange\" data-count=\"1\"");
        assertThat(body).contains("Tiến độ 10 % sau 83 % thời gian").contains("/webjars/chart.js/4.4.1/dist/chart.umd.js")
                .contains("id=\"chart-status\"").contains("Mức độ rủi ro = 3 × số nhiệm vụ quá hạn");
        assertThat(body).as("three chart boxes, the status totals above the status chart")
                .containsPattern("(?s)<h2>Nhiệm vụ theo tình trạng</h2>\\s*<p class=\"state-counts\" id=\"status-totals\">"
                        + "\\s*<span[^>]*status-cell.*?<canvas id=\"chart-status\">")
                .contains("<canvas id=\"chart-groups\">").contains("<canvas id=\"chart-scores\">");
        assertThat(get("reviewer", "/dashboard?year=" + YEAR + "&group=MONITORING").getBody())
                .contains("data-group=\"MONITORING\"").doesNotContain("data-group=\"AWARENESS\"");
        assertThat(rest.getForEntity("/webjars/chart.js/4.4.1/dist/chart.umd.js", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aUnitMemberLandsOnTheUnitsPageAndNoOtherUnits() {
        // the client follows the redirect: a unit member lands on the unit's page, of the year asked for
        ResponseEntity<String> staff = get("staff-vp", "/dashboard?year=" + YEAR);
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(staff.getBody()).contains("data-unit=\"vp\"").doesNotContain("id=\"units-table\"")
                .contains("Tiến độ 10 % sau 83 % thời gian");
        assertThat(get("staff-vp", "/dashboard?year=" + (YEAR - 1)).getBody()).as("the year chosen is kept")
                .contains("data-unit=\"vp\"").contains(", năm " + (YEAR - 1)).doesNotContain(", năm " + YEAR);
        ResponseEntity<String> own = get("head-vp", "/dashboard/units/vp?year=" + YEAR);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).contains("Tiến độ 10 % sau 83 % thời gian").contains("id=\"unit-reports\"");
        assertThat(own.getBody()).contains("<canvas id=\"chart-status\">").contains("<canvas id=\"chart-groups\">")
                .doesNotContain("chart-scores");
        assertThat(get("staff-vp", "/dashboard/units/khtc").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("owner", "/dashboard").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("leader", "/dashboard?year=" + YEAR).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("reviewer", "/dashboard/units/khcn?year=" + YEAR).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownUnitsAndGroupsAreRefusedOnThePage() {
        ResponseEntity<String> unknown = get("reviewer", "/dashboard/units/khong-co");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("Không có đơn vị có mã khong-co.");
        ResponseEntity<String> group = get("reviewer", "/dashboard?group=NOPE");
        assertThat(group.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(group.getBody()).contains("Không có nhóm nhiệm vụ NOPE.");
    }
}
