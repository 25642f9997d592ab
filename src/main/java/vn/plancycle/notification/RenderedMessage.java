package vn.plancycle.notification;

/** A template filled with a process step's values: subject, body and the link (may be null). */
public record RenderedMessage(String subject, String body, String link) {
}
