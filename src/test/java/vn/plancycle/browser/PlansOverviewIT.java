package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The plans of this year as the demo data leaves them (DemoPlanLoader: vp published, khtc waiting
 * for its head, tccb returned with a comment, cds a draft, khcn and pc without a plan): the
 * overview {@code /plans} of a reviewer, a unit's plan page, the public page and the English switch.
 * Nothing here changes a plan.
 */
class PlansOverviewIT extends BrowserTest {

    private static final int YEAR = Year.now().getValue();

    /** Reloads the page until the element is there (the demo plans are made just after the app answers). */
    private WebElement awaitElement(By by) {
        return waitUpTo(30).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            List<WebElement> found = d.findElements(by);
            if (found.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return found.get(0);
        });
    }

    /** Reloads the plan page until its state is the expected one (the demo plans are made at startup). */
    private WebElement awaitStatus(String state) {
        return waitUpTo(30).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            List<WebElement> found = d.findElements(By.id("plan-status"));
            if (found.isEmpty() || !state.equals(found.get(0).getAttribute("data-status"))) {
                d.navigate().refresh();
                return null;
            }
            return found.get(0);
        });
    }

    @Test
    void aReviewerSeesEveryActiveUnitAndTheStateOfItsPlan() {
        logIn("reviewer");
        byId("nav-plans").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/plans"));
        assertThat(byId("plan-units-title").getText()).isEqualTo("Kế hoạch các đơn vị năm " + YEAR);
        awaitElement(By.id("unit-plan-khtc"));
        String units = byId("plan-units").getText();
        assertThat(units).contains("Văn phòng Bộ", "Vụ Kế hoạch – Tài chính", "Vụ Tổ chức cán bộ",
                "Trung tâm Chuyển đổi số", "Vụ Khoa học và Công nghệ", "Vụ Pháp chế");
        // an inactive unit is not listed
        assertThat(units).doesNotContain("Trung tâm Dữ liệu cũ");
        assertThat(driver.findElements(By.id("unit-plan-ttdl"))).isEmpty();

        Map<String, String[]> expected = Map.of(
                "vp", new String[] {"PUBLISHED", "Đã phê duyệt và công khai"},
                "khtc", new String[] {"SUBMITTED", "Chờ Thủ trưởng phê duyệt"},
                "tccb", new String[] {"RETURNED", "Bị trả lại để chỉnh sửa"},
                "cds", new String[] {"DRAFT", "Đang soạn"},
                "khcn", new String[] {"DRAFT", "Đang soạn"});
        // the overview itself shows each unit's state; a unit nobody has drafted for shows "no plan yet"
        for (String unit : List.of("vp", "khtc", "tccb", "cds")) {
            WebElement badge = byId("unit-plan-status-" + unit);
            assertThat(badge.getAttribute("data-status")).as(unit).isEqualTo(expected.get(unit)[0]);
            assertThat(badge.getText()).as(unit).isEqualTo(expected.get(unit)[1]);
        }
        assertThat(byId("unit-plan-status-khcn").getAttribute("data-status")).isEqualTo("NONE");
        assertThat(byId("unit-plan-status-khcn").getText()).isEqualTo("Chưa lập kế hoạch");

        for (String unit : List.of("vp", "khtc", "tccb", "cds", "khcn")) {
            open("/plans?year=" + YEAR);
            byId("unit-plan-" + unit).click();
            waitUpTo(20).until(ExpectedConditions.urlContains("/plans/" + unit + "/" + YEAR));
            WebElement status = awaitStatus(expected.get(unit)[0]);
            assertThat(status.getText()).as(unit).isEqualTo(expected.get(unit)[1]);
            // a reviewer reads every unit's plan but edits none
            assertThat(byId("plan-read-only").getText()).as(unit)
                    .isEqualTo("Kế hoạch đang ở trạng thái «" + expected.get(unit)[1] + "»: chỉ xem.");
            assertThat(driver.findElements(By.id("add-task-card"))).as(unit).isEmpty();
            assertThat(driver.findElements(By.id("submit-plan"))).as(unit).isEmpty();
        }

        // the made plans carry their tasks; khcn has none this year
        open("/plans/khtc/" + YEAR);
        assertThat(byId("plan-by-group").getText()).contains("Phổ biến Quyết định 970 và kế hoạch của đơn vị")
                .contains("Ban hành kế hoạch thực hiện năm " + YEAR);
        assertThat(byId("plan-business-key").getText()).contains("PLAN-KHTC-" + YEAR);
        open("/plans/cds/" + YEAR);
        assertThat(driver.findElements(By.cssSelector("#task-table .task-row"))).hasSize(5);
        // cds's draft still misses the deliverable of its third task
        assertThat(byId("plan-problems").getText()).isEqualTo("Nhiệm vụ 3 «Cử công chức tham gia khoá đào tạo "
                + "chuyển đổi số»: chưa rõ sản phẩm đầu ra (rõ việc).");
        assertThat(driver.findElements(By.id("plan-ok"))).isEmpty();
        open("/plans/khcn/" + YEAR);
        assertThat(byId("no-tasks").getText()).isEqualTo("Chưa có nhiệm vụ nào.");
        assertThat(byId("plan-problems").getText()).contains("Kế hoạch năm " + YEAR + " chưa có nhiệm vụ nào.");
    }

    @Test
    void theDrafterSeesTheHeadsReturnCommentAndMayRework() {
        logIn("staff-tccb");
        byId("nav-plans").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/plans/tccb/" + YEAR));
        assertThat(byId("plan-title").getText()).isEqualTo("Kế hoạch năm " + YEAR + " — Vụ Tổ chức cán bộ");
        awaitStatus("RETURNED");
        assertThat(byId("plan-status").getText()).isEqualTo("Bị trả lại để chỉnh sửa");
        assertThat(byId("return-comment").getText()).contains("đào tạo")
                .isEqualTo("Bổ sung chỉ tiêu đào tạo cụ thể (số người, số khoá) cho nhiệm vụ nhân lực.");
        // returned means editable again by the unit
        assertThat(driver.findElements(By.id("plan-read-only"))).isEmpty();
        assertThat(byId("add-task-card").isDisplayed()).isTrue();
        assertThat(byId("submit-plan").isEnabled()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#task-table .task-row"))).hasSize(5);

        // another unit's plan is refused
        open("/plans/khtc/" + YEAR);
        assertThat(byId("error-text").getText()).isEqualTo("Bạn không có quyền truy cập nội dung này.");
        assertThat(driver.findElements(By.id("plan-status"))).isEmpty();
    }

    @Test
    void thePublicPageShowsOnlyThePublishedPlanWithoutLogin() {
        open("/public/plans?year=" + YEAR);
        assertThat(byId("public-title").getText()).isEqualTo("Kế hoạch đã công khai năm " + YEAR);
        WebElement vp = awaitElement(By.id("plan-vp"));
        assertThat(vp.getText()).contains("Văn phòng Bộ").contains("Phổ biến Quyết định 970 và kế hoạch của đơn vị")
                .contains("Hội nghị phổ biến, biên bản").contains("Tự đánh giá kết quả thực hiện năm");
        assertThat(driver.findElements(By.id("plan-khtc"))).isEmpty();
        assertThat(driver.findElements(By.id("plan-tccb"))).isEmpty();
        assertThat(driver.findElements(By.id("plan-cds"))).isEmpty();
        assertThat(driver.findElements(By.id("no-public-plans"))).isEmpty();
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();

        // another year through the page's own form: nothing published there
        type("public-year", "2001");
        byId("public-show").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("year=2001"));
        assertThat(byId("no-public-plans").getText()).isEqualTo("Chưa có kế hoạch nào được công khai năm 2001.");
        assertThat(driver.findElements(By.id("plan-vp"))).isEmpty();
    }

    @Test
    void theEnglishSwitchTranslatesThePages() {
        logIn("reviewer");
        open("/plans?year=" + YEAR);
        assertThat(byId("plan-units-title").getText()).isEqualTo("Kế hoạch các đơn vị năm " + YEAR);
        open("/plans?year=" + YEAR + "&lang=en");
        assertThat(byId("plan-units-title").getText()).isEqualTo("Plans of the units, " + YEAR);
        assertThat(byId("nav-plans").getText()).isEqualTo("Plans");
        // remembered for the next page
        open("/plans/vp/" + YEAR);
        assertThat(awaitStatus("PUBLISHED").getText()).isEqualTo("Approved and published");
        open("/public/plans?year=" + YEAR);
        assertThat(byId("public-title").getText()).isEqualTo("Published plans, " + YEAR);
        open("/public/plans?year=" + YEAR + "&lang=vi");
        assertThat(byId("public-title").getText()).isEqualTo("Kế hoạch đã công khai năm " + YEAR);
    }
}
