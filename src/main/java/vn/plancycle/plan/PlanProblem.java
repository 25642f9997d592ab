package vn.plancycle.plan;

import java.util.List;

/**
 * One reason why a plan cannot go to the head ("rõ việc, rõ người, rõ thời hạn"): the task it is
 * about (its 1-based position and title; both null for the plan as a whole), a stable code for
 * scripts, and the message key of the reason with its arguments ({@code messages/plan*.properties}).
 * {@link PlanTexts} turns it into a sentence that names the task.
 */
public record PlanProblem(Integer taskPosition, String taskTitle, String code, String messageKey, List<Object> args) {

    public static final String PLAN_EMPTY = "plan_empty";
    public static final String MANDATORY_GROUP_MISSING = "mandatory_group_missing";
    public static final String TITLE_MISSING = "title_missing";
    public static final String GROUP_MISSING = "group_missing";
    public static final String DELIVERABLE_MISSING = "deliverable_missing";
    public static final String OWNER_MISSING = "owner_missing";
    public static final String OWNER_NOT_IN_UNIT = "owner_not_in_unit";
    public static final String DUE_DATE_MISSING = "due_date_missing";
    public static final String DUE_DATE_OUTSIDE_YEAR = "due_date_outside_year";

    public PlanProblem {
        args = List.copyOf(args);
    }

    public static PlanProblem ofPlan(String code, String messageKey, Object... args) {
        return new PlanProblem(null, null, code, messageKey, List.of(args));
    }

    public boolean isAboutTask() {
        return taskPosition != null;
    }
}
