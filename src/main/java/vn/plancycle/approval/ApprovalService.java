package vn.plancycle.approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.EngineUser;

/**
 * What waits for a head or a leader, and their decision. These are the same Camunda user tasks
 * that Tasklist shows: deciding here completes the task (with {@code decision} and {@code comment}),
 * so it disappears from Tasklist, and a task decided in Tasklist disappears from here. Every engine
 * call runs as the user, so Camunda's authorization and the unit tenants apply.
 */
@Service
public class ApprovalService {

    private static final int MAX_ITEMS = 200;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final EngineUser engineUser;
    private final ApprovalTasks approvalTasks;

    public ApprovalService(TaskService taskService, RuntimeService runtimeService,
            RepositoryService repositoryService, EngineUser engineUser, ApprovalTasks approvalTasks) {
        this.approvalTasks = approvalTasks;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.engineUser = engineUser;
    }

    /** The tasks offered to the user's groups or assigned to the user, oldest first. */
    public List<ApprovalItem> waitingFor(CurrentUser user) {
        if (user.groups().isEmpty()) {
            return List.of();
        }
        return engineUser.call(user, () -> {
            List<Task> tasks = taskService.createTaskQuery()
                    .or().taskCandidateGroupIn(new ArrayList<>(user.groups())).taskAssignee(user.username()).endOr()
                    .active().orderByTaskCreateTime().asc().listPage(0, MAX_ITEMS)
                    .stream().filter(this::isDecision).toList();
            return items(tasks);
        });
    }

    /** One waiting task of the user, or empty when it is gone (decided elsewhere) or not theirs. */
    public Optional<ApprovalItem> find(CurrentUser user, String taskId) {
        return engineUser.call(user, () -> Optional.ofNullable(visibleTask(user, taskId))
                .map(task -> items(List.of(task)).get(0)));
    }

    public Object variable(CurrentUser user, String taskId, String name) {
        return engineUser.call(user, () -> taskService.getVariable(taskId, name));
    }

    /**
     * Completes the task with the decision. Returns false when the task is no longer there for the
     * user (decided in Tasklist meanwhile); a bad decision is refused before anything changes.
     */
    @Transactional
    public boolean decide(CurrentUser user, String taskId, String decision, String comment) {
        String problem = Decision.problem(decision, comment);
        if (problem != null) {
            throw new InvalidDecisionException(problem);
        }
        return engineUser.call(user, () -> {
            Task task = visibleTask(user, taskId);
            if (task == null) {
                return false;
            }
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.username());
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(Decision.VAR_DECISION, decision);
            variables.put(Decision.VAR_COMMENT, comment == null ? "" : comment.strip());
            taskService.complete(taskId, variables);
            return true;
        });
    }

    private Task visibleTask(CurrentUser user, String taskId) {
        if (user.groups().isEmpty()) {
            return null;
        }
        Task task = taskService.createTaskQuery().taskId(taskId)
                .or().taskCandidateGroupIn(new ArrayList<>(user.groups())).taskAssignee(user.username()).endOr()
                .active().singleResult();
        return task != null && isDecision(task) ? task : null;
    }

    /** Only decisions belong here: a staff member's own work (assigned to them) stays in Tasklist. */
    private boolean isDecision(Task task) {
        return approvalTasks.isDecision(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    /** The list's rows: process keys and business keys read once for all tasks, the unit from the tenant. */
    private List<ApprovalItem> items(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> processKeys = new HashMap<>();
        Set<String> instanceIds = new HashSet<>();
        for (Task task : tasks) {
            processKeys.put(task.getProcessDefinitionId(), null);
            instanceIds.add(task.getProcessInstanceId());
        }
        for (ProcessDefinition def : repositoryService.createProcessDefinitionQuery()
                .processDefinitionIdIn(processKeys.keySet().toArray(String[]::new)).listPage(0, processKeys.size())) {
            processKeys.put(def.getId(), def.getKey());
        }
        Map<String, String> businessKeys = new HashMap<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds)
                .listPage(0, instanceIds.size())) {
            businessKeys.put(instance.getId(), instance.getBusinessKey());
        }
        List<ApprovalItem> items = new ArrayList<>();
        for (Task task : tasks) {
            items.add(new ApprovalItem(task.getId(), task.getName(), processKeys.get(task.getProcessDefinitionId()),
                    businessKeys.get(task.getProcessInstanceId()), task.getTenantId(), task.getCreateTime(),
                    task.getProcessInstanceId()));
        }
        return items;
    }
}
