package vn.plancycle.system;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.security.Roles;

/**
 * At every start-up (idempotent): the ministry groups and their grants, the shared Tasklist
 * filters, and — on a production database — the first administrator from
 * {@code PLANCYCLE_ADMIN_USER} / {@code PLANCYCLE_ADMIN_PASSWORD}.
 */
@Component
@Order(0)
public class AccessBootstrap implements ApplicationRunner {

    public static final String FILTER_MINE = "Việc được giao cho tôi";
    public static final String FILTER_GROUPS = "Việc của nhóm tôi";

    private static final Logger LOG = LoggerFactory.getLogger(AccessBootstrap.class);

    private final EngineAccess engineAccess;
    private final IdentityService identity;
    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final String adminUser;
    private final String adminPassword;

    public AccessBootstrap(EngineAccess engineAccess, IdentityService identity, FilterService filters,
            TaskService tasks, AuthorizationService authorizations,
            @Value("${plancycle.admin.user:}") String adminUser,
            @Value("${plancycle.admin.password:}") String adminPassword) {
        this.engineAccess = engineAccess;
        this.identity = identity;
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        engineAccess.setUpMinistryGroups();
        TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
        TaskQuery groups = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
        ensureSharedFilter(FILTER_GROUPS, groups, -10);
        ensureSharedFilter(FILTER_MINE, mine, -5);
        createFirstAdministrator();
    }

    private void ensureSharedFilter(String name, TaskQuery query, int priority) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
            filter.setOwner(null);
            filter.setQuery(query);
            filter.setProperties(Map.of("priority", priority, "refresh", true,
                    "description", "Bộ lọc dùng chung của PlanCycle"));
            filters.saveFilter(filter);
        }
        boolean readable = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId()).userIdIn(ANY).count() > 0;
        if (!readable) {
            Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            read.setUserId(ANY);
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }

    private void createFirstAdministrator() {
        if (adminUser == null || adminUser.isBlank()) {
            if (identity.createUserQuery().memberOfGroup(Roles.ADMINS).count() == 0) {
                LOG.warn("No administrator exists: set PLANCYCLE_ADMIN_USER and PLANCYCLE_ADMIN_PASSWORD to create one");
            }
            return;
        }
        if (identity.createUserQuery().userId(adminUser).count() > 0) {
            return;
        }
        User user = identity.newUser(adminUser);
        user.setFirstName("Quản trị");
        user.setLastName("hệ thống");
        user.setPassword(adminPassword);
        identity.saveUser(user); // the password policy applies
        identity.createMembership(adminUser, Roles.ADMINS);
        LOG.info("Created the first administrator '{}'", adminUser);
    }
}
