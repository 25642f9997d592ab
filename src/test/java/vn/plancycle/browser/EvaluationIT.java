package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plancycle.browser.AppApi.call;
import static vn.plancycle.browser.AppApi.ok;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The annual evaluation in Chromium. Setup through the JSON API: the reviewer opens the 2031 round (a year of
 * this test's own). head-khcn writes the self-assessment on {@code /evaluations/{id}} at phone width (first
 * without a proposed class: refused with the reason, what was typed kept); the reviewer appraises it with an
 * adjustment and its reason; the leader opens the demo's 2024 classification (every unit appraised, waiting for
 * the leaders), sees that khtc falls back from excellent because of the 20 % cap and why, and confirms it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationIT extends BrowserTest {

    private static final int YEAR = 2031;
    private static final String UNIT = "khcn";
    private static final String EXPLANATION = "Vụ đã hoàn thành 95 % nhiệm vụ, tổ chức 3 lớp bồi dưỡng chuyển đổi số.";
    private static long evaluationId;

    @BeforeAll
    static void openTheRound() throws Exception {
        ok(call("reviewer", "POST", "/api/evaluations", "{\"year\": " + YEAR + "}"));
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (JsonNode e : ok(call("reviewer", "GET", "/api/evaluations/" + YEAR, null)).path("evaluations")) {
                if (UNIT.equals(e.path("unit").asText()) && !"OPENED".equals(e.path("status").asText())) {
                    evaluationId = e.path("id").asLong();
                    return;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the " + UNIT + " evaluation of " + YEAR + " was not frozen in 60 s");
    }

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

    @Test
    @Order(1)
    void theHeadWritesTheSelfAssessmentAfterOneRefusal() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        logIn("head-" + UNIT);
        open("/evaluations");
        byId("evaluations-title");
        open("/evaluations/" + evaluationId);
        awaitElement(By.id("self-form"));
        assertThat(byId("scorecard-total").getText()).isNotBlank();

        type("explanation", EXPLANATION);
        type("evidence", "https://khcn.example.vn/bao-cao-nam-" + YEAR);
        byId("send-self").click();
        assertThat(byId("flash-error").getText()).isEqualTo("Chọn mức xếp loại đề xuất.");
        assertThat(byId("explanation").getAttribute("value")).isEqualTo(EXPLANATION);

        new Select(byId("proposedClass")).selectByValue("GOOD");
        byId("send-self").click();
        assertThat(byId("flash-message").getText()).isEqualTo("Đã gửi tự đánh giá đến Vụ Tổ chức cán bộ.");
        assertThat(byId("self-class").getText()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(byId("self-explanation").getText()).isEqualTo(EXPLANATION);
        assertThat(driver.findElements(By.id("self-form"))).isEmpty();
    }

    @Test
    @Order(2)
    void theReviewerAppraisesWithAnAdjustmentAndItsReason() {
        logIn("reviewer");
        open("/evaluations/" + evaluationId);
        awaitElement(By.id("appraisal-form"));
        assertThat(byId("self-class").getText()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        type("adjustment", "2,5");
        byId("accept").click();
        assertThat(byId("flash-error").getText()).isEqualTo("Khi điều chỉnh điểm phải ghi lý do.");
        type("adjustmentReason", "Sáng kiến ứng dụng trí tuệ nhân tạo được Bộ công nhận");
        byId("accept").click();
        assertThat(byId("flash-message").getText()).isEqualTo("Đã ghi nhận kết quả thẩm định.");
        // the appraised score is recorded by an asynchronous step
        String score = waitUpTo(60).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            List<WebElement> found = d.findElements(By.id("appraised-score"));
            if (found.isEmpty() || found.get(0).getText().equals("—")) {
                d.navigate().refresh();
                return null;
            }
            return found.get(0).getText();
        });
        assertThat(new java.math.BigDecimal(score)).isGreaterThanOrEqualTo(new java.math.BigDecimal("2.5"));
        assertThat(byId("appraisal-reason").getText()).isEqualTo("Sáng kiến ứng dụng trí tuệ nhân tạo được Bộ công nhận");
        assertThat(new java.math.BigDecimal(byId("adjustment-points").getText())).isEqualByComparingTo("2.5");
        open("/evaluations?year=" + YEAR);
        assertThat(byId("evaluation-row-" + UNIT).getAttribute("data-status")).isEqualTo("APPRAISED");
    }

    @Test
    @Order(3)
    void theLeaderSeesWhoFallsBackAndConfirmsTheClassification() {
        logIn("leader");
        open("/evaluations/rounds/2024");
        WebElement khtc = awaitElement(By.id("class-row-khtc"));
        assertThat(khtc.getAttribute("data-class")).isEqualTo("GOOD");
        assertThat(khtc.getAttribute("data-fall-back")).isEqualTo("OVER_CAP");
        assertThat(khtc.findElement(By.className("fall-back-reason")).getText())
                .contains("xếp thứ 2", "tối đa 1 đơn vị", "20 %", "5 đơn vị đạt Tốt trở lên");
        assertThat(byId("class-row-vp").getAttribute("data-class")).isEqualTo("EXCELLENT");
        assertThat(byId("cap-summary").getText()).contains("5 đơn vị đạt Tốt trở lên");
        byId("approve").click();
        assertThat(byId("flash-message").getText()).isEqualTo("Đã xác nhận và công bố kết quả xếp loại.");
        waitUpTo(60).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            if ("PUBLISHED".equals(d.findElement(By.id("round-state")).getAttribute("data-state"))) {
                return true;
            }
            d.navigate().refresh();
            return null;
        });
    }
}
