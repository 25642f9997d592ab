package vn.plancycle.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.approval.ApprovalTasks;
import vn.plancycle.security.Roles;

/**
 * The shared Tasklist filters, one set for the whole ministry, each readable only by the groups it
 * serves (DESIGN.md "Who uses it"), listed in this order (Tasklist shows the lowest priority first and opens it):
 * <ul>
 * <li>{@value #MINE} — tasks assigned to me (staff, heads, reviewers, leaders);</li>
 * <li>{@value #UNIT} — my groups' candidate tasks, assigned or not (the same people);</li>
 * <li>{@value #APPROVAL} — the decision tasks (those whose model calls {@code ${checkDecisionListener}})
 * of my groups: heads, reviewers and leaders — unit staff never decide, so they do not see it;</li>
 * <li>{@value #OVERDUE} — tasks I can see whose due date has passed (everyone with tasks).</li>
 * </ul>
 * The queries hold expressions ({@code ${currentUser()}}, {@code ${currentUserGroups()}}, {@code ${now()}}): only
 * process owners and administrators may change a filter (see {@link EngineAccess#setUpMinistryGroups()}).
 * Everything here is idempotent: it runs at every start-up and whenever a unit is set up.
 */
@Service
public class TasklistFilters {

    public static final String MINE = "Việc của tôi";
    public static final String UNIT = "Việc của đơn vị tôi";
    public static final String APPROVAL = "Chờ tôi phê duyệt";
    public static final String OVERDUE = "Quá hạn";

    /** The names of the two filters of earlier versions, renamed in place (their ids stay). */
    static final Map<String, String> RENAMED = Map.of("Việc được giao cho tôi", MINE, "Việc của nhóm tôi", UNIT);

    /**
     * The process variables shown under each task of the list, with their Vietnamese labels; those a task's
     * process does not have are left out. Tasklist shows the first two on the card and the rest when opened
     * up, so the subject (plan task or reporting period) and the unit come first.
     */
    static final List<Map<String, String>> VARIABLES = List.of(
            variable("taskTitle", "Nhiệm vụ"),
            variable("cycleTitle", "Kỳ báo cáo"),
            variable("unitCode", "Đơn vị"),
            variable("dueDate", "Hạn"),
            variable("owner", "Người chủ trì"),
            variable("year", "Năm"));

    private enum Audience {
        /** Unit staff and heads, reviewers and leaders. */
        EVERYONE_WITH_TASKS,
        /** Unit heads, reviewers and leaders. */
        DECIDERS
    }

    private record Definition(String name, String description, int priority, TaskQuery query, Audience audience) {
    }

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final RepositoryService repository;
    private final ApprovalTasks approvalTasks;

    public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
            IdentityService identity, RepositoryService repository, ApprovalTasks approvalTasks) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.identity = identity;
        this.repository = repository;
        this.approvalTasks = approvalTasks;
    }

    /** Creates or updates the four filters and grants them to every group that exists now. */
    @Transactional
    public void ensureFilters() {
        for (Map.Entry<String, String> renamed : RENAMED.entrySet()) {
            Filter old = filters.createFilterQuery().filterName(renamed.getKey()).singleResult();
            if (old == null) {
                continue;
            }
            if (filters.createFilterQuery().filterName(renamed.getValue()).count() == 0) {
                old.setName(renamed.getValue());
                filters.saveFilter(old);
            } else {
                filters.deleteFilter(old.getId()); // replaced by the new one
            }
        }
        for (Definition definition : definitions()) {
            Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
            if (filter == null) {
                filter = filters.newTaskFilter(definition.name());
                filter.setOwner(null);
            }
            filter.setQuery(definition.query());
            filter.setProperties(properties(definition));
            filters.saveFilter(filter);
            revokeEveryone(filter.getId());
            for (String group : audience(definition.audience())) {
                grantRead(group, filter.getId());
            }
        }
    }

    /** Grants the filters to a unit's two groups (when the unit is set up after start-up). */
    @Transactional
    public void grantUnit(String unitCode) {
        for (Definition definition : definitions()) {
            Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
            if (filter == null) {
                continue; // start-up creates them, with the grants of every unit then known
            }
            if (definition.audience() == Audience.EVERYONE_WITH_TASKS) {
                grantRead(Roles.staffGroup(unitCode), filter.getId());
            }
            grantRead(Roles.headGroup(unitCode), filter.getId());
        }
    }

    /** The task definition keys of the decision tasks of the deployed processes (latest versions). */
    public Set<String> decisionTaskKeys() {
        Set<String> keys = new TreeSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                if (approvalTasks.isDecision(definition.getId(), task.getId())) {
                    keys.add(task.getId());
                }
            }
        }
        return keys;
    }

    private List<Definition> definitions() {
        TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();
        TaskQuery unit = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().orderByTaskCreateTime().asc();
        TaskQuery approval = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().taskDefinitionKeyIn(decisionTaskKeys().toArray(String[]::new))
                .orderByTaskCreateTime().asc();
        TaskQuery overdue = tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc();
        return List.of(
                new Definition(MINE, "Các việc đang giao cho chính bạn", -40, mine, Audience.EVERYONE_WITH_TASKS),
                new Definition(UNIT, "Các việc của đơn vị (nhóm) bạn, kể cả việc đã có người nhận", -30, unit,
                        Audience.EVERYONE_WITH_TASKS),
                new Definition(APPROVAL, "Các việc chờ bạn quyết định: phê duyệt kế hoạch, nghiệm thu kết quả, "
                        + "gia hạn, ký, thẩm định và duyệt báo cáo, thẩm định và xác nhận xếp loại", -20, approval,
                        Audience.DECIDERS),
                new Definition(OVERDUE, "Các việc bạn xem được đã quá thời hạn", -10, overdue,
                        Audience.EVERYONE_WITH_TASKS));
    }

    private static Map<String, Object> properties(Definition definition) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", definition.description());
        properties.put("priority", definition.priority());
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", VARIABLES);
        return properties;
    }

    private static Map<String, String> variable(String name, String label) {
        return Map.of("name", name, "label", label);
    }

    private List<String> audience(Audience audience) {
        List<String> groups = new ArrayList<>(List.of(Roles.REVIEWERS, Roles.LEADERS));
        for (Group group : identity.createGroupQuery().groupType(EngineAccess.GROUP_TYPE_UNIT).list()) {
            if (Roles.isHeadGroup(group.getId())
                    || (audience == Audience.EVERYONE_WITH_TASKS && Roles.unitOf(group.getId()).isPresent())) {
                groups.add(group.getId());
            }
        }
        return groups;
    }

    /** The filters of earlier versions were readable by every user ({@code *}): no longer. */
    private void revokeEveryone(String filterId) {
        for (Authorization a : authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filterId).userIdIn(Authorization.ANY).list()) {
            authorizations.deleteAuthorization(a.getId());
        }
    }

    private void grantRead(String groupId, String filterId) {
        boolean granted = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filterId).groupIdIn(groupId).count() > 0;
        if (!granted) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(groupId);
            read.setResource(Resources.FILTER);
            read.setResourceId(filterId);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }
}
