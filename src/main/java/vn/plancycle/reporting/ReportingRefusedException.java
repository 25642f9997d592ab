package vn.plancycle.reporting;

import org.springframework.http.HttpStatus;

import vn.plancycle.web.ApiException;

/**
 * A reporting operation refused for a reason a person can fix (a bad period, a due date in the past,
 * an unknown unit, an incomplete report...). Nothing has changed. The API renders it as
 * {@code {"error", "message"}} with a 4xx status; the message key lives in {@code messages/reporting*}.
 */
public class ReportingRefusedException extends ApiException {

    public ReportingRefusedException(HttpStatus status, String error, String messageKey, Object... args) {
        super(status, error, messageKey, args);
    }

    public static ReportingRefusedException invalidCycle(String messageKey, Object... args) {
        return new ReportingRefusedException(HttpStatus.BAD_REQUEST, "invalid-cycle", messageKey, args);
    }

    public static ReportingRefusedException incompleteReport() {
        return new ReportingRefusedException(HttpStatus.BAD_REQUEST, "report-incomplete", "reporting.report.incomplete");
    }
}
