package vn.plancycle.notification;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The test process {@code notify-probe} (src/test/resources/bpmn/notify-probe.bpmn): an async
 * "send a notification" step, then an async "score this step" step, each fed from process variables.
 */
public final class NotifyProbe {

    public static final String KEY = "notify-probe";
    public static final String RESOURCE = "bpmn/notify-probe.bpmn";
    public static final String TASK_NOTIFY = "Task_NotifyProbe";
    public static final String TASK_SCORE = "Task_ScoreProbe";

    public static final String VAR_RECIPIENTS = "probeRecipients";
    public static final String VAR_TEMPLATE = "probeTemplate";
    public static final String VAR_CHANNEL = "probeChannel";
    public static final String VAR_CRITERION = "probeCriterion";
    public static final String VAR_POINTS = "probePoints";
    public static final String VAR_RULE = "probeRule";
    public static final String VAR_SUBJECT = "probeSubject";
    public static final String VAR_REASON = "probeReason";
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_YEAR = "year";

    private static final List<String> ALL_INPUTS = List.of(VAR_RECIPIENTS, VAR_TEMPLATE, VAR_CHANNEL, VAR_CRITERION,
            VAR_POINTS, VAR_RULE, VAR_SUBJECT, VAR_REASON);

    private NotifyProbe() {
    }

    public static void deploy(RepositoryService repositoryService) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
            repositoryService.createDeployment().name(KEY).addClasspathResource(RESOURCE).deploy();
        }
    }

    /** Variables for an instance of unit {@code vp}: every probe input present (null unless given). */
    public static VariableMap variables(int year, Map<String, Object> given) {
        VariableMap vars = Variables.createVariables().putValue(VAR_UNIT, "vp").putValue(VAR_YEAR, year);
        ALL_INPUTS.forEach(name -> vars.putValue(name, null));
        vars.putAll(given);
        return vars;
    }

    /** Starts an instance waiting before the notification step; returns its id. */
    public static String startAtNotify(RuntimeService runtimeService, int year, Map<String, Object> given) {
        return runtimeService.startProcessInstanceByKey(KEY, variables(year, given)).getId();
    }

    /** Starts an instance waiting before the scoring step; returns its id. */
    public static String startAtScore(RuntimeService runtimeService, int year, Map<String, Object> given) {
        return runtimeService.createProcessInstanceByKey(KEY).startBeforeActivity(TASK_SCORE)
                .setVariables(variables(year, given)).execute().getId();
    }

    public static Job job(ManagementService managementService, String processInstanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .singleResult();
    }

    /** A Camunda user (email may be null) in the given group; created once. */
    public static void user(IdentityService identity, String id, String email, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("Thử");
            user.setEmail(email);
            user.setPassword("probe-" + id + "-Passw0rd!");
            identity.saveUser(user);
        }
        if (group != null) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                Group g = identity.newGroup(group);
                g.setName(group);
                g.setType("WORKFLOW");
                identity.saveGroup(g);
            }
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
    }
}
