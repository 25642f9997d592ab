package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The public results page without login: the demo's published 2025 classes (vp excellent, khtc good after
 * the cap), next to the link to the published plans; the 2026 round, still open, shows nothing. The demo's
 * evaluations are loaded after the application starts answering, so the page is refreshed until they are there.
 */
class PublicResultsIT extends BrowserTest {

    @Test
    void anAnonymousVisitorSeesThePublishedClasses() {
        open("/public/results?year=2025");
        // the demo loaders run after the application answers: refresh until the demo's 2025 results are there
        waitUpTo(120).pollingEvery(java.time.Duration.ofSeconds(2)).until(d -> {
            if (d.findElements(By.id("results-year")).isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return true;
        });
        assertThat(byId("results-title").getText()).isEqualTo("Kết quả đánh giá, xếp loại các đơn vị");
        assertThat(byId("results-year").getText()).isEqualTo("Năm 2025");
        assertThat(byId("result-row-vp").getAttribute("data-class")).isEqualTo("EXCELLENT");
        assertThat(byId("result-row-vp").findElement(By.className("result-class")).getText())
                .isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(byId("result-row-khtc").getAttribute("data-class")).isEqualTo("GOOD");
        assertThat(byId("result-row-pc").getAttribute("data-class")).isEqualTo("COMPLETED");
        assertThat(byId("public-plans-link").getAttribute("href")).contains("/public/plans");
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();

        open("/public/results?year=2026");
        assertThat(byId("not-published").getText()).isEqualTo("Kết quả năm 2026 chưa được công bố.");
        assertThat(driver.findElements(By.className("result-row"))).isEmpty();
    }
}
