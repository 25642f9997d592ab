package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.plancycle.system.AccessBootstrap;

/** One login serves the application, Tasklist and Cockpit. */
class HomeAndTasklistIT extends BrowserTest {

    @Test
    void aVisitorSeesTheVietnameseHomePageAndMustLogInForTasklist() {
        open("/");
        assertThat(byId("home-title").getText()).isEqualTo("Chào mừng đến với PlanCycle");
        open("/camunda/app/tasklist/");
        waitUpTo(20).until(ExpectedConditions.urlContains("/login"));
        assertThat(byId("login-submit").getText()).isEqualTo("Đăng nhập");
    }

    @Test
    void staffLogInOnceAndSeeTheirTasklist() {
        logIn("staff-vp");
        assertThat(byId("my-unit").getText()).contains("vp");
        byId("link-tasklist").click();
        waitUpTo(30).until(ExpectedConditions.urlContains("/camunda/app/tasklist"));
        // the shared filters are listed: the webapp took the application's login, no second login form
        waitUpTo(45).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                AccessBootstrap.FILTER_GROUPS));
        assertThat(bodyText()).contains(AccessBootstrap.FILTER_MINE);
        assertThat(driver.findElements(By.cssSelector("form[name='signinForm'] input[type='password']"))).isEmpty();
    }

    @Test
    void aReviewerOpensCockpitWithTheSameLogin() {
        logIn("reviewer");
        byId("link-cockpit").click();
        waitUpTo(30).until(ExpectedConditions.urlContains("/camunda/app/cockpit"));
        // Cockpit speaks Vietnamese: its "Processes" menu reads "Quy trình"
        waitUpTo(45).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"),
                "Quy trình"));
        assertThat(driver.findElements(By.cssSelector("form[name='signinForm'] input[type='password']"))).isEmpty();
    }

    @Test
    void staffDoNotSeeTheAdministrationLinksAndLoggingOutEndsTheSession() {
        logIn("staff-vp");
        assertThat(driver.findElements(By.id("link-units"))).isEmpty();
        assertThat(driver.findElements(By.id("link-cockpit"))).isEmpty();
        byId("logout").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(byId("logged-out").getText()).isEqualTo("Bạn đã đăng xuất.");
        open("/workforce");
        waitUpTo(20).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void theEnglishLocaleIsOneClickAway() {
        open("/?lang=en");
        assertThat(byId("home-title").getText()).isEqualTo("Welcome to PlanCycle");
        open("/?lang=vi");
        assertThat(byId("home-title").getText()).isEqualTo("Chào mừng đến với PlanCycle");
    }
}
