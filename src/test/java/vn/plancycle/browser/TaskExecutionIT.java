package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plancycle.browser.AppApi.HTTP;
import static vn.plancycle.browser.AppApi.JSON;
import static vn.plancycle.browser.AppApi.awaitJson;
import static vn.plancycle.browser.AppApi.call;
import static vn.plancycle.browser.AppApi.ok;
import static vn.plancycle.browser.AppApi.publishPlan;
import static vn.plancycle.browser.AppApi.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Plan execution in Chromium. Setup through the JSON API (HTTP Basic): unit pc's complete plan of
 * 2033, submitted by staff-pc and approved by head-pc, whose six {@code plan-task} instances the
 * packaged app's job executor starts. Then: the owner finds the tasks on {@code /tasks} (grey "not
 * started" badges), records progress with a note, uploads an evidence file and adds a link, has an
 * 11 MB file refused in Vietnamese with nothing added, and reports done; the head returns the result
 * from {@code /approvals} — first without a comment (refused), then with one that the owner reads on
 * the task page; the owner reports done again and the head accepts; the table then shows the task
 * done on time (green) next to one in progress (blue) and the untouched ones (grey), also at phone width.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskExecutionIT extends BrowserTest {

    private static final int YEAR = 2033;
    private static final String UNIT = "pc";
    private static final String EVIDENCE_FILE = "bien-ban-hop.pdf";
    private static final String EVIDENCE_LINK = "Bài đăng trên cổng thông tin";
    private static final String RETURN_COMMENT = "Bổ sung danh sách người tham dự vào biên bản";

    /** The first task (AWARENESS, due 15/02/2033, owner staff-pc) and the second (LEADERSHIP). */
    private static long taskId;
    private static long secondTaskId;

    // ------------------------------------------------------------------ setup through the API

    @BeforeAll
    static void publishThePlan() throws Exception {
        JsonNode tasks = ok(call("staff-pc", "GET", "/api/tasks/" + UNIT + "/" + YEAR, null));
        if (tasks.size() == 0) {
            List<Map<String, Object>> plan = new ArrayList<>();
            plan.add(task("Phổ biến Quyết định 970 trong Vụ Pháp chế", "AWARENESS", "Biên bản hội nghị phổ biến",
                    "staff-pc", YEAR + "-02-15"));
            plan.add(task("Ban hành kế hoạch rà soát văn bản về chuyển đổi số", "LEADERSHIP", "Kế hoạch được ký",
                    "staff-pc", YEAR + "-04-15"));
            plan.add(task("Cử cán bộ dự lớp chuyển đổi số", "WORKFORCE", "5 cán bộ được đào tạo", "staff-pc",
                    YEAR + "-06-15"));
            plan.add(task("Công khai kết quả rà soát", "TRANSPARENCY", "Bài đăng trên cổng thông tin", "staff-pc",
                    YEAR + "-08-15"));
            plan.add(task("Tự đánh giá kết quả năm", "MONITORING", "Báo cáo tự đánh giá", "head-pc",
                    YEAR + "-11-30"));
            plan.add(task("Rà soát thủ tục hành chính thuộc lĩnh vực pháp chế", "PROCEDURES",
                    "Báo cáo rà soát thủ tục", "head-pc", YEAR + "-10-31"));
            tasks = publishPlan(UNIT, YEAR, plan);
        }
        assertThat(tasks).hasSize(6);
        taskId = tasks.get(0).get("id").asLong();
        secondTaskId = tasks.get(1).get("id").asLong();
        // the owner's carry-out step exists once the instance has passed its first (asynchronous) notice
        awaitJson("staff-pc", "/engine-rest/task?maxResults=10&processInstanceBusinessKey=TASK-" + taskId
                + "&taskDefinitionKey=Task_CarryOut", 60);
        awaitJson("staff-pc", "/engine-rest/task?maxResults=10&processInstanceBusinessKey=TASK-" + secondTaskId
                + "&taskDefinitionKey=Task_CarryOut", 60);
    }

    // ------------------------------------------------------------------ helpers

    private Path file(String name, int bytes) throws IOException {
        Path dir = Files.createTempDirectory("plancycle-evidence");
        Path file = dir.resolve(name);
        byte[] content = new byte[bytes];
        byte[] header = "%PDF-1.4 biên bản\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, content, 0, Math.min(header.length, bytes));
        Files.write(file, content);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }

    private WebElement row(long id) {
        return byId("task-row-" + id);
    }

    private String statusOf(long id) {
        return row(id).findElement(By.cssSelector(".status")).getAttribute("data-status");
    }

    private List<WebElement> evidence() {
        return driver.findElements(By.cssSelector("#evidence-list .evidence"));
    }

    /** Refreshes the open page (≤ 30 s) until the element is there: the process's asynchronous steps. */
    private WebElement awaitElement(By by) {
        return waitUpTo(30).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            List<WebElement> found = d.findElements(by);
            if (found.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return found.get(0);
        });
    }

    private void openDecision() {
        open("/approvals");
        awaitElement(By.cssSelector(".approval-item[data-business-key='TASK-" + taskId + "'] a")).click();
    }

    // ------------------------------------------------------------------ the steps

    @Test
    @Order(1)
    void theOwnerRecordsProgressWithEvidenceAndReportsDone() throws IOException {
        logIn("staff-pc");
        byId("nav-tasks").click();
        assertThat(byId("tasks-title").getText()).contains(String.valueOf(java.time.Year.now().getValue()))
                .contains("Vụ Pháp chế");

        open("/tasks?year=" + YEAR);
        assertThat(driver.findElements(By.cssSelector("#tasks-table .task-row"))).hasSize(6);
        assertThat(statusOf(taskId)).isEqualTo("NOT_STARTED");
        WebElement grey = row(taskId).findElement(By.cssSelector(".status"));
        assertThat(grey.getAttribute("class")).contains("status-NOT_STARTED");
        assertThat(grey.getText()).isEqualTo("Chưa bắt đầu");
        assertThat(row(taskId).getText()).contains("Phổ biến Quyết định 970 trong Vụ Pháp chế")
                .contains("15/02/" + YEAR);

        byId("task-link-" + taskId).click();
        assertThat(byId("task-title").getText()).isEqualTo("Phổ biến Quyết định 970 trong Vụ Pháp chế");
        assertThat(byId("task-original-due").getText()).isEqualTo("15/02/" + YEAR);
        assertThat(byId("no-evidence").getText()).isEqualTo("Chưa có minh chứng.");

        type("progress-percent", "60");
        type("progress-note", "Đã tổ chức hội nghị phổ biến, đang hoàn thiện biên bản");
        byId("record-progress").click();
        assertThat(byId("flash-message").getText()).isEqualTo("Đã ghi nhận tiến độ 60 %.");
        assertThat(byId("progress-history").getText()).contains("Đã tổ chức hội nghị phổ biến, đang hoàn thiện biên bản")
                .contains("60 %").contains("staff-pc");
        assertThat(byId("task-status").getAttribute("data-status")).isEqualTo("IN_PROGRESS");
        assertThat(byId("task-progress").getText()).isEqualTo("60 %");

        byId("evidence-file").sendKeys(file(EVIDENCE_FILE, 2048).toAbsolutePath().toString());
        byId("upload-evidence").click();
        assertThat(byId("flash-message").getText()).isEqualTo("Đã tải lên minh chứng \"" + EVIDENCE_FILE + "\".");

        type("link-url", "https://pc.example.gov.vn/tin-tuc/pho-bien-qd-970");
        type("link-name", EVIDENCE_LINK);
        byId("add-link").click();
        assertThat(byId("flash-message").getText()).contains(EVIDENCE_LINK);
        assertThat(evidence()).hasSize(2);
        assertThat(byId("evidence-list").getText()).contains(EVIDENCE_FILE).contains(EVIDENCE_LINK);
        WebElement download = byId("evidence-list").findElement(By.linkText(EVIDENCE_FILE));
        assertThat(download.getAttribute("href")).contains("/api/tasks/" + taskId + "/evidence/");

        // above the app's 10 MB limit (below the servlet's 20 MB): refused in Vietnamese, nothing added
        byId("evidence-file").sendKeys(file("qua-lon.pdf", 11 * 1024 * 1024).toAbsolutePath().toString());
        byId("upload-evidence").click();
        assertThat(byId("flash-error").getText())
                .isEqualTo("Tệp \"qua-lon.pdf\" quá lớn: dung lượng tối đa là 10 MB.");
        assertThat(evidence()).hasSize(2);
        assertThat(byId("evidence-list").getText()).doesNotContain("qua-lon.pdf");

        byId("report-done").click();
        assertThat(byId("flash-message").getText()).contains("Đã báo cáo hoàn thành");
        assertThat(byId("task-stage").getAttribute("data-stage")).isEqualTo("REPORTED");
        assertThat(byId("task-progress").getText()).isEqualTo("100 %");
        assertThat(driver.findElements(By.id("progress-form"))).isEmpty();
        assertThat(driver.findElements(By.id("report-done"))).isEmpty();
    }

    @Test
    @Order(2)
    void theHeadSeesTheEvidenceAndReturnsTheResultOnlyWithAComment() {
        logIn("head-pc");
        openDecision();
        String subject = byId("approval-subject").getText();
        assertThat(subject).contains("Phổ biến Quyết định 970 trong Vụ Pháp chế").contains(EVIDENCE_FILE)
                .contains(EVIDENCE_LINK).contains("100 %");
        assertThat(byId("approval-subject").findElement(By.cssSelector(".status")).getAttribute("class"))
                .contains("status-IN_PROGRESS");

        byId("return").click();
        assertThat(byId("decision-error").getText())
                .isEqualTo("Khi trả lại phải ghi ý kiến (nội dung cần chỉnh sửa).");
        type("comment", RETURN_COMMENT);
        byId("return").click();
        assertThat(byId("flash-message").getText()).contains("TASK-" + taskId);
    }

    @Test
    @Order(3)
    void theOwnerReadsTheCommentAndReportsDoneAgain() {
        logIn("staff-pc");
        open("/tasks/" + taskId);
        // the return runs through asynchronous steps before the owner's step waits again
        awaitElement(By.id("report-done"));
        assertThat(byId("return-comment").getText()).isEqualTo(RETURN_COMMENT);
        assertThat(byId("task-returns").getText()).isEqualTo("1");
        assertThat(evidence()).hasSize(2);
        byId("report-done").click();
        assertThat(byId("flash-message").getText()).contains("Đã báo cáo hoàn thành");
        assertThat(driver.findElements(By.id("return-comment"))).isEmpty();
    }

    @Test
    @Order(4)
    void theHeadAcceptsAtPhoneWidth() {
        logIn("head-pc");
        driver.manage().window().setSize(new Dimension(375, 812));
        openDecision();
        assertThat(byId("approval-subject").getText()).contains(EVIDENCE_FILE).contains(RETURN_COMMENT);
        Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(375);
        byId("approve").click();
        assertThat(byId("flash-message").getText()).contains("TASK-" + taskId);
        assertThat(driver.findElements(By.cssSelector(".approval-item[data-business-key='TASK-" + taskId + "']")))
                .isEmpty();
    }

    @Test
    @Order(5)
    void theTableShowsDoneOnTimeInProgressAndNotStartedInTheirColours() {
        logIn("staff-pc");
        open("/tasks/" + secondTaskId);
        type("progress-percent", "20");
        byId("record-progress").click();
        assertThat(byId("flash-message").getText()).isEqualTo("Đã ghi nhận tiến độ 20 %.");

        open("/tasks/" + taskId);
        WebElement done = awaitElement(By.cssSelector("#task-status[data-status='DONE_ON_TIME']"));
        assertThat(done.getText()).isEqualTo("Hoàn thành đúng hạn");
        assertThat(byId("task-stage").getAttribute("data-stage")).isEqualTo("ACCEPTED");
        assertThat(driver.findElements(By.id("upload-form"))).isEmpty();

        open("/tasks?year=" + YEAR);
        assertThat(statusOf(taskId)).isEqualTo("DONE_ON_TIME");
        assertThat(statusOf(secondTaskId)).isEqualTo("IN_PROGRESS");
        WebElement green = row(taskId).findElement(By.cssSelector(".status"));
        WebElement blue = row(secondTaskId).findElement(By.cssSelector(".status"));
        WebElement grey = driver.findElement(By.cssSelector("#tasks-table .task-row[data-status='NOT_STARTED'] .status"));
        assertThat(green.getAttribute("class")).contains("status-DONE_ON_TIME");
        assertThat(blue.getAttribute("class")).contains("status-IN_PROGRESS");
        assertThat(green.getCssValue("background-color")).isEqualTo("rgba(46, 125, 50, 1)");
        assertThat(blue.getCssValue("background-color")).isEqualTo("rgba(21, 101, 192, 1)");
        assertThat(grey.getCssValue("background-color")).isEqualTo("rgba(117, 117, 117, 1)");
        assertThat(row(taskId).findElement(By.className("task-progress")).getText()).isEqualTo("100 %");

        // the timeline: one bar per task, coloured by status, ending at the deadline
        assertThat(driver.findElements(By.cssSelector("#timeline .tl-bar"))).hasSize(6);
        WebElement bar = byId("timeline-" + taskId).findElement(By.className("tl-bar"));
        assertThat(bar.getAttribute("class")).contains("status-DONE_ON_TIME");
        assertThat(bar.getCssValue("background-color")).isEqualTo("rgba(46, 125, 50, 1)");
        WebElement laterBar = byId("timeline-" + secondTaskId).findElement(By.className("tl-bar"));
        assertThat(laterBar.getSize().getWidth()).isGreaterThan(bar.getSize().getWidth());

        // filter by status: only the task done on time
        new org.openqa.selenium.support.ui.Select(byId("filter-status")).selectByValue("DONE_ON_TIME");
        byId("apply-filter").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("status=DONE_ON_TIME"));
        assertThat(driver.findElements(By.cssSelector("#tasks-table .task-row"))).hasSize(1);
        assertThat(statusOf(taskId)).isEqualTo("DONE_ON_TIME");

        // usable on a phone: nothing wider than the screen
        driver.manage().window().setSize(new Dimension(375, 812));
        open("/tasks?year=" + YEAR);
        Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(375);
        open("/tasks/" + secondTaskId);
        width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(375);
    }
}
