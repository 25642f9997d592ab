package vn.plancycle.security;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import vn.plancycle.web.JsonRefusal;

/**
 * Refuses task queries that carry expressions, on every REST root ({@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine}). Camunda 7.24 evaluates expressions inside
 * {@code orQueries} even with {@code enableExpressionsInAdhocQueries=false}; an expression is code,
 * so no logged-in user may send one. Stored filters (which may hold expressions such as
 * {@code ${currentUser()}}) are only created by process owners and administrators.
 */
public class ExpressionQueryGuardFilter extends OncePerRequestFilter {

    /** Task queries: /task, /task/count, and the execution of a filter with an extending query. */
    private static final Pattern QUERY_PATH =
            Pattern.compile(".*/(task(/count)?|filter/[^/]+/(list|count|singleResult))/?$");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final JsonRefusal refusal;

    public ExpressionQueryGuardFilter(JsonRefusal refusal) {
        this.refusal = refusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !QUERY_PATH.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> param : request.getParameterMap().entrySet()) {
            if (isExpressionKey(param.getKey()) || anyExpression(param.getValue())) {
                refuse(request, response);
                return;
            }
        }
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            CachedBodyRequest cached = new CachedBodyRequest(request);
            byte[] body = cached.body();
            if (body.length > 0) {
                JsonNode json;
                try {
                    json = objectMapper.readTree(body);
                } catch (IOException notJson) {
                    json = null; // let the REST API answer malformed JSON with its own 400
                }
                if (json != null && containsExpression(json)) {
                    refuse(request, response);
                    return;
                }
            }
            chain.doFilter(cached, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isExpressionKey(String key) {
        return key.endsWith("Expression");
    }

    private static boolean anyExpression(String[] values) {
        for (String v : values) {
            if (v != null && EXPRESSION.matcher(v).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean containsExpression(JsonNode node) {
        if (node.isTextual()) {
            return EXPRESSION.matcher(node.asText()).find();
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isExpressionKey(field.getKey()) || containsExpression(field.getValue())) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (containsExpression(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refusal.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "expression_refused",
                "error.expressionQuery");
    }
}
