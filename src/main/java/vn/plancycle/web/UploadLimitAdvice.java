package vn.plancycle.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * An upload above the servlet's multipart limit ({@code spring.servlet.multipart.*}) fails before any
 * controller is chosen, so no controller's own handling applies. A page's form goes back where it
 * came from with the reason as a flash message (nothing was saved); the JSON API answers 413 with
 * {@code {"error", "message"}}.
 */
@ControllerAdvice
public class UploadLimitAdvice {

    static final String MESSAGE_KEY = "error.uploadTooLarge";

    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    public UploadLimitAdvice(MessageSource messages, LocaleResolver localeResolver) {
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        String message = messages.getMessage(MESSAGE_KEY, null, localeResolver.resolveLocale(request));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            MappingJackson2JsonView json = new MappingJackson2JsonView();
            json.setExtractValueFromSingleKeyModel(false);
            return new ModelAndView(json, Map.of("error", "file_too_large", "message", message));
        }
        RequestContextUtils.getOutputFlashMap(request).put("error", message);
        return new ModelAndView("redirect:" + back(request, path));
    }

    /** The page the form was on (the Referer, when it is this site), else the path one level up. */
    static String back(HttpServletRequest request, String path) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String contextPath = request.getContextPath();
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                        && uri.getRawPath().startsWith(contextPath + "/")
                        && !uri.getRawPath().startsWith(contextPath + "//")) {
                    String local = uri.getRawPath().substring(contextPath.length());
                    return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
                }
            } catch (IllegalArgumentException ignored) {
                // not a usable address: fall back to the parent path
            }
        }
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
