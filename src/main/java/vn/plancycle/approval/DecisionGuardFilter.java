package vn.plancycle.approval;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import vn.plancycle.web.JsonRefusal;
import vn.plancycle.web.TaskCompletionGuard;

/**
 * Completing a decision task through Camunda's REST API (Tasklist, scripts) is checked by the
 * rules of {@link Decision} before the engine sees it: a missing decision or a return without a
 * comment is a 400 with the message in the user's language, and nothing changes. (The task's own
 * listener applies the same rules to every other caller, but an exception from a listener reaches
 * the REST API as a 500.)
 */
public class DecisionGuardFilter extends TaskCompletionGuard {

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final ApprovalTasks approvalTasks;
    private final JsonRefusal refusal;

    public DecisionGuardFilter(TaskService taskService, ApprovalTasks approvalTasks, JsonRefusal refusal) {
        super(taskService);
        this.approvalTasks = approvalTasks;
        this.refusal = refusal;
    }

    @Override
    protected boolean guards(Task task) {
        return approvalTasks.isDecision(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    @Override
    protected boolean refused(Task task, byte[] body, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        JsonNode variables = variables(body);
        String problem = Decision.problem(value(variables, Decision.VAR_DECISION), value(variables, Decision.VAR_COMMENT));
        if (problem == null) {
            return false;
        }
        refusal.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "decision_refused", problem);
        return true;
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
