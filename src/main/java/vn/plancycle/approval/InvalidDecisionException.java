package vn.plancycle.approval;

/** A decision the rules of {@link Decision} refuse; carries the message key. */
public class InvalidDecisionException extends RuntimeException {

    private final String messageKey;

    public InvalidDecisionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
