package vn.plancycle.notification;

import java.util.Map;

/**
 * What a process step asks for: whom to tell ({@code "user, group:g"}), which template, through which
 * channel, the step's idempotency key, and the values the template's placeholders may use.
 */
public record NotificationRequest(String idempotencyKey, String recipients, String template, Channel channel,
        Map<String, Object> values) {
}
