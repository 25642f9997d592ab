package vn.plancycle.execution;

import org.springframework.http.HttpStatus;

import vn.plancycle.web.ApiException;

/**
 * A task operation refused for a reason a person can fix (bad file, task not waiting for this step,
 * missing reason...). Nothing has changed. The API renders it as {@code {"error", "message"}}.
 */
public class ExecutionRefusedException extends ApiException {

    public ExecutionRefusedException(HttpStatus status, String error, String messageKey, Object... args) {
        super(status, error, messageKey, args);
    }

    public static ExecutionRefusedException badRequest(String error, String messageKey, Object... args) {
        return new ExecutionRefusedException(HttpStatus.BAD_REQUEST, error, messageKey, args);
    }

    public static ExecutionRefusedException conflict(String error, String messageKey, Object... args) {
        return new ExecutionRefusedException(HttpStatus.CONFLICT, error, messageKey, args);
    }

    public static ExecutionRefusedException notFound(String messageKey, Object... args) {
        return new ExecutionRefusedException(HttpStatus.NOT_FOUND, "not_found", messageKey, args);
    }
}
