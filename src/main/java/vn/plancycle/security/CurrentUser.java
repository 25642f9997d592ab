package vn.plancycle.security;

import java.util.Set;

/**
 * Who is asking: the login, its Camunda groups and the unit those groups place it in.
 * Unit scoping of business data is decided here, in one place.
 */
public record CurrentUser(String username, Set<String> groups) {

    /** The unit of a unit member (from {@code unit-{code}-staff|head}); null for ministry accounts. */
    public String unitCode() {
        return groups.stream().map(Roles::unitOf).flatMap(java.util.Optional::stream).findFirst().orElse(null);
    }

    public boolean isAdmin() {
        return groups.contains(Roles.ADMINS);
    }

    public boolean isReviewer() {
        return groups.contains(Roles.REVIEWERS);
    }

    public boolean isLeader() {
        return groups.contains(Roles.LEADERS);
    }

    public boolean isProcessOwner() {
        return groups.contains(Roles.PROCESS_OWNERS);
    }

    /** Reviewers, leaders, process owners and administrators see every unit. */
    public boolean seesAllUnits() {
        return isAdmin() || isReviewer() || isLeader() || isProcessOwner();
    }

    /** Heads of any unit (they approve plans, accept task results and sign reports). */
    public boolean isHead() {
        return groups.stream().anyMatch(Roles::isHeadGroup);
    }

    /** Heads, leaders and reviewers decide on the approvals page. */
    public boolean decides() {
        return isHead() || isLeader() || isReviewer();
    }

    public boolean isHeadOf(String unitCode) {
        return groups.contains(Roles.headGroup(unitCode));
    }

    public boolean isMemberOf(String unitCode) {
        return groups.contains(Roles.staffGroup(unitCode)) || groups.contains(Roles.headGroup(unitCode));
    }

    public boolean canSeeUnit(String unitCode) {
        return seesAllUnits() || isMemberOf(unitCode);
    }
}
