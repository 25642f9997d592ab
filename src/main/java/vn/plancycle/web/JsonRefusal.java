package vn.plancycle.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A refusal written by a servlet filter in front of Camunda's REST API: a 4xx with a JSON body
 * shaped like Camunda's own errors ({@code type}, {@code message}), the message in the user's
 * language (Vietnamese unless the user chose English), so Tasklist shows it as it is.
 */
@Component
public class JsonRefusal {

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    public JsonRefusal(MessageSource messages, LocaleResolver localeResolver) {
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
            String messageKey) throws IOException {
        write(request, response, status, "InvalidRequestException", error, messageKey, null, Map.of());
    }

    /** With message arguments and further fields (e.g. Camunda's own {@code details}). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
            String error, String messageKey, Object[] args, Map<String, Object> extra) throws IOException {
        String message = messages.getMessage(messageKey, args, messageKey, localeResolver.resolveLocale(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("error", error);
        body.put("message", message);
        body.putAll(extra);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the stream, not the writer: a filter that wrapped the response may have opened the stream already
        response.getOutputStream().write(objectMapper.writeValueAsBytes(body));
    }
}
