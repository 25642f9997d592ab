package vn.plancycle.evaluation;

import org.springframework.http.HttpStatus;

import vn.plancycle.web.ApiException;

/**
 * An evaluation step refused for a reason a person can fix (no proposed class, an adjustment without its
 * reason, a year out of range...). Nothing has changed. Message keys live in {@code messages/evaluation*}.
 */
public class EvaluationRefusedException extends ApiException {

    public EvaluationRefusedException(String messageKey, Object... args) {
        super(HttpStatus.BAD_REQUEST, "invalid-evaluation", messageKey, args);
    }

    public static EvaluationRefusedException conflict(String messageKey, Object... args) {
        return new EvaluationRefusedException(HttpStatus.CONFLICT, "evaluation-state", messageKey, args);
    }

    private EvaluationRefusedException(HttpStatus status, String error, String messageKey, Object... args) {
        super(status, error, messageKey, args);
    }
}
