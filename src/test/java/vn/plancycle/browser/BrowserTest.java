package vn.plancycle.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: a real headless Chromium against the packaged application, which
 * Maven starts (profiles postgres + demo, its own PostgreSQL database) before failsafe runs the
 * {@code *IT} classes. Logins use the demo passwords only: a wrong guess would lock the user.
 */
@ExtendWith(ScreenshotOnFailure.class)
abstract class BrowserTest {

    protected static final String BASE_URL = System.getProperty("app.url", "http://localhost:8080");
    protected static final String DEMO_PASSWORD = "demo";

    /**
     * The SMTP server the packaged application sends its notifications to (GreenMail, started once
     * per test JVM on the port Maven gave the application).
     */
    protected static final GreenMail MAIL = startMail();

    protected WebDriver driver;
    private Path profileDir;

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        profileDir = Files.createTempDirectory("plancycle-chromium");
        driver = newDriver(1280, 900, profileDir);
    }

    static {
        awaitApplication();
    }

    /**
     * Maven starts the packaged jar in the background; wait (up to 4 minutes) until its demo data is
     * in: the web server answers before the start-up loaders finish, and the last of them
     * (DemoPlanLoader) publishes vp's plan of the year, which the public page then shows.
     */
    private static void awaitApplication() {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(BASE_URL + "/public/plans?year="
                                + java.time.Year.now().getValue())).timeout(Duration.ofSeconds(5)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("id=\"plan-vp\"")) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the packaged application did not answer at " + BASE_URL
                + " within 4 minutes; see target/it-app.log");
    }

    private static GreenMail startMail() {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    static WebDriver newDriver(int width, int height, Path profileDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--lang=vi",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    WebDriver driver() {
        return driver;
    }

    protected WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    protected void open(String path) {
        driver.get(BASE_URL + path);
    }

    /** Logs in through the application's login page; the session then serves Tasklist, Cockpit and Admin too. */
    protected void logIn(String user) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("current-user"), user));
    }

    protected WebElement byId(String id) {
        return waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected void type(String id, String value) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(value);
    }

    protected String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }
}
