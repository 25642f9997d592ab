package vn.plancycle.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors of the JSON API ({@code @RestController}s): {@code {"error": code, "message": text}} in the
 * user's language with a 4xx status. Features throw {@link ApiException} for their own refusals.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiErrors {

    private final MessageSource messages;

    public ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    public static ResponseEntity<Map<String, String>> body(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(Map.of("error", error, "message", message));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, String>> api(ApiException e) {
        String message = messages.getMessage(e.messageKey(), plain(e.args()), e.messageKey(),
                LocaleContextHolder.getLocale());
        return body(e.status(), e.error(), message);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, "forbidden", text("error.forbidden"));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Map<String, String>> invalid(BindException e) {
        String details = e.getBindingResult().getAllErrors().stream()
                .map(err -> messages.getMessage(err, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining("; "));
        return body(HttpStatus.BAD_REQUEST, "validation", details.isBlank() ? text("error.validation") : details);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "malformed_json", text("error.malformedJson"));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class, MaxUploadSizeExceededException.class,
        HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "bad_request", text("error.badRequest"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", text("error.badRequest"));
    }

    /** Whole numbers as written (a year is "2042", not "2.042"). */
    private static Object[] plain(Object[] args) {
        if (args == null) {
            return null;
        }
        return java.util.Arrays.stream(args).map(a -> a instanceof Integer || a instanceof Long ? a.toString() : a)
                .toArray();
    }
}
