package vn.plancycle.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
 * filters of each role ({@link TasklistFilters}), and — on a production database — the first administrator from
 * {@code PLANCYCLE_ADMIN_USER} / {@code PLANCYCLE_ADMIN_PASSWORD}.
 */
@Component
@Order(0)
public class AccessBootstrap implements ApplicationRunner {

    /** The filter names as earlier versions called them (tests of other pages use them). */
    public static final String FILTER_MINE = TasklistFilters.MINE;
    public static final String FILTER_GROUPS = TasklistFilters.UNIT;

    private static final Logger LOG = LoggerFactory.getLogger(AccessBootstrap.class);

    private final EngineAccess engineAccess;
    private final IdentityService identity;
    private final TasklistFilters tasklistFilters;
    private final String adminUser;
    private final String adminPassword;

    public AccessBootstrap(EngineAccess engineAccess, IdentityService identity, TasklistFilters tasklistFilters,
            @Value("${plancycle.admin.user:}") String adminUser,
            @Value("${plancycle.admin.password:}") String adminPassword) {
        this.engineAccess = engineAccess;
        this.identity = identity;
        this.tasklistFilters = tasklistFilters;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        engineAccess.setUpMinistryGroups();
        tasklistFilters.ensureFilters();
        createFirstAdministrator();
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
