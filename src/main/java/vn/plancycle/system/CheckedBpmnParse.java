package vn.plancycle.system;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Camunda's BPMN parse with {@link ModelChecks} in front: on a new deployment (a process owner's, or
 * start-up's from {@code processes/}) the checks' findings become parse errors on their elements, so
 * Camunda's own machinery refuses the whole deployment with one {@code ParseException} that lists
 * them (element ids, lines, columns) together with Camunda's own findings. The checks run first, so
 * a missing history time to live is reported with its element rather than as Camunda's ENGINE-12018.
 * A definition the engine re-reads from the database (deployment cache) is not checked again.
 */
class CheckedBpmnParse extends BpmnParse {

    private final ModelChecks checks;

    CheckedBpmnParse(BpmnParser parser, ModelChecks checks) {
        super(parser);
        this.checks = checks;
    }

    @Override
    protected void parseRootElement() {
        if (deployment == null || !deployment.isNew()) {
            super.parseRootElement();
            return;
        }
        var findings = checks.check(rootElement, formsIn(deployment), deployedForms(deployment.getTenantId()));
        findings.forEach(f -> addError(f.message(), f.element(), f.elementId()));
        if (findings.isEmpty()) {
            super.parseRootElement();
            return;
        }
        try {
            super.parseRootElement(); // Camunda's own findings, listed after ours
        } catch (BpmnParseException e) {
            addError(e);
        } catch (ProcessEngineException alreadyReported) {
            // e.g. ENGINE-12018 (no history time to live): ours names the element
        }
    }

    private static Set<String> formsIn(DeploymentEntity deployment) {
        return deployment.getResources() == null ? Set.of()
                : deployment.getResources().values().stream()
                        .filter(resource -> FormFileCheck.isForm(resource.getName()))
                        .map(resource -> FormFileCheck.formId(resource.getBytes()))
                        .filter(id -> id != null)
                        .collect(Collectors.toSet());
    }

    private static ModelChecks.DeployedForms deployedForms(String tenantId) {
        return new ModelChecks.DeployedForms() {
            @Override
            public boolean latest(String key) {
                return forms().findLatestDefinitionByKeyAndTenantId(key, tenantId) != null;
            }

            @Override
            public boolean version(String key, int version) {
                return forms().findDefinitionByKeyVersionAndTenantId(key, version, tenantId) != null;
            }
        };
    }

    private static CamundaFormDefinitionManager forms() {
        return Context.getCommandContext().getCamundaFormDefinitionManager();
    }
}
