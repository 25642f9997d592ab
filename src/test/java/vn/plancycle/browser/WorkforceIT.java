package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A unit's staff record the workforce figures and see the DOMAIN §1 target check at once. */
class WorkforceIT extends BrowserTest {

    @Test
    void staffRecordFiguresAndSeeTheTargetCheck() {
        logIn("staff-pc");
        open("/workforce");
        type("leaders", "4");
        type("expertLeaders", "1");
        type("officials", "20");
        type("trainedOfficials", "20");
        byId("save-workforce").click();
        String check = byId("target-check").getText();
        assertThat(check).contains("25").contains("100").doesNotContain("Chưa đạt");

        type("expertLeaders", "0");
        type("trainedOfficials", "19");
        byId("save-workforce").click();
        check = byId("target-check").getText();
        assertThat(check).contains("Chưa đạt");
    }

    @Test
    void aBadFigureShowsTheErrorAndChangesNothing() {
        logIn("staff-cds");
        open("/workforce");
        String before = byId("target-check").getText();
        type("officials", "10");
        type("trainedOfficials", "12");
        byId("save-workforce").click();
        // the answer is a new page: wait for it rather than read the old one
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".errors, .field-error")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".errors, .field-error")).stream()
                .map(e -> e.getText()).reduce("", String::concat)).isNotBlank();
        open("/workforce");
        assertThat(byId("target-check").getText()).isEqualTo(before);
    }
}
