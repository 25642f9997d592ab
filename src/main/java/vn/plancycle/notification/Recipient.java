package vn.plancycle.notification;

/** A person to notify: the Camunda user id and the e-mail address (null when the user has none). */
public record Recipient(String userId, String email) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
