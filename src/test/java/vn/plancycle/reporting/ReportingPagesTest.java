package vn.plancycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.web.util.HtmlUtils;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.plancycle.execution.ExecutionService;
import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.AsyncJobs;
import vn.plancycle.testsupport.TestSmtp;

/**
 * The reporting pages over HTTP (HTTP Basic plus the page's CSRF token): who may open cycles and read
 * a report, refused input on every form (the message shown, what was typed kept, nothing stored), and
 * the exports' content types. One ad-hoc cycle for unit cds, opened through the page.
 */
@AppTest
class ReportingPagesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"));

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern FLASH_ERROR = Pattern.compile("id=\"flash-error\">([^<]+)<");
    static final String UNIT = "cds";
    static final String TITLE = "Báo cáo đột xuất về an toàn thông tin (kiểm thử trang)";
    static Long cycleId;
    static Long reportId;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private record Page(String body, String cookie, String csrf) {
    }

    private Page page(String user, String path) {
        ResponseEntity<String> get = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(get.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        Matcher m = CSRF.matcher(get.getBody());
        assertThat(m.find()).as("CSRF token in %s", path).isTrue();
        List<String> cookies = get.getHeaders().get(HttpHeaders.SET_COOKIE);
        String cookie = cookies == null ? null : String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList());
        return new Page(get.getBody(), cookie, m.group(1));
    }

    /** Posts the form of the page at {@code from} (its CSRF token and session) to {@code action}. */
    private ResponseEntity<String> post(String user, String from, String action, MultiValueMap<String, ?> form,
            MediaType type) {
        Page page = page(user, from);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (page.cookie() != null) {
            headers.add(HttpHeaders.COOKIE, page.cookie());
        }
        return rest.withBasicAuth(user, "demo").postForEntity(action + "?_csrf=" + page.csrf(),
                new HttpEntity<>(form, headers), String.class);
    }

    private static String flashError(ResponseEntity<String> response) {
        Matcher m = FLASH_ERROR.matcher(response.getBody());
        assertThat(m.find()).as("an error message in %s", response.getBody()).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1)).strip();
    }

    private MultiValueMap<String, String> cycleForm(String title, LocalDate due, String... units) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("form", "requested");
        form.add("kind", "AD_HOC");
        form.add("title", title);
        form.add("dueDate", due == null ? "" : due.toString());
        for (String unit : units) {
            form.add("units", unit);
        }
        return form;
    }

    private long cycles() {
        return jdbc.queryForObject("SELECT count(*) FROM reporting_cycle", Long.class);
    }

    /** Runs the asynchronous steps of the cycle's instance and of the unit reports it started. */
    private void runJobs(String processInstanceId) {
        for (int round = 0; round < 5; round++) {
            AsyncJobs.executeDue(managementService, processInstanceId);
            for (String child : jdbc.queryForList("SELECT r.process_instance_id FROM unit_report r JOIN reporting_cycle c "
                    + "ON r.cycle_id = c.id WHERE c.process_instance_id = ? AND r.process_instance_id IS NOT NULL",
                    String.class, processInstanceId)) {
                AsyncJobs.executeDue(managementService, child);
            }
        }
    }

    @BeforeEach
    void openTheCycleOnce() {
        if (cycleId != null) {
            return;
        }
        ResponseEntity<String> opened = post("reviewer", "/reports/cycles/new", "/reports/cycles",
                cycleForm(TITLE, ExecutionService.today().plusDays(20), UNIT), MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(opened.getBody()).contains("id=\"cycle-title\"").contains(TITLE).contains("id=\"flash-message\"");
        Map<String, Object> cycle = jdbc.queryForMap(
                "SELECT id, process_instance_id FROM reporting_cycle WHERE title = ?", TITLE);
        cycleId = ((Number) cycle.get("id")).longValue();
        if (cycle.get("process_instance_id") != null) {
            runJobs((String) cycle.get("process_instance_id"));
        }
        reportId = jdbc.queryForObject("SELECT id FROM unit_report WHERE cycle_id = ? AND unit_code = ?", Long.class,
                cycleId, UNIT);
    }

    @Test
    void onlyReviewersOpenCyclesAndOnlyTheUnitAndTheMinistryReadItsReport() {
        assertThat(rest.withBasicAuth("staff-cds", "demo").getForEntity("/reports/cycles/new", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("leader", "demo").getForEntity("/reports/cycles/new", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long before = cycles();
        ResponseEntity<String> byStaff = post("staff-cds", "/reports", "/reports/cycles",
                cycleForm("Báo cáo do cán bộ mở", ExecutionService.today().plusDays(5)),
                MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(byStaff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cycles()).isEqualTo(before);
        assertThat(rest.withBasicAuth("staff-cds", "demo").getForEntity("/reports/cycles/" + cycleId, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("staff-cds", "demo")
                .getForEntity("/reports/cycles/" + cycleId + "/export.xlsx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // the unit sees its report in its list; the ministry sees the cycle
        assertThat(rest.withBasicAuth("staff-cds", "demo").getForObject("/reports", String.class))
                .contains("id=\"report-link-" + reportId + "\"").contains("id=\"nav-reports\"")
                .doesNotContain("id=\"open-cycle\"");
        assertThat(rest.withBasicAuth("reviewer", "demo").getForObject("/reports", String.class))
                .contains("id=\"cycle-row-" + cycleId + "\"").contains("id=\"open-cycle\"");
        assertThat(rest.withBasicAuth("leader", "demo").getForObject("/reports", String.class))
                .contains("id=\"cycle-row-" + cycleId + "\"").doesNotContain("id=\"open-cycle\"");

        // another unit's staff: refused, no data; the reviewer and the unit's head read it without the form
        ResponseEntity<String> other = rest.withBasicAuth("staff-vp", "demo").getForEntity("/reports/" + reportId,
                String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody()).doesNotContain("REPORT-CDS");
        assertThat(rest.withBasicAuth("staff-vp", "demo").getForEntity("/reports/" + reportId + "/attachments/1",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("reviewer", "demo").getForObject("/reports/" + reportId, String.class))
                .contains("id=\"report-title\"").contains("REPORT-CDS").doesNotContain("id=\"report-form\"");
        assertThat(rest.withBasicAuth("staff-cds", "demo").getForObject("/reports/" + reportId, String.class))
                .contains("id=\"report-form\"").contains("id=\"attachment-form\"");
        assertThat(rest.withBasicAuth("staff-cds", "demo").getForEntity("/reports/987654321", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // a reviewer may not write the unit's report
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("results", "Viết hộ đơn vị");
        assertThat(post("reviewer", "/reports/" + reportId, "/reports/" + reportId, form,
                MediaType.APPLICATION_FORM_URLENCODED).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT results FROM unit_report WHERE id = ?", String.class, reportId))
                .isNotEqualTo("Viết hộ đơn vị");
    }

    @Test
    void badCycleInputIsShownInTheFormAndOpensNothing() {
        long before = cycles();
        List<ResponseEntity<String>> refused = new ArrayList<>();
        refused.add(post("reviewer", "/reports/cycles/new", "/reports/cycles",
                cycleForm("  ", ExecutionService.today().plusDays(5)), MediaType.APPLICATION_FORM_URLENCODED));
        refused.add(post("reviewer", "/reports/cycles/new", "/reports/cycles",
                cycleForm("x".repeat(ReportingCycle.TITLE_MAX + 1), ExecutionService.today().plusDays(5)),
                MediaType.APPLICATION_FORM_URLENCODED));
        refused.add(post("reviewer", "/reports/cycles/new", "/reports/cycles",
                cycleForm("Báo cáo hạn đã qua", ExecutionService.today().minusDays(1)),
                MediaType.APPLICATION_FORM_URLENCODED));
        refused.add(post("reviewer", "/reports/cycles/new", "/reports/cycles",
                cycleForm("Báo cáo cho đơn vị lạ", ExecutionService.today().plusDays(5), "khong-co"),
                MediaType.APPLICATION_FORM_URLENCODED));
        MultiValueMap<String, String> badDate = cycleForm("Báo cáo ngày sai", null);
        badDate.set("dueDate", "31/02/2026");
        refused.add(post("reviewer", "/reports/cycles/new", "/reports/cycles", badDate,
                MediaType.APPLICATION_FORM_URLENCODED));
        MultiValueMap<String, String> badPeriod = new LinkedMultiValueMap<>();
        badPeriod.add("form", "periodic");
        badPeriod.add("year", "hai nghìn");
        badPeriod.add("period", "Q1");
        refused.add(post("reviewer", "/reports/cycles/new", "/reports/cycles", badPeriod,
                MediaType.APPLICATION_FORM_URLENCODED));

        for (ResponseEntity<String> r : refused) {
            assertThat(r.getStatusCode().is4xxClientError()).as(r.getBody()).isTrue();
            assertThat(r.getBody()).contains("id=\"requested-form\"");
            assertThat(flashError(r)).isNotBlank();
        }
        // the typed values stay in the form
        assertThat(refused.get(2).getBody()).contains("value=\"Báo cáo hạn đã qua\"");
        assertThat(refused.get(3).getBody()).contains("khong-co");
        assertThat(flashError(refused.get(0))).isEqualTo("Hãy nhập tên báo cáo.");
        assertThat(flashError(refused.get(1))).isEqualTo("Tên báo cáo dài tối đa 300 ký tự.");
        assertThat(flashError(refused.get(2))).isEqualTo("Hạn gửi báo cáo phải sau ngày hôm nay.");
        assertThat(flashError(refused.get(3))).isEqualTo("Đơn vị \"khong-co\" không tồn tại hoặc đã ngừng hoạt động.");
        assertThat(flashError(refused.get(4))).isEqualTo("Ngày không hợp lệ (định dạng năm-tháng-ngày).");
        assertThat(flashError(refused.get(5))).isEqualTo("Năm không hợp lệ.");
        assertThat(cycles()).isEqualTo(before);
    }

    @Test
    void badReportInputIsShownOnTheReportAndStoresNothing() {
        Map<String, Object> before = jdbc.queryForMap("SELECT results, next_tasks, status, version FROM unit_report "
                + "WHERE id = ?", reportId);
        MultiValueMap<String, String> tooLong = new LinkedMultiValueMap<>();
        tooLong.add("action", "save");
        tooLong.add("results", "Đã triển khai");
        tooLong.add("shortcomings", "x".repeat(UnitReport.SECTION_MAX + 1));
        ResponseEntity<String> r = post("staff-cds", "/reports/" + reportId, "/reports/" + reportId, tooLong,
                MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(flashError(r)).isEqualTo("Mục \"Tồn tại, hạn chế và nguyên nhân\" dài quá 20000 ký tự.");
        assertThat(r.getBody()).contains("Đã triển khai");

        MultiValueMap<String, String> incomplete = new LinkedMultiValueMap<>();
        incomplete.add("action", "send");
        incomplete.add("results", "Chỉ có kết quả, chưa có nhiệm vụ kỳ tới");
        ResponseEntity<String> notSent = post("staff-cds", "/reports/" + reportId, "/reports/" + reportId, incomplete,
                MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(notSent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(flashError(notSent)).startsWith("Báo cáo chưa đủ nội dung");
        assertThat(notSent.getBody()).contains("Chỉ có kết quả, chưa có nhiệm vụ kỳ tới");
        assertThat(jdbc.queryForMap("SELECT results, next_tasks, status, version FROM unit_report WHERE id = ?",
                reportId)).isEqualTo(before);

        // files: wrong type, too large, empty — refused with the reason, nothing stored
        long files = attachments();
        assertThat(upload("ghi-chu.exe", 100).getBody()).contains("Tệp ghi-chu.exe không thuộc loại được phép");
        ResponseEntity<String> large = upload("so-lieu.xlsx", 10 * 1024 * 1024 + 1);
        assertThat(large.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(flashError(large)).isEqualTo("Tệp so-lieu.xlsx vượt quá dung lượng cho phép (10 MB), nên không được lưu.");
        assertThat(flashError(upload("rong.docx", 0))).isEqualTo("Chưa chọn tệp, hoặc tệp rỗng.");
        assertThat(attachments()).isEqualTo(files);
    }

    @Test
    void aDraftIsSavedAndAFileAttachedAndDownloaded() {
        MultiValueMap<String, String> draft = new LinkedMultiValueMap<>();
        draft.add("action", "save");
        draft.add("results", "Hoàn thành rà soát hệ thống thông tin cấp độ 3");
        draft.add("nextTasks", "Diễn tập ứng cứu sự cố");
        ResponseEntity<String> saved = post("staff-cds", "/reports/" + reportId, "/reports/" + reportId, draft,
                MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody()).contains("Đã lưu báo cáo.").contains("Diễn tập ứng cứu sự cố");
        assertThat(jdbc.queryForObject("SELECT status FROM unit_report WHERE id = ?", String.class, reportId))
                .isEqualTo("DRAFTING");

        long before = attachments();
        ResponseEntity<String> uploaded = upload("Báo cáo an toàn thông tin.docx", 2048);
        assertThat(uploaded.getBody()).contains("Đã đính kèm tệp Báo cáo an toàn thông tin.docx.");
        assertThat(attachments()).isEqualTo(before + 1);
        long attachmentId = jdbc.queryForObject("SELECT max(id) FROM report_attachment WHERE report_id = ?", Long.class,
                reportId);
        ResponseEntity<byte[]> file = rest.withBasicAuth("reviewer", "demo")
                .getForEntity("/reports/" + reportId + "/attachments/" + attachmentId, byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getBody()).hasSize(2048);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("Báo cáo an toàn thông tin.docx");
    }

    @Test
    void theConsolidationPageShowsTheUnitsAndExportsBothFiles() {
        String page = rest.withBasicAuth("reviewer", "demo").getForObject("/reports/cycles/" + cycleId, String.class);
        assertThat(page).contains("id=\"unit-row-" + UNIT + "\"").contains("id=\"cycle-figures\"")
                .contains("id=\"export-xlsx\"").contains("id=\"export-docx\"");
        String key = jdbc.queryForObject("SELECT business_key FROM reporting_cycle WHERE id = ?", String.class, cycleId);

        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("leader", "demo")
                .getForEntity("/reports/cycles/" + cycleId + "/export.xlsx", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentType()).isEqualTo(ReportingController.XLSX);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("bao-cao-tong-hop-" + key + ".xlsx");
        assertThat(xlsx.getBody()).startsWith((byte) 'P', (byte) 'K');

        ResponseEntity<byte[]> docx = rest.withBasicAuth("reviewer", "demo")
                .getForEntity("/reports/cycles/" + cycleId + "/export.docx", byte[].class);
        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docx.getHeaders().getContentType()).isEqualTo(ReportingController.DOCX);
        assertThat(docx.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("bao-cao-tong-hop-" + key + ".docx");
        assertThat(docx.getBody()).startsWith((byte) 'P', (byte) 'K');

        assertThat(rest.withBasicAuth("reviewer", "demo").getForEntity("/reports/cycles/987654321", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long attachments() {
        return jdbc.queryForObject("SELECT count(*) FROM report_attachment WHERE report_id = ?", Long.class, reportId);
    }

    private ResponseEntity<String> upload(String name, int bytes) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(new byte[bytes]) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return post("staff-cds", "/reports/" + reportId, "/reports/" + reportId + "/attachments", body,
                MediaType.MULTIPART_FORM_DATA);
    }
}
