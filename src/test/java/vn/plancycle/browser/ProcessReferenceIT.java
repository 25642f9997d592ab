package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The process reference: a process owner follows "Quy trình" to the deployed processes, opens the unit report and
 * reads who signs it, its deadline timer, the notice to the head and the late-report score; the ministry's leader
 * reads it without the migration link; unit staff have no link and are refused at the address.
 */
class ProcessReferenceIT extends BrowserTest {

    @Test
    void aProcessOwnerReadsWhatTheUnitReportProcessDoes() {
        logIn("owner");
        byId("nav-processes").click();
        assertThat(byId("processes-title").getText()).isEqualTo("Các quy trình đang triển khai");
        for (String key : new String[] {"unit-plan", "plan-task", "reporting-cycle", "unit-report", "evaluation-round",
                "annual-evaluation"}) {
            assertThat(byId("process-row-" + key).getText()).contains(key);
        }
        assertThat(byId("migrations-link").getAttribute("href")).endsWith("/processes/migrations");

        byId("process-link-unit-report").click();
        assertThat(byId("process-summary").getText()).startsWith("Khóa unit-report, phiên bản");
        WebElement sign = byId("step-Task_SignReport");
        assertThat(sign.getText()).contains("Ký báo cáo", "Thủ trưởng đơn vị", "unit-report-sign");
        assertThat(byId("step-Task_ReviewReport").findElement(By.className("who")).getText())
                .isEqualTo("Vụ Tổ chức cán bộ (thẩm định)");
        WebElement late = byId("timer-BoundaryEvent_DueDatePassed");
        assertThat(late.getText()).contains("bước này vẫn tiếp tục", "Hạn cuối", "${lateAt}");
        assertThat(byId("notification-Task_NotifyLate").findElement(By.className("recipients")).getText())
                .isEqualTo("Thủ trưởng đơn vị");
        assertThat(byId("score-Task_ScoreReportLate").findElement(By.className("criterion")).getText())
                .isEqualTo("Báo cáo chậm hạn");
        assertThat(byId("cockpit-link").getAttribute("href")).contains("/camunda/app/cockpit/default/#/process-definition/unit-report:");

        byId("back-to-processes").click();
        byId("process-link-evaluation-round").click();
        assertThat(bodyText()).contains("theo cấu hình plancycle.evaluation.opening-cron = 0 0 8 1 12 ?");
    }

    @Test
    void theLeaderReadsItAndUnitStaffAreRefused() {
        logIn("leader");
        byId("nav-processes").click();
        assertThat(byId("process-row-plan-task").isDisplayed()).isTrue();
        assertThat(driver.findElements(By.id("migrations-link"))).isEmpty();
        byId("process-link-plan-task").click();
        assertThat(byId("steps-table").findElements(By.className("step-row"))).hasSizeGreaterThan(5);

        byId("logout").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/login?logout"));
        logIn("staff-vp");
        assertThat(driver.findElements(By.id("nav-processes"))).isEmpty();
        open("/processes");
        assertThat(byId("error-text").getText()).isEqualTo("Bạn không có quyền truy cập nội dung này.");
    }
}
