package vn.plancycle.system;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.security.Roles;

/**
 * The engine side of "who may see what": one Camunda tenant per unit (instances carry their
 * unit's tenant, see {@link UnitTenantIdProvider}), the unit's two groups, and the grants each
 * group holds. Everything here is idempotent, so it runs safely at every start-up and every import.
 */
@Service
public class EngineAccess {

    public static final String GROUP_TYPE_UNIT = "UNIT";
    public static final String GROUP_TYPE_MINISTRY = "MINISTRY";
    public static final List<String> MINISTRY_GROUPS =
            List.of(Roles.REVIEWERS, Roles.LEADERS, Roles.PROCESS_OWNERS);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final TasklistFilters tasklistFilters;

    public EngineAccess(IdentityService identity, AuthorizationService authorizations,
            TasklistFilters tasklistFilters) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.tasklistFilters = tasklistFilters;
    }

    /**
     * Sets up (or renames) a unit: tenant {@code code}, groups {@code unit-{code}-staff} and
     * {@code unit-{code}-head}, tenant memberships for them and the ministry groups, and the grants
     * of a unit member: Tasklist, reading the unit's own instances and history, starting processes.
     */
    @Transactional
    public void setUpUnit(String code, String name) {
        Tenant tenant = identity.createTenantQuery().tenantId(code).singleResult();
        if (tenant == null) {
            tenant = identity.newTenant(code);
        }
        if (!name.equals(tenant.getName())) {
            tenant.setName(name);
            identity.saveTenant(tenant);
        }
        ensureGroup(Roles.staffGroup(code), name + " — Cán bộ", GROUP_TYPE_UNIT);
        ensureGroup(Roles.headGroup(code), name + " — Thủ trưởng", GROUP_TYPE_UNIT);
        for (String group : List.of(Roles.staffGroup(code), Roles.headGroup(code))) {
            ensureTenantMembership(code, group);
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
        }
        for (String group : MINISTRY_GROUPS) {
            ensureGroup(group, ministryGroupName(group), GROUP_TYPE_MINISTRY);
            ensureTenantMembership(code, group);
        }
        tasklistFilters.grantUnit(code);
    }

    /** The ministry groups and their grants (see DESIGN.md, "Who uses it"). */
    @Transactional
    public void setUpMinistryGroups() {
        for (String group : MINISTRY_GROUPS) {
            ensureGroup(group, ministryGroupName(group), GROUP_TYPE_MINISTRY);
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        // process owners change the BPMN: deploy, and manage what they deploy; only they (and admins) edit filters
        grant(Roles.PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        grant(Roles.PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
        grant(Roles.PROCESS_OWNERS, Resources.PROCESS_INSTANCE, ANY, Permissions.ALL);
        grant(Roles.PROCESS_OWNERS, Resources.DECISION_DEFINITION, ANY, Permissions.ALL);
        grant(Roles.PROCESS_OWNERS, Resources.FILTER, ANY, Permissions.CREATE, Permissions.READ,
                Permissions.UPDATE, Permissions.DELETE);
        ensureGroup(Roles.ADMINS, "Quản trị hệ thống", "SYSTEM");
        // as Camunda's own first-admin setup does: administrators hold every permission on every resource
        for (Resource resource : Resources.values()) {
            grant(Roles.ADMINS, resource, ANY, Permissions.ALL);
        }
        // every tenant that already exists is visible to the ministry
        for (Tenant tenant : identity.createTenantQuery().list()) {
            for (String group : MINISTRY_GROUPS) {
                ensureTenantMembership(tenant.getId(), group);
            }
        }
    }

    private static String ministryGroupName(String group) {
        return switch (group) {
            case Roles.REVIEWERS -> "Vụ Tổ chức cán bộ — thẩm định";
            case Roles.LEADERS -> "Lãnh đạo Bộ";
            case Roles.PROCESS_OWNERS -> "Chủ quy trình";
            default -> group;
        };
    }

    public void ensureGroup(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    private void ensureTenantMembership(String tenantId, String groupId) {
        boolean member = identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() > 0;
        if (!member) {
            identity.createTenantGroupMembership(tenantId, groupId);
        }
    }

    /** Adds the permissions to the group's grant on the resource (creates the grant if missing). */
    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .authorizationType(AUTH_TYPE_GRANT).singleResult();
        boolean created = auth == null;
        if (created) {
            auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        boolean changed = created;
        for (Permission p : permissions) {
            if (!auth.isPermissionGranted(p)) {
                auth.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(auth);
        }
    }
}
