package vn.plancycle.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.plancycle.web.JsonRefusal;

/**
 * A process owner's deployment (Modeler, a script) that carries a broken model is refused with a
 * 400 whose message says so in the owner's language, followed by each finding (the element's id and
 * name: see {@link ModelChecks}, {@link FormFileCheck}), Camunda's own findings (element, line,
 * column) kept in {@code details}. Camunda answers some of these with a 500 (a file that is not
 * XML at all) and all of them in English. The engine deploys all or nothing, so nothing changed.
 * <p>
 * The deployment runs in this request's thread, whose {@link LocaleContextHolder} locale is the
 * request's language ({@link vn.plancycle.web.RestLanguageFilter}): the checks write their findings in it.
 */
public class DeploymentRefusalFilter extends OncePerRequestFilter {

    private static final Pattern DEPLOYMENT = Pattern.compile(".*/deployment/(create|[^/]+/redeploy)/?$");
    /** Camunda's parse failures: ENGINE-09xxx "Could not parse …" and its ParseException. */
    private static final Pattern PARSE_FAILURE = Pattern.compile("^ENGINE-09\\d{3} .*", Pattern.DOTALL);

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final JsonRefusal refusal;

    public DeploymentRefusalFilter(JsonRefusal refusal) {
        this.refusal = refusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod()) || !DEPLOYMENT.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, cached);
        JsonNode failure = cached.getStatus() >= 400 ? parseFailure(cached.getContentAsByteArray()) : null;
        if (failure == null) {
            cached.copyBodyToResponse();
            return;
        }
        Map<String, Object> extra = new HashMap<>();
        if (failure.hasNonNull("details")) {
            extra.put("details", failure.get("details"));
        }
        response.resetBuffer();
        refusal.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "ParseException", "deployment_refused",
                "error.deploymentBroken", new Object[] {findings(failure)}, extra);
    }

    /** The findings of every resource, one after the other; Camunda's message when it gave none. */
    private static String findings(JsonNode failure) {
        List<String> messages = new ArrayList<>();
        for (JsonNode resource : failure.path("details")) {
            for (JsonNode error : resource.path("errors")) {
                if (!error.path("message").asText().isBlank()) {
                    messages.add(error.path("message").asText().trim());
                }
            }
        }
        return messages.isEmpty() ? failure.path("message").asText() : String.join(" | ", messages);
    }

    private JsonNode parseFailure(byte[] body) {
        try {
            JsonNode json = objectMapper.readTree(body);
            if (json == null) {
                return null;
            }
            boolean parse = "ParseException".equals(json.path("type").asText())
                    || PARSE_FAILURE.matcher(json.path("message").asText()).matches();
            return parse ? json : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
