package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plancycle.browser.AppApi.call;
import static vn.plancycle.browser.AppApi.ok;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The scorecards in Chromium, on the demo data of this year (vp's plan approved, its Q3 report accepted): the
 * reviewer sees every unit sorted by total, opens vp's scorecard, drills down to the entries of the reports item
 * and of the plan item (reason, points, step); head-khtc sees khtc only and is refused vp's scorecard.
 */
class ScorecardIT extends BrowserTest {

    private static final int YEAR = LocalDate.now().getYear();

    private static String points(JsonNode value) {
        return new BigDecimal(value.asText()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void reviewerSeesUnitsByTotalAndDrillsDownToTheEntries() throws Exception {
        logIn("reviewer");
        open("/scorecards");
        assertThat(byId("scorecards-title").getText()).isEqualTo("Chấm điểm, xếp loại năm " + YEAR);
        List<WebElement> rows = driver.findElements(By.cssSelector("#scorecards-table tr.scorecard-row"));
        List<String> units = new ArrayList<>();
        BigDecimal previous = null;
        for (WebElement row : rows) {
            units.add(row.getAttribute("data-unit"));
            BigDecimal total = new BigDecimal(row.getAttribute("data-total"));
            if (previous != null) {
                assertThat(total).as("sorted by total, highest first: %s", units).isLessThanOrEqualTo(previous);
            }
            previous = total;
        }
        assertThat(units).contains("vp", "khtc", "tccb", "cds", "khcn", "pc");

        byId("scorecard-link-vp").click();
        assertThat(byId("scorecard-title").getText()).isEqualTo("Phiếu điểm của Văn phòng Bộ năm " + YEAR);
        JsonNode card = ok(call("reviewer", "GET", "/api/scorecards/" + YEAR + "/vp", null));
        assertThat(byId("scorecard-total").getText()).isEqualTo(points(card.get("total")));

        // the reports item: every entry of vp's report criteria that counts, with its reason and points
        byId("item-link-reports").click();
        assertThat(byId("entries-title").getText()).isEqualTo("Báo cáo đúng hạn, đạt yêu cầu");
        JsonNode ledger = ok(call("reviewer", "GET", "/api/scores/" + YEAR + "/vp", null));
        Set<Long> replaced = new HashSet<>();
        ledger.forEach(e -> {
            if (!e.get("correctsEntryId").isNull()) {
                replaced.add(e.get("correctsEntryId").asLong());
            }
        });
        int reportEntries = 0;
        for (JsonNode e : ledger) {
            String criterion = e.get("criterion").asText();
            if (!criterion.startsWith("report-") || replaced.contains(e.get("id").asLong())) {
                continue;
            }
            reportEntries++;
            WebElement row = byId("entry-" + e.get("id").asText());
            assertThat(row.findElement(By.className("entry-reason")).getText()).isEqualTo(e.get("reason").asText());
            String expected = points(e.get("points")) + (e.get("maxPoints").isNull() ? "" : " / " + points(e.get("maxPoints")));
            assertThat(row.findElement(By.className("entry-points")).getText()).isEqualTo(expected);
            assertThat(row.findElement(By.className("entry-step")).getText()).contains(e.get("activityId").asText());
            assertThat(row.findElement(By.className("subject-link")).getAttribute("href"))
                    .endsWith("/reports/" + e.get("subjectId").asText());
        }
        assertThat(reportEntries).as("vp's Q3 report was accepted in the demo data").isPositive();

        // back to the scorecard, then the plan item: the rule's reason and the 5 points of the item
        byId("back-to-unit").click();
        byId("item-link-plan-issued").click();
        WebElement planRow = driver.findElement(By.cssSelector("#entries-table tr.entry-row"));
        assertThat(planRow.findElement(By.className("entry-reason")).getText())
                .startsWith("Kế hoạch năm " + YEAR + " được phê duyệt ngày ");
        assertThat(planRow.findElement(By.className("entry-points")).getText()).endsWith(" / 5.00");
        assertThat(planRow.findElement(By.className("cockpit-link")).getAttribute("href"))
                .contains("/camunda/app/cockpit/default/#/process-instance/");
        assertThat(planRow.findElement(By.className("subject-link")).getAttribute("href"))
                .endsWith("/plans/vp/" + YEAR);
    }

    @Test
    void aUnitHeadSeesOnlyTheUnitAndIsRefusedAnother() {
        logIn("head-khtc");
        open("/scorecards");
        byId("scorecards-title");
        List<WebElement> rows = driver.findElements(By.cssSelector("#scorecards-table tr.scorecard-row"));
        assertThat(rows).extracting(r -> r.getAttribute("data-unit")).containsExactly("khtc");
        assertThat(driver.findElements(By.id("cap-summary"))).isEmpty();

        byId("scorecard-link-khtc").click();
        assertThat(byId("scorecard-title").getText()).contains("Vụ Kế hoạch");

        open("/scorecards/" + YEAR + "/vp");
        assertThat(byId("flash-error").getText()).isEqualTo("Bạn chỉ được xem phiếu điểm của đơn vị mình.");
        assertThat(driver.findElements(By.id("scorecard-title"))).isEmpty();
        open("/scorecards/" + YEAR + "/vp/entries?item=reports");
        assertThat(byId("flash-error").getText()).isEqualTo("Bạn chỉ được xem phiếu điểm của đơn vị mình.");
        assertThat(driver.findElements(By.id("entries-table"))).isEmpty();
    }
}
