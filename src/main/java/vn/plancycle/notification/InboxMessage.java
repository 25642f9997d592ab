package vn.plancycle.notification;

import java.time.LocalDateTime;

/** One message in a person's in-app inbox. */
public record InboxMessage(long id, String recipient, String subject, String body, String link, String template,
        LocalDateTime createdAt, LocalDateTime readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
