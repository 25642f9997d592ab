package vn.plancycle.modeling;

import org.springframework.http.HttpStatus;

import vn.plancycle.web.ApiException;

/**
 * A migration request refused for a reason the process owner can see and fix (unknown version, already the
 * latest, nothing to migrate, an invalid plan). Nothing has changed. Keys live in {@code messages/migration*}.
 */
public class MigrationRefusedException extends ApiException {

    MigrationRefusedException(HttpStatus status, String error, String messageKey, Object... args) {
        super(status, error, messageKey, args);
    }

    static MigrationRefusedException missing(String messageKey, Object... args) {
        return new MigrationRefusedException(HttpStatus.NOT_FOUND, "not_found", messageKey, args);
    }

    static MigrationRefusedException refused(String error, String messageKey, Object... args) {
        return new MigrationRefusedException(HttpStatus.BAD_REQUEST, error, messageKey, args);
    }

    static MigrationRefusedException conflict(String messageKey, Object... args) {
        return new MigrationRefusedException(HttpStatus.CONFLICT, "migration_running", messageKey, args);
    }
}
