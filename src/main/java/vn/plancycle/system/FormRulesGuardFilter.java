package vn.plancycle.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import vn.plancycle.web.JsonRefusal;
import vn.plancycle.web.TaskCompletionGuard;

/**
 * Completing a task that has a Camunda Form through Camunda's REST roots (Tasklist's "Hoàn thành", scripts,
 * Modeler-era clients) is checked against that form's own rules ({@link FormRules}: required, lengths,
 * patterns, min/max, choices) before the engine sees it: a value the form in Tasklist would refuse is a 400
 * naming the field, in the user's language, and nothing changes. The form is the one deployed with the task's
 * process (form binding {@code deployment}); the task's current variables count for what was not sent.
 */
public class FormRulesGuardFilter extends TaskCompletionGuard {

    /** Forms of tasks without a Camunda Form are remembered as this. */
    private static final FormRules NONE;

    static {
        try {
            NONE = FormRules.parse(new java.io.ByteArrayInputStream("{\"components\":[]}".getBytes()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final FormService formService;
    private final JsonRefusal refusal;
    private final Map<String, FormRules> known = new ConcurrentHashMap<>();

    public FormRulesGuardFilter(TaskService taskService, FormService formService, JsonRefusal refusal) {
        super(taskService);
        this.formService = formService;
        this.refusal = refusal;
    }

    @Override
    protected boolean guards(Task task) {
        return !rulesOf(task).fields().isEmpty();
    }

    @Override
    protected boolean refused(Task task, byte[] body, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Map<String, Object> values = new HashMap<>(current(task));
        values.putAll(sent(body));
        FormRules.Problem problem = rulesOf(task).check(values);
        if (problem == null) {
            return false;
        }
        refusal.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                "form_invalid", problem.messageKey(), problem.args(), Map.of("field", problem.field()));
        return true;
    }

    private FormRules rulesOf(Task task) {
        return known.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), k -> {
            try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
                return FormRules.parse(form);
            } catch (ProcessEngineException | IOException noCamundaForm) {
                return NONE;
            }
        });
    }

    private Map<String, Object> current(Task task) {
        try {
            return taskService.getVariables(task.getId());
        } catch (ProcessEngineException notAllowed) {
            return Map.of();
        }
    }

    private Map<String, Object> sent(byte[] body) {
        Map<String, Object> values = new HashMap<>();
        if (body.length == 0) {
            return values;
        }
        JsonNode variables;
        try {
            variables = objectMapper.readTree(body).path("variables");
        } catch (IOException notJson) {
            return values; // the REST API answers malformed JSON itself
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> variable = it.next();
            JsonNode value = variable.getValue().path("value");
            Object v;
            if (value.isMissingNode() || value.isNull()) {
                v = null;
            } else if (value.isBoolean()) {
                v = value.asBoolean();
            } else if (value.isNumber()) {
                v = value.decimalValue();
            } else if (value.isTextual()) {
                v = value.asText();
            } else {
                v = value.toString();
            }
            values.put(variable.getKey(), v);
        }
        return values;
    }
}
