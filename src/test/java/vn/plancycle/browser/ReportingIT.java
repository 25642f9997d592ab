package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plancycle.browser.AppApi.HTTP;
import static vn.plancycle.browser.AppApi.JSON;
import static vn.plancycle.browser.AppApi.call;
import static vn.plancycle.browser.AppApi.ok;
import static vn.plancycle.browser.AppApi.publishPlan;
import static vn.plancycle.browser.AppApi.task;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A requested report in Chromium. Setup through the JSON API: unit khcn (no demo plan) gets a published
 * plan of this year, so its report has figures. Then: the reviewer opens an ad-hoc cycle for khcn from
 * {@code /reports/cycles/new}; khcn's staff opens the pre-filled report, writes the sections, attaches a
 * .docx and sends it to the head; the head signs it on {@code /approvals} at phone width; the reviewer
 * returns it with a comment, which the staff reads on the report; the staff sends it again, the head
 * signs, the reviewer accepts; the consolidation page shows khcn accepted (green) and the xlsx downloads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingIT extends BrowserTest {

    private static final String UNIT = "khcn";
    private static final int YEAR = LocalDate.now().getYear();
    private static final String TITLE = "Báo cáo đột xuất về ứng dụng trí tuệ nhân tạo " + System.currentTimeMillis();
    private static final String RESULTS = "Đã thí điểm trợ lý ảo trả lời thủ tục hành chính.";
    private static final String NEXT_TASKS = "Mở rộng thí điểm sang lĩnh vực sở hữu trí tuệ.";
    private static final String RETURN_COMMENT = "Bổ sung số liệu người dùng trợ lý ảo trong quý";
    private static final String ATTACHMENT = "phu-luc-so-lieu.docx";

    private static long cycleId;
    private static long reportId;
    private static String reportKey;

    // ------------------------------------------------------------------ setup through the API

    /** khcn's plan of this year, published (submitted by its staff, approved by its head), once. */
    @BeforeAll
    static void publishThePlan() throws Exception {
        JsonNode tasks = ok(call("staff-khcn", "GET", "/api/tasks/" + UNIT + "/" + YEAR, null));
        if (tasks.size() > 0) {
            return;
        }
        List<Map<String, Object>> plan = new ArrayList<>();
        plan.add(task("Phổ biến Quyết định 970 trong Vụ Khoa học và Công nghệ", "AWARENESS", "Biên bản hội nghị",
                "staff-khcn", YEAR + "-12-20"));
        plan.add(task("Ban hành kế hoạch ứng dụng trí tuệ nhân tạo", "LEADERSHIP", "Kế hoạch được ký", "staff-khcn",
                YEAR + "-12-21"));
        plan.add(task("Cử cán bộ dự lớp chuyển đổi số", "WORKFORCE", "3 cán bộ được đào tạo", "staff-khcn",
                YEAR + "-12-22"));
        plan.add(task("Công khai danh mục đề tài", "TRANSPARENCY", "Bài đăng trên cổng thông tin", "staff-khcn",
                YEAR + "-12-23"));
        plan.add(task("Tự đánh giá kết quả năm", "MONITORING", "Báo cáo tự đánh giá", "head-khcn", YEAR + "-12-24"));
        plan.add(task("Rà soát thủ tục cấp phép khoa học", "PROCEDURES", "Báo cáo rà soát", "head-khcn",
                YEAR + "-12-28"));
        publishPlan(UNIT, YEAR, plan);
    }

    // ------------------------------------------------------------------ helpers

    /** Refreshes the open page (≤ 60 s) until the element is there: the processes' asynchronous steps. */
    private WebElement awaitElement(By by) {
        return waitUpTo(60).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            List<WebElement> found = d.findElements(by);
            if (found.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return found.get(0);
        });
    }

    /** Refreshes the open page (≤ 60 s) until the element's attribute has the value. */
    private void awaitAttribute(By by, String attribute, String value) {
        waitUpTo(60).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            List<WebElement> found = d.findElements(by);
            if (found.isEmpty() || !value.equals(found.get(0).getAttribute(attribute))) {
                d.navigate().refresh();
                return null;
            }
            return true;
        });
    }

    private Path docx() throws IOException {
        Path dir = Files.createTempDirectory("plancycle-report");
        Path file = dir.resolve(ATTACHMENT);
        // a .docx is a zip; the page checks the extension and size, not the content
        Files.write(file, "PK\u0003\u0004 phụ lục số liệu".getBytes(StandardCharsets.UTF_8));
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }

    /**
     * Sends the report to the head; the write step waits only once the asynchronous steps before it
     * (the notice that the report is open, or returned) are done, so a refusal is retried (≤ 60 s).
     */
    private void send() {
        waitUpTo(60).pollingEvery(Duration.ofSeconds(2)).ignoring(StaleElementReferenceException.class).until(d -> {
            // the page after a click is read at the next poll, not while it loads
            List<WebElement> sent = d.findElements(By.id("flash-message"));
            if (!sent.isEmpty() && sent.get(0).getText().equals("Đã gửi báo cáo cho Thủ trưởng ký.")) {
                return true;
            }
            List<WebElement> button = d.findElements(By.id("send-report"));
            if (!button.isEmpty()) {
                button.get(0).click();
            }
            return false;
        });
    }

    private void openDecision(String user, boolean phone) {
        logIn(user);
        if (phone) {
            driver.manage().window().setSize(new Dimension(375, 812));
        }
        open("/approvals");
        awaitElement(By.cssSelector(".approval-item[data-business-key='" + reportKey + "'] a")).click();
        assertThat(byId("subject-report-title").getText()).contains(TITLE);
    }

    private void assertFitsThePhone() {
        Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(375);
    }

    private void headSigns() {
        openDecision("head-" + UNIT, true);
        assertThat(byId("approve").getText()).isEqualTo("Ký, gửi Bộ");
        assertThat(byId("return").getText()).isEqualTo("Trả lại");
        assertThat(driver.findElements(By.cssSelector("#subject-figures .figure-row"))).isNotEmpty();
        assertFitsThePhone();
        byId("approve").click();
        assertThat(byId("flash-message").getText()).contains(reportKey);
    }

    // ------------------------------------------------------------------ the steps

    @Test
    @Order(1)
    void theReviewerOpensAnAdHocCycleForOneUnit() {
        logIn("reviewer");
        byId("nav-reports").click();
        byId("open-cycle").click();
        type("cycle-title", TITLE);
        String due = LocalDate.now().plusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", byId("cycle-due"),
                LocalDate.now().plusDays(10).toString());
        byId("unit-" + UNIT).click();
        byId("open-requested").click();

        assertThat(byId("cycle-title").getText()).isEqualTo(TITLE);
        assertThat(byId("flash-message").getText()).contains(TITLE);
        assertThat(byId("cycle-due").getText()).isEqualTo(due);
        assertThat(byId("cycle-kind").getText()).isEqualTo("Đột xuất");
        String url = driver.getCurrentUrl();
        cycleId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        awaitElement(By.id("unit-row-" + UNIT));
        assertThat(driver.findElements(By.cssSelector("#cycle-units .unit-row"))).hasSize(1);
    }

    @Test
    @Order(2)
    void theStaffWritesThePrefilledReportAttachesAFileAndSendsItToTheHead() throws IOException {
        logIn("staff-" + UNIT);
        byId("nav-reports").click();
        WebElement link = awaitElement(By.xpath("//a[contains(@class,'report-link') and contains(., '" + TITLE + "')]"));
        link.click();
        String url = driver.getCurrentUrl();
        reportId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        reportKey = byId("report-business-key").getText();
        assertThat(reportKey).startsWith("REPORT-KHCN-" + YEAR + "-AD_HOC-");

        // the figures are frozen at the cut-off (asynchronously, after the cycle opened)
        awaitElement(By.id("report-figures"));
        assertThat(driver.findElements(By.cssSelector("#report-figures .figure-row"))).isNotEmpty();
        assertThat(byId("report-figures").findElement(By.cssSelector(".figure-total .fig-assigned")).getText())
                .isEqualTo("6");
        assertThat(driver.findElements(By.cssSelector("#report-lines .line-row"))).hasSize(6);
        assertThat(byId("workforce-officials").getText()).isEqualTo("20");

        type("section-results-input", RESULTS);
        type("section-nextTasks-input", NEXT_TASKS);
        byId("save-report").click();
        assertThat(byId("flash-message").getText()).isEqualTo("Đã lưu báo cáo.");
        assertThat(byId("section-results-input").getAttribute("value")).isEqualTo(RESULTS);

        byId("attachment-file").sendKeys(docx().toAbsolutePath().toString());
        byId("upload-attachment").click();
        assertThat(byId("flash-message").getText()).contains(ATTACHMENT);
        assertThat(byId("attachment-list").getText()).contains(ATTACHMENT);

        send();
        assertThat(driver.findElements(By.id("report-form"))).isEmpty();
        assertThat(byId("report-state").findElement(By.cssSelector(".report-status")).getAttribute("data-status"))
                .isEqualTo("WAITING_HEAD");
        assertThat(byId("section-results").getText()).isEqualTo(RESULTS);
    }

    @Test
    @Order(3)
    void theHeadSignsAtPhoneWidth() {
        headSigns();
    }

    @Test
    @Order(4)
    void theReviewerReturnsItWithAComment() {
        openDecision("reviewer", false);
        assertThat(byId("approve").getText()).isEqualTo("Chấp nhận");
        assertThat(byId("section-results").getText()).isEqualTo(RESULTS);
        assertThat(byId("attachment-list").getText()).contains(ATTACHMENT);
        byId("return").click();
        assertThat(byId("decision-error").getText()).isNotBlank();
        type("comment", RETURN_COMMENT);
        byId("return").click();
        assertThat(byId("flash-message").getText()).contains(reportKey);
    }

    @Test
    @Order(5)
    void theStaffReadsTheCommentAndSendsItAgain() {
        logIn("staff-" + UNIT);
        open("/reports/" + reportId);
        assertThat(awaitElement(By.id("return-comment")).getText()).isEqualTo(RETURN_COMMENT);
        awaitElement(By.id("send-report"));
        assertThat(byId("section-results-input").getAttribute("value")).isEqualTo(RESULTS);
        type("section-shortcomings-input", "Số liệu người dùng được bổ sung: 1.250 lượt hỏi đáp.");
        send();
        assertThat(byId("report-state").findElement(By.cssSelector(".report-status")).getAttribute("data-status"))
                .isEqualTo("WAITING_HEAD");
    }

    @Test
    @Order(6)
    void theHeadSignsAgain() {
        headSigns();
    }

    @Test
    @Order(7)
    void theReviewerAcceptsItAndTheConsolidationShowsItAccepted() throws Exception {
        openDecision("reviewer", false);
        byId("approve").click();
        assertThat(byId("flash-message").getText()).contains(reportKey);

        open("/reports/cycles/" + cycleId);
        awaitAttribute(By.id("unit-row-" + UNIT), "data-status", "ACCEPTED");
        WebElement badge = byId("unit-row-" + UNIT).findElement(By.cssSelector(".report-status"));
        assertThat(badge.getAttribute("class")).contains("report-ACCEPTED");
        assertThat(badge.getCssValue("background-color")).isEqualTo("rgba(46, 125, 50, 1)");
        assertThat(byId("cycle-figures").findElement(By.cssSelector(".figure-total .fig-assigned")).getText())
                .isEqualTo("6");

        // the xlsx link answers with the workbook, fetched with the browser's session
        String href = byId("export-xlsx").getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        assertThat(cookies).isNotEmpty();
        HttpResponse<byte[]> xlsx = HTTP.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
                .contains("bao-cao-tong-hop-CYCLE-" + YEAR + "-AD_HOC-");
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    }
}
