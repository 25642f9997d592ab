package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboards in Chromium on the demo data of the year (vp's plan published in January's terms: its early tasks
 * overdue, its year-end self-assessment at 0 % with most of its time gone): the ministry's order by risk and the
 * status colours, the charts drawn by the app's own Chart.js, the filters, a unit's page with a warning and its
 * reason, and a head landing on the unit's page. Reads only the demo data; changes nothing.
 */
class DashboardIT extends BrowserTest {

    private static final String RED = "rgba(198, 40, 40, 1)";
    private static final String GREY = "rgba(117, 117, 117, 1)";

    private String background(WebElement element) {
        return element.getCssValue("background-color");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** vp's plan is published at start-up and its tasks start asynchronously: wait for all five. */
    private static void awaitVpTasks() throws Exception {
        String path = "/api/tasks/vp/" + java.time.Year.now().getValue();
        long deadline = System.currentTimeMillis() + 120_000;
        while (AppApi.ok(AppApi.call("reviewer", "GET", path, null)).size() < 5) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("vp's five demo tasks did not start");
            }
            Thread.sleep(1000);
        }
    }

    @Test
    void aReviewerSeesUnitsByRiskInTheStatusColoursWithChartsAndFilters() throws Exception {
        awaitVpTasks();
        logIn("reviewer");
        open("/dashboard");
        assertThat(byId("dashboard-title").getText()).startsWith("Bảng điều khiển của Bộ");
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.unit-row"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
        List<Double> risks = rows.stream().map(r -> Double.valueOf(r.getAttribute("data-risk"))).toList();
        assertThat(risks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(risks.get(0)).isPositive();

        WebElement vp = byId("unit-row-vp");
        WebElement overdue = vp.findElement(By.cssSelector(".status-cell.status-OVERDUE"));
        int overdueCount = Integer.parseInt(overdue.getAttribute("data-count"));
        assertThat(overdueCount).as("vp's tasks due in January–September are overdue").isPositive();
        assertThat(Double.valueOf(vp.getAttribute("data-risk"))).isGreaterThanOrEqualTo(3.0 * overdueCount);
        assertThat(background(overdue)).isEqualTo(RED);
        assertThat(overdue.getAttribute("data-colour")).isEqualTo("red");
        assertThat(background(vp.findElement(By.cssSelector(".status-cell.status-NOT_STARTED")))).isEqualTo(GREY);
        assertThat(vp.findElement(By.cssSelector(".status-cell.status-DONE_ON_TIME")).getAttribute("data-colour"))
                .isEqualTo("green");
        assertThat(vp.findElement(By.cssSelector(".status-cell.status-DONE_LATE")).getAttribute("data-colour"))
                .isEqualTo("orange");
        assertThat(vp.findElement(By.cssSelector(".status-cell.status-IN_PROGRESS")).getAttribute("data-colour"))
                .isEqualTo("blue");
        assertThat(byId("risk-help").getText()).contains("3 × số nhiệm vụ quá hạn");

        // the charts: Chart.js served by the app, three canvases drawn
        assertThat(js("return typeof window.Chart")).isEqualTo("function");
        assertThat(driver.findElements(By.cssSelector("canvas#chart-status, canvas#chart-groups, canvas#chart-scores")))
                .hasSize(3);
        assertThat(js("return window.dashboardChartsDrawn.join(',')")).isEqualTo("status,groups,scores");

        // filter by task group: only that group's progress remains
        new Select(byId("filter-group")).selectByValue("MONITORING");
        byId("filter-apply").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("group=MONITORING"));
        assertThat(driver.findElements(By.cssSelector("tr.group-row"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getAttribute("data-group")).isEqualTo("MONITORING"));
        // and by unit
        byId("filter-clear").click();
        waitUpTo(20).until(ExpectedConditions.not(ExpectedConditions.urlContains("group=")));
        type("filter-unit", "vp");
        byId("filter-apply").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("unit=vp"));
        assertThat(driver.findElements(By.cssSelector("tr.unit-row"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getText().toLowerCase()).contains("vp"));
        assertThat(driver.findElements(By.id("unit-row-khtc"))).isEmpty();

        // a unit's page: its warning with the reason
        byId("unit-link-vp").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/dashboard/units/vp"));
        assertThat(byId("dashboard-title").getAttribute("data-unit")).isEqualTo("vp");
        List<WebElement> warnings = driver.findElements(By.cssSelector("tr.warning-row"));
        assertThat(warnings).as("vp's year-end self-assessment is still at 0 %").isNotEmpty();
        assertThat(warnings.get(0).findElement(By.cssSelector(".warning-reason")).getText())
                .matches("Tiến độ \\d+ % sau \\d+ % thời gian.*|Còn \\d+ ngày đến hạn.*");
        assertThat(js("return typeof window.Chart")).isEqualTo("function");
        assertThat(byId("chart-status").getTagName()).isEqualTo("canvas");
    }

    @Test
    void aHeadOpeningTheDashboardLandsOnTheUnitsPage() throws Exception {
        awaitVpTasks();
        logIn("head-vp");
        open("/dashboard");
        waitUpTo(20).until(ExpectedConditions.urlContains("/dashboard/units/vp"));
        assertThat(byId("dashboard-title").getAttribute("data-unit")).isEqualTo("vp");
        assertThat(driver.findElements(By.id("units-table"))).isEmpty();
        assertThat(driver.findElements(By.id("back-to-ministry"))).isEmpty();
        open("/dashboard/units/khtc");
        assertThat(byId("error-text").getText()).isNotBlank();
        assertThat(driver.findElements(By.id("dashboard-title"))).isEmpty();
    }
}
