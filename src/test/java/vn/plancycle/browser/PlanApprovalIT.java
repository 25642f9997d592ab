package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The annual plan end to end in Chromium: staff build a plan in the editor (and a bad import is
 * refused), submit it; the head approves it from {@code /approvals} at phone width; the same task
 * disappears from Tasklist; the public page shows the plan. And a return with a comment that the
 * drafter sees.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanApprovalIT extends BrowserTest {

    private static final int YEAR = 2029;

    private void addTask(String title, String group, String deliverable, String owner, String due) {
        type("task-title", title);
        new Select(byId("task-group")).selectByValue(group);
        type("task-deliverable", deliverable);
        new Select(byId("task-owner")).selectByValue(owner);
        WebElement date = byId("task-due");
        // a date input takes the digits in the browser's locale order; set the ISO value directly
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", date, due);
        byId("add-task").click();
        waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), title));
    }

    private Path badImport() throws IOException {
        Path file = Files.createTempFile("ke-hoach-loi", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("NhiemVu");
            String[][] rows = {
                {"Tên nhiệm vụ", "Nhóm nhiệm vụ", "Sản phẩm", "Người chủ trì", "Thời hạn", "Ghi chú"},
                {"Tập huấn chuyển đổi số", "WORKFORCE", "Lớp tập huấn", "staff-khcn", "15/05/" + YEAR, ""},
                {"Nhiệm vụ không rõ người", "MONITORING", "Báo cáo", "nguoi-khong-ton-tai", "15/06/" + YEAR, ""},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    @Order(1)
    void staffBuildAPlanRejectABadImportAndSubmit() throws IOException {
        logIn("staff-khcn");
        open("/plans/khcn/" + YEAR);
        byId("import-file").sendKeys(badImport().toAbsolutePath().toString());
        byId("import-submit").click();
        List<WebElement> errors = waitUpTo(20).until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#import-errors li")));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getText()).contains("3");
        assertThat(bodyText()).doesNotContain("Tập huấn chuyển đổi số");

        addTask("Phổ biến Quyết định 970 tới toàn thể cán bộ", "AWARENESS", "Hội nghị phổ biến", "staff-khcn", YEAR + "-02-28");
        // not complete yet: the mandatory groups are listed as missing
        assertThat(byId("plan-problems").getText()).isNotBlank();
        addTask("Ban hành kế hoạch đề án đột phá", "LEADERSHIP", "Quyết định ban hành đề án", "head-khcn", YEAR + "-03-31");
        addTask("Cử cán bộ đi đào tạo chuyển đổi số", "WORKFORCE", "10 cán bộ được đào tạo", "staff-khcn", YEAR + "-06-30");
        addTask("Công khai kết quả thực hiện", "TRANSPARENCY", "Bài đăng trên cổng thông tin", "staff-khcn", YEAR + "-09-30");
        addTask("Tự đánh giá kết quả năm", "MONITORING", "Báo cáo tự đánh giá", "head-khcn", YEAR + "-12-10");
        assertThat(driver.findElements(By.cssSelector("#plan-problems li"))).isEmpty();

        byId("submit-plan").click();
        assertThat(byId("flash-message").getText()).isNotBlank();
    }

    @Test
    @Order(2)
    void theHeadSeesItInTasklistThenApprovesItAtPhoneWidthAndItIsGoneFromTasklist() {
        logIn("head-khcn");
        open("/camunda/app/tasklist/");
        approvalFilter().click();
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Phê duyệt kế hoạch năm"));

        driver.manage().window().setSize(new Dimension(375, 812));
        open("/approvals");
        WebElement item = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".approval-item[data-business-key='PLAN-KHCN-" + YEAR + "'] a")));
        item.click();
        String plan = byId("approval-subject").getText();
        assertThat(plan).contains("Phổ biến Quyết định 970 tới toàn thể cán bộ").contains("Hội nghị phổ biến");
        WebElement approve = byId("approve");
        // usable on a phone: the button fits the 375 px viewport
        assertThat(approve.getRect().getX() + approve.getRect().getWidth()).isLessThanOrEqualTo(375);
        Number pageWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth.intValue()).isLessThanOrEqualTo(375);
        approve.click();
        assertThat(byId("flash-message").getText()).contains("PLAN-KHCN-" + YEAR);
        assertThat(driver.findElements(By.cssSelector(".approval-item[data-business-key='PLAN-KHCN-" + YEAR + "']")))
                .isEmpty();

        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/camunda/app/tasklist/");
        approvalFilter().click();
        // the list has loaded and is empty: the approval task is not waiting for the head any more
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Không có công việc nào khớp với bộ lọc."));
        assertThat(bodyText()).doesNotContain("Phê duyệt kế hoạch năm");
    }

    @Test
    @Order(3)
    void thePublicPageShowsThePublishedPlanWithoutLogin() {
        open("/public/plans?year=" + YEAR);
        WebElement block = waitUpTo(30).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            d.navigate().refresh();
            List<WebElement> found = d.findElements(By.id("plan-khcn"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertThat(block.getText()).contains("Ban hành kế hoạch đề án đột phá").contains("Quyết định ban hành đề án");
    }

    @Test
    @Order(4)
    void aReturnNeedsACommentAndTheDrafterSeesIt() {
        logIn("staff-khtc");
        open("/plans/khtc/" + YEAR);
        addTask("Phổ biến kế hoạch tài chính số", "AWARENESS", "Hội nghị", "staff-khtc", YEAR + "-02-28");
        addTask("Chỉ đạo lập dự toán CĐS", "LEADERSHIP", "Văn bản chỉ đạo", "head-khtc", YEAR + "-03-31");
        addTask("Đào tạo kế toán số", "WORKFORCE", "Lớp đào tạo", "staff-khtc", YEAR + "-06-30");
        addTask("Công khai dự toán", "TRANSPARENCY", "Bài đăng", "staff-khtc", YEAR + "-09-30");
        addTask("Đánh giá thực hiện", "MONITORING", "Báo cáo", "head-khtc", YEAR + "-12-10");
        byId("submit-plan").click();
        assertThat(byId("flash-message").getText()).isNotBlank();
        byId("logout").click();

        logIn("head-khtc");
        driver.manage().window().setSize(new Dimension(375, 812));
        open("/approvals");
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".approval-item[data-business-key='PLAN-KHTC-" + YEAR + "'] a"))).click();
        byId("return").click();
        assertThat(byId("decision-error").getText()).contains("ý kiến");
        type("comment", "Nhiệm vụ đào tạo cần ghi rõ số người được đào tạo");
        byId("return").click();
        assertThat(byId("flash-message").getText()).contains("PLAN-KHTC-" + YEAR);
        byId("logout").click();

        driver.manage().window().setSize(new Dimension(1280, 900));
        logIn("staff-khtc");
        open("/plans/khtc/" + YEAR);
        assertThat(byId("return-comment").getText()).contains("Nhiệm vụ đào tạo cần ghi rõ số người được đào tạo");
    }

    /** Tasklist's "Chờ tôi phê duyệt" filter (Tasklist opens "Việc của tôi", the tasks assigned to the person). */
    private WebElement approvalFilter() {
        return waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]/a[starts-with(normalize-space(.),"
                        + "'Chờ tôi phê duyệt')]")));
    }
}
