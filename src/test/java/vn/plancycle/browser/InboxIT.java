package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The in-app inbox ({@code /inbox}) and the bell with the unread count on every page. The demo
 * data submits khtc's plan of this year, so head-khtc gets a "plan-submitted" message once the
 * engine's job executor has run the notification step. Other browser tests may add messages to
 * the same inbox at any time, so counts are compared before and after, allowing for newcomers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboxIT extends BrowserTest {

    private static final int YEAR = Year.now().getValue();
    private static final String SUBJECT = "Kế hoạch năm " + YEAR + " của Vụ Kế hoạch – Tài chính đang chờ đồng chí phê duyệt";
    private static final String KHTC_SUBMITTED = ".inbox-item[data-template='plan-submitted']";

    private int unreadCount() {
        String text = byId("unread-count").getText().strip();
        assertThat(text).as("the bell's unread count").matches("\\d+");
        return Integer.parseInt(text);
    }

    /** This year's khtc "plan-submitted" message in the open inbox page, or null. */
    private WebElement khtcMessage() {
        return driver.findElements(By.cssSelector(KHTC_SUBMITTED)).stream()
                .filter(item -> item.findElement(By.className("inbox-subject")).getText().equals(SUBJECT))
                .findFirst().orElse(null);
    }

    /** Opens the inbox (refreshing) until the notification job has delivered this year's khtc message. */
    private WebElement awaitKhtcMessage() {
        open("/inbox");
        return waitUpTo(30).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            WebElement found = khtcMessage();
            if (found == null) {
                d.navigate().refresh();
            }
            return found;
        });
    }

    private List<WebElement> items() {
        return driver.findElements(By.cssSelector("#inbox-list .inbox-item"));
    }

    private static String id(WebElement item) {
        return item.getAttribute("data-message-id");
    }

    private Set<String> ids() {
        return items().stream().map(InboxIT::id).collect(Collectors.toSet());
    }

    /** Unread messages listed now that were not listed before (delivered meanwhile by another test's process). */
    private long unreadNewcomers(Set<String> before) {
        return items().stream().filter(i -> !before.contains(id(i)))
                .filter(i -> i.getAttribute("class").contains("unread")).count();
    }

    private WebElement item(String messageId) {
        return byId("inbox-list").findElement(By.cssSelector(".inbox-item[data-message-id='" + messageId + "']"));
    }

    @Test
    @Order(1)
    void anotherPersonCannotMarkTheHeadsMessageRead() {
        logIn("head-khtc");
        String messageId = id(awaitKhtcMessage());
        assertThat(item(messageId).getAttribute("class")).contains("unread");
        byId("logout").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/login?logout"));

        logIn("staff-vp");
        open("/inbox");
        assertThat(bodyText()).doesNotContain(SUBJECT);
        assertThat(driver.findElements(By.cssSelector(".inbox-item[data-message-id='" + messageId + "']"))).isEmpty();
        // a forged "mark read" of the head's message, with the page's own CSRF token
        ((JavascriptExecutor) driver).executeScript("""
                const f = document.createElement('form');
                f.method = 'post';
                f.action = '/inbox/' + arguments[0] + '/read';
                const t = document.createElement('input');
                t.type = 'hidden';
                t.name = '_csrf';
                t.value = document.querySelector('meta[name=_csrf]').content;
                f.appendChild(t);
                document.body.appendChild(f);
                f.submit();""", messageId);
        assertThat(byId("flash-error").getText()).isEqualTo("Không tìm thấy thông báo này trong hộp thư của bạn.");
        byId("logout").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/login?logout"));

        logIn("head-khtc");
        open("/inbox");
        assertThat(item(messageId).getAttribute("class")).contains("unread");
    }

    @Test
    @Order(2)
    void theHeadSeesTheBellReadsTheMessageAndMarksOneThenAllRead() {
        logIn("head-khtc");
        awaitKhtcMessage();

        // the bell is on every page, with the same count
        open("/");
        int onHome = unreadCount();
        assertThat(onHome).isGreaterThanOrEqualTo(1);
        for (String page : List.of("/approvals", "/workforce", "/public/plans", "/plans/khtc/" + YEAR)) {
            open(page);
            assertThat(unreadCount()).as("unread count on " + page).isGreaterThanOrEqualTo(1);
            assertThat(byId("inbox-bell").getAttribute("href")).endsWith("/inbox");
        }

        open("/");
        byId("inbox-bell").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/inbox"));
        WebElement message = khtcMessage();
        assertThat(message).as("this year's khtc plan-submitted message").isNotNull();
        String messageId = id(message);
        assertThat(message.getAttribute("class")).contains("unread");
        assertThat(message.findElement(By.className("inbox-body")).getText())
                .contains("Kính gửi đồng chí Thủ trưởng,")
                .contains("Kế hoạch năm " + YEAR + " của Vụ Kế hoạch – Tài chính đã đạt yêu cầu "
                        + "\"rõ việc, rõ người, rõ thời hạn\" và được gửi lên chờ đồng chí phê duyệt.")
                .contains("/approvals");
        assertThat(message.findElement(By.className("inbox-link")).getAttribute("href")).endsWith("/approvals");

        // mark this one read
        int before = unreadCount();
        Set<String> listed = ids();
        assertThat(driver.findElements(By.cssSelector("#inbox-list .inbox-item.unread"))).hasSize(before);
        message.findElement(By.className("inbox-mark-read")).click();
        waitUpTo(20).until(ExpectedConditions.stalenessOf(message));
        WebElement read = item(messageId);
        assertThat(read.getAttribute("class")).contains("read").doesNotContain("unread");
        assertThat(read.findElements(By.className("inbox-mark-read"))).isEmpty();
        assertThat(unreadCount()).isEqualTo(before - 1 + unreadNewcomers(listed));

        // mark all read
        listed = ids();
        byId("inbox-read-all").click();
        assertThat(byId("flash-message").getText()).isEqualTo("Đã đánh dấu tất cả thông báo là đã đọc.");
        for (String id : listed) {
            assertThat(item(id).getAttribute("class")).as("message " + id).doesNotContain("unread");
        }
        assertThat(driver.findElements(By.className("inbox-mark-read"))).hasSize((int) unreadNewcomers(listed));
        assertThat(unreadCount()).isEqualTo(unreadNewcomers(listed));
    }
}
