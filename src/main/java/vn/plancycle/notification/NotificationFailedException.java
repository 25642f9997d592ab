package vn.plancycle.notification;

/** A notification could not be delivered (SMTP down): the step's job fails and is retried. */
public class NotificationFailedException extends RuntimeException {

    public NotificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
