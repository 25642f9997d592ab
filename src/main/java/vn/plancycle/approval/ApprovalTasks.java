package vn.plancycle.approval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.stereotype.Component;

/**
 * Which user tasks are decisions: those whose model calls {@code ${checkDecisionListener}} on
 * completion, whatever a process owner names them. Read from the deployed model once per definition.
 */
@Component
public class ApprovalTasks {

    static final String LISTENER_EXPRESSION = "${checkDecisionListener}";

    private final RepositoryService repositoryService;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    public ApprovalTasks(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public boolean isDecision(String processDefinitionId, String taskDefinitionKey) {
        if (processDefinitionId == null || taskDefinitionKey == null) {
            return false;
        }
        return known.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey,
                k -> readModel(processDefinitionId, taskDefinitionKey));
    }

    private boolean readModel(String processDefinitionId, String taskDefinitionKey) {
        if (!(repositoryService.getBpmnModelInstance(processDefinitionId)
                .getModelElementById(taskDefinitionKey) instanceof UserTask task)
                || task.getExtensionElements() == null) {
            return false;
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
                .stream().anyMatch(l -> "complete".equals(l.getCamundaEvent())
                        && LISTENER_EXPRESSION.equals(l.getCamundaDelegateExpression()));
    }
}
