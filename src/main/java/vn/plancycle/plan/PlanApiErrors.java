package vn.plancycle.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An invalid plan on the API: 400 {@code {"error": "plan_invalid", "message", "problems": [...]}}.
 * Other refusals ({@link PlanRefusedException}) are rendered by the shared {@code ApiErrors}.
 */
@RestControllerAdvice(assignableTypes = PlanApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlanApiErrors {

    private final PlanApiController api;
    private final PlanTexts texts;

    public PlanApiErrors(PlanApiController api, PlanTexts texts) {
        this.api = api;
        this.texts = texts;
    }

    @ExceptionHandler(PlanInvalidException.class)
    ResponseEntity<Map<String, Object>> invalid(PlanInvalidException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "plan_invalid");
        body.put("message", texts.text("plan.error.invalid", e.problems().size()));
        body.put("problems", api.problems(e.problems()));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
    }
}
