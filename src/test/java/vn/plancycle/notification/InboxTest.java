package vn.plancycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.testsupport.AppTest;

/** The in-app inbox: a person sees and marks only their own messages (page and JSON API). */
@AppTest
class InboxTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    InboxRepository inbox;
    @Autowired
    JdbcTemplate jdbc;

    private long message(String key, String recipient, String subject) {
        inbox.insertIfAbsent(key, recipient, "plan-approved", new RenderedMessage(subject, "Nội dung " + subject, "/plans"));
        return jdbc.queryForObject("SELECT id FROM inbox_message WHERE idempotency_key = ? AND recipient = ?",
                Long.class, key, recipient);
    }

    @Test
    void shouldListOnlyTheOwnMessagesNewestFirstWithTheUnreadOnesInBold() {
        long older = message("inbox-test:1", "staff-cds", "Thông báo thứ nhất");
        jdbc.update("UPDATE inbox_message SET created_at = created_at - INTERVAL '1' HOUR WHERE id = ?", older);
        message("inbox-test:2", "staff-cds", "Thông báo thứ hai");
        message("inbox-test:3", "head-cds", "Thư của Thủ trưởng");

        ResponseEntity<String> page = rest.withBasicAuth("staff-cds", "demo").getForEntity("/inbox", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = page.getBody();
        assertThat(html).contains("id=\"inbox-list\"").contains("inbox-item")
                .contains("<strong class=\"inbox-subject\">Thông báo thứ hai</strong>")
                .doesNotContain("Thư của Thủ trưởng");
        assertThat(html.indexOf("Thông báo thứ hai")).isLessThan(html.indexOf("Thông báo thứ nhất"));
        assertThat(html).contains("id=\"unread-count\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldMarkOnlyTheOwnMessagesReadThroughTheApi() {
        TestRestTemplate staff = rest.withBasicAuth("staff-tccb", "demo");
        TestRestTemplate head = rest.withBasicAuth("head-tccb", "demo");
        long staffBaseline = unread(staff);
        long headBaseline = unread(head);
        long mine = message("inbox-test:api-1", "staff-tccb", "Việc của tôi");
        message("inbox-test:api-2", "staff-tccb", "Việc khác của tôi");
        long theirs = message("inbox-test:api-3", "head-tccb", "Việc của Thủ trưởng");

        Map<String, Object> before = staff.getForObject("/api/inbox", Map.class);
        assertThat(((Number) before.get("unreadCount")).longValue()).isEqualTo(staffBaseline + 2);
        assertThat((List<Map<String, Object>>) before.get("messages")).extracting(m -> m.get("subject"))
                .contains("Việc của tôi", "Việc khác của tôi").doesNotContain("Việc của Thủ trưởng");

        assertThat(staff.postForEntity("/api/inbox/" + mine + "/read", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> refused = staff.postForEntity("/api/inbox/" + theirs + "/read", null, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody()).containsEntry("error", "not_found");
        assertThat(jdbc.queryForObject("SELECT read_at FROM inbox_message WHERE id = ?", Object.class, theirs)).isNull();

        assertThat(unread(staff)).isEqualTo(staffBaseline + 1);
        assertThat(unread(head)).isEqualTo(headBaseline + 1);
    }

    private static long unread(TestRestTemplate user) {
        return ((Number) user.getForObject("/api/inbox", Map.class).get("unreadCount")).longValue();
    }

    @Test
    void shouldRefuseTheInboxToVisitors() {
        assertThat(rest.getForEntity("/api/inbox", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
