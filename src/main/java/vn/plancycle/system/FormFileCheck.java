package vn.plancycle.system;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs before Camunda's deployers: a {@code .form} file of a new deployment that is not a Camunda
 * Form (JSON object with an {@code id} and a {@code components} list) refuses the deployment with a
 * {@link ParseException} naming the file, in the deploying user's language, instead of Camunda's
 * English error (or, with lenient form parsing, a form that cannot be shown in Tasklist).
 */
class FormFileCheck implements Deployer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModelTexts texts;

    FormFileCheck(ModelTexts texts) {
        this.texts = texts;
    }

    static boolean isForm(String resourceName) {
        return resourceName != null && resourceName.endsWith(".form");
    }

    /** The form's id, or null when the bytes are not a Camunda Form. */
    static String formId(byte[] bytes) {
        JsonNode form = read(bytes);
        return form != null && form.path("id").isTextual() && !form.path("id").asText().isBlank()
                ? form.path("id").asText().trim() : null;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (isForm(resource.getName())) {
                String reason = problem(resource.getBytes());
                if (reason != null) {
                    String message = texts.get("deployment.problem.badForm", resource.getName(), reason);
                    throw new ParseException(message, resource.getName(),
                            List.of(new ModelProblem(message, 0, 0, null)), List.of());
                }
            }
        }
    }

    private String problem(byte[] bytes) {
        JsonNode form;
        try {
            form = bytes == null ? null : JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return texts.get("deployment.form.notJson", e.getOriginalMessage());
        } catch (IOException e) {
            return texts.get("deployment.form.notJson", e.getMessage());
        }
        if (form == null || !form.isObject()) {
            return texts.get("deployment.form.notObject");
        }
        if (formId(bytes) == null) {
            return texts.get("deployment.form.noId");
        }
        if (!form.path("components").isArray()) {
            return texts.get("deployment.form.noComponents");
        }
        return null;
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return bytes == null ? null : JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }
}
