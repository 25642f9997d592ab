package vn.plancycle.web;

import org.springframework.http.HttpStatus;

/** A refusal of the JSON API with a message key (resolved in the user's language) and a 4xx status. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String error;
    private final String messageKey;
    private final transient Object[] args;

    public ApiException(HttpStatus status, String error, String messageKey, Object... args) {
        super(error + ": " + messageKey);
        this.status = status;
        this.error = error;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static ApiException notFound(String messageKey, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", messageKey, args);
    }

    public static ApiException badRequest(String error, String messageKey, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, error, messageKey, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
