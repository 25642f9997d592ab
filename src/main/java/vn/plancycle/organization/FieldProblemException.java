package vn.plancycle.organization;

/**
 * A refusal that concerns one input of a form (or one property of an API body): the field, a
 * message key and its arguments. Thrown by the services; the transaction rolls back.
 */
public class FieldProblemException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public FieldProblemException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
