package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Camunda Tasklist, Cockpit and Admin as PlanCycle shows them: Vietnamese by default, English after
 * PlanCycle's EN switch, PlanCycle's name and logo in the header, no "migrate to Camunda 8" notice, and
 * Tasklist's dates as dd/MM/yyyy.
 */
class CamundaWebappsIT extends BrowserTest {

    /** A year of vp's plan no other test uses: its published tasks give staff-vp tasks in Tasklist. */
    private static final int YEAR = 2036;

    @Test
    void staffSeeTasklistInVietnameseWithPlanCyclesHeaderAndDatesAsDayMonthYear() throws Exception {
        ensureATaskFor("staff-vp");
        logIn("staff-vp");
        open("/camunda/app/tasklist/");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Khởi tạo quy trình"));
        assertThat(bodyText()).doesNotContain("Start process");

        assertPlanCyclesHeader("PlanCycle Tasklist");

        // the created time of a task in the list: relative, its tooltip the date and time as dd/MM/yyyy HH:mm
        WebElement created = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[am-time-ago='task.created']")));
        assertThat(created.getText()).endsWith("trước");
        new Actions(driver).moveToElement(created).perform();
        WebElement tooltip = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".tooltip .tooltip-inner")));
        assertThat(tooltip.getText()).matches("(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật), \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void aReviewerSeesCockpitInVietnameseWithDatesAsDayMonthYear() throws Exception {
        logIn("reviewer");
        open("/camunda/app/cockpit/");
        String processes = vietnamese("cockpit", "COCKPIT_PROCESSES");
        assertThat(processes).isNotEqualTo("Processes");
        // Cockpit loads its plugins first: the first opening after start-up can take a while
        waitUpTo(120).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"),
                processes));
        assertThat(driver.findElement(By.cssSelector("[cam-widget-header]")).getText()).doesNotContain("Processes");
        assertPlanCyclesHeader("PlanCycle Cockpit");

        // the running instances of the plan tasks: their start time as dd/MM/yyyy HH:mm:ss, not Cockpit's ISO
        JsonNode definitions = AppApi.ok(AppApi.call("reviewer", "GET",
                "/engine-rest/process-definition?key=plan-task&latestVersion=true&maxResults=1", null));
        assertThat(definitions).isNotEmpty();
        open("/camunda/app/cockpit/default/#/process-definition/" + definitions.get(0).get("id").asText() + "/runtime");
        WebElement started = waitUpTo(120).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("td.start-time")));
        assertThat(started.getText().strip()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void theAdministratorSeesAdminInVietnamese() throws IOException {
        logIn("admin");
        open("/camunda/app/admin/default/#/users");
        String users = vietnamese("admin", "USERS_USERS");
        assertThat(users).isNotEqualTo("Users");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".breadcrumbs-panel, .breadcrumb"),
                users));
        // the demo users are listed, with the header in Vietnamese
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "staff-vp"));
        assertPlanCyclesHeader("PlanCycle Admin");
    }

    @Test
    void planCyclesEnglishSwitchCarriesOverToTasklistAndBack() {
        logIn("staff-vp");
        open("/?lang=en");
        assertThat(byId("home-title").getText()).isEqualTo("Welcome to PlanCycle");
        open("/camunda/app/tasklist/");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Start process"));
        assertThat(bodyText()).doesNotContain("Khởi tạo quy trình");
        assertPlanCyclesHeader("PlanCycle Tasklist");

        // ?lang=vi on the webapp's address switches back, for the webapp and the application alike
        open("/camunda/app/tasklist/default/?lang=vi");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Khởi tạo quy trình"));
        assertThat(bodyText()).doesNotContain("Start process");
        open("/");
        assertThat(byId("home-title").getText()).isEqualTo("Chào mừng đến với PlanCycle");
    }

    /** PlanCycle's name and logo in the header, Camunda's logo and Camunda 8 notice hidden. */
    private void assertPlanCyclesHeader(String brand) {
        WebElement name = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[cam-widget-header] .navbar-brand .brand-name")));
        assertThat(name.getText()).isEqualTo(brand);
        assertThat(driver.getTitle()).startsWith(brand); // "PlanCycle Admin | Người dùng"
        WebElement logo = driver.findElement(By.cssSelector("[cam-widget-header] .navbar-brand .brand-logo"));
        assertThat(logo.isDisplayed()).as("PlanCycle's logo shown").isTrue();
        assertThat(logo.getCssValue("background-image")).endsWith("/camunda/plancycle/logo.svg\")");
        assertThat(logo.getRect().getWidth()).isPositive();
        assertThat(logo.findElements(By.tagName("svg"))).allSatisfy(svg -> assertThat(svg.isDisplayed()).isFalse());
        // the notice is in the page (Camunda renders it for the Community Edition) but not shown
        List<WebElement> notices = driver.findElements(By.cssSelector(".ce-eol-banner"));
        assertThat(notices).allSatisfy(notice -> assertThat(notice.isDisplayed()).as("Camunda 8 notice").isFalse());
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
    }

    /** The Vietnamese label the application ships for the app (camunda-webapp/app/{app}/locales/vi.json). */
    private static String vietnamese(String app, String key) throws IOException {
        try (InputStream in = CamundaWebappsIT.class.getClassLoader()
                .getResourceAsStream("camunda-webapp/app/" + app + "/locales/vi.json")) {
            assertThat(in).as(app + " vi.json").isNotNull();
            return AppApi.JSON.readTree(in).get("labels").get(key).asText();
        }
    }

    /** A task of the user's in Tasklist: vp's plan of {@link #YEAR} published with one task of theirs. */
    private static void ensureATaskFor(String user) throws Exception {
        JsonNode tasks = AppApi.ok(AppApi.call(user, "GET", "/engine-rest/task?assignee=" + user + "&maxResults=1", null));
        if (tasks.size() > 0) {
            return;
        }
        AppApi.publishPlan("vp", YEAR, List.of(AppApi.task("Số hoá hồ sơ lưu trữ", "AWARENESS", "Hồ sơ số",
                user, YEAR + "-06-30")));
        AppApi.awaitJson(user, "/engine-rest/task?assignee=" + user + "&maxResults=1", 60);
    }
}
