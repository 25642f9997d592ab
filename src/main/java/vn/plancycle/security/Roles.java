package vn.plancycle.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Camunda groups of DESIGN.md: a contract shared by the engine, the pages and the API. */
public final class Roles {

    public static final String REVIEWERS = "ministry-reviewers";
    public static final String LEADERS = "ministry-leaders";
    public static final String PROCESS_OWNERS = "process-owners";
    public static final String ADMINS = "camunda-admin";

    /** Spring Security authorities are the Camunda group ids with this prefix. */
    public static final String AUTHORITY_PREFIX = "GROUP_";

    private static final Pattern UNIT_GROUP = Pattern.compile("unit-([a-z0-9]+)-(staff|head)");

    private Roles() {
    }

    public static String staffGroup(String unitCode) {
        return "unit-" + unitCode + "-staff";
    }

    public static String headGroup(String unitCode) {
        return "unit-" + unitCode + "-head";
    }

    /** The unit code of a {@code unit-{code}-staff|head} group, if it is one. */
    public static Optional<String> unitOf(String groupId) {
        Matcher m = UNIT_GROUP.matcher(groupId);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static boolean isHeadGroup(String groupId) {
        Matcher m = UNIT_GROUP.matcher(groupId);
        return m.matches() && "head".equals(m.group(2));
    }

    public static String authority(String groupId) {
        return AUTHORITY_PREFIX + groupId;
    }
}
