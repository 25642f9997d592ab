package vn.plancycle.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No unit has this code (404 in the API). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitNotFoundException extends RuntimeException {

    private final String code;

    public UnitNotFoundException(String code) {
        super("unknown unit " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
