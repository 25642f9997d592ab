package vn.plancycle.approval;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.plancycle.security.CachedBodyRequest;
import vn.plancycle.web.JsonRefusal;

/**
 * Completing a decision task through Camunda's REST API (Tasklist, scripts) is checked by the
 * rules of {@link Decision} before the engine sees it: a missing decision or a return without a
 * comment is a 400 with the message in the user's language, and nothing changes. (The task's own
 * listener applies the same rules to every other caller, but an exception from a listener reaches
 * the REST API as a 500.)
 */
public class DecisionGuardFilter extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)/?$");

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final TaskService taskService;
    private final ApprovalTasks approvalTasks;
    private final JsonRefusal refusal;

    public DecisionGuardFilter(TaskService taskService, ApprovalTasks approvalTasks, JsonRefusal refusal) {
        this.taskService = taskService;
        this.approvalTasks = approvalTasks;
        this.refusal = refusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod())
                || !COMPLETION.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = COMPLETION.matcher(request.getRequestURI());
        m.matches();
        // the engine user is already set by the authentication filter: an invisible task is left to
        // the REST API, which answers it with its own 404
        Task task = taskService.createTaskQuery().taskId(m.group(1)).singleResult();
        if (task == null || !approvalTasks.isDecision(task.getProcessDefinitionId(), task.getTaskDefinitionKey())) {
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        JsonNode variables = variables(cached.body());
        String problem = Decision.problem(value(variables, Decision.VAR_DECISION), value(variables, Decision.VAR_COMMENT));
        if (problem != null) {
            refusal.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "decision_refused", problem);
            return;
        }
        chain.doFilter(cached, response);
    }

    private JsonNode variables(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return objectMapper.readTree(body).get("variables");
        } catch (IOException notJson) {
            return null;
        }
    }

    private static Object value(JsonNode variables, String name) {
        if (variables == null || variables.get(name) == null) {
            return null;
        }
        JsonNode value = variables.get(name).get("value");
        return value == null || value.isNull() ? null : value.asText();
    }
}
