package vn.plancycle.plan;

import org.springframework.http.HttpStatus;

import vn.plancycle.web.ApiException;

/**
 * A plan operation refused for a reason a person can fix (plan not editable, bad task row, unknown
 * unit...). Nothing has changed. The API renders it as {@code {"error", "message"}}; pages show the
 * message as an error.
 */
public class PlanRefusedException extends ApiException {

    public PlanRefusedException(HttpStatus status, String error, String messageKey, Object... args) {
        super(status, error, messageKey, args);
    }

    public static PlanRefusedException badRequest(String error, String messageKey, Object... args) {
        return new PlanRefusedException(HttpStatus.BAD_REQUEST, error, messageKey, args);
    }

    public static PlanRefusedException conflict(String error, String messageKey, Object... args) {
        return new PlanRefusedException(HttpStatus.CONFLICT, error, messageKey, args);
    }

    public static PlanRefusedException notFound(String messageKey, Object... args) {
        return new PlanRefusedException(HttpStatus.NOT_FOUND, "not_found", messageKey, args);
    }
}
