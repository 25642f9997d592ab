package vn.plancycle.plan;

/**
 * The {@code unit-plan} process (processes/unit-plan.bpmn): its key, business key, the element ids
 * that code and tests use, and its variables. No other class spells these strings.
 */
public final class UnitPlanProcess {

    public static final String KEY = "unit-plan";

    // elements
    public static final String TASK_DRAFT = "Task_DraftPlan";
    public static final String TASK_VALIDATE = "Task_ValidatePlan";
    public static final String GATEWAY_VALID = "Gateway_PlanValid";
    public static final String TASK_APPROVE = "Task_ApprovePlan";
    public static final String GATEWAY_APPROVED = "Gateway_PlanApproved";
    public static final String TASK_RECORD_RETURN = "Task_RecordPlanReturn";
    public static final String TASK_NOTIFY_RETURNED = "Task_NotifyPlanReturned";
    public static final String TASK_NOTIFY_SUBMITTED = "Task_NotifyPlanSubmitted";
    public static final String TASK_NOTIFY_INVALID = "Task_NotifyPlanInvalid";
    public static final String TASK_SCORE_ISSUED = "Task_ScorePlanIssued";
    public static final String TASK_PUBLISH = "Task_PublishPlan";
    public static final String TASK_START_TASKS = "Task_StartPlanTasks";
    public static final String TASK_NOTIFY_APPROVED = "Task_NotifyPlanApproved";
    public static final String TASK_NOTIFY_PUBLISHED = "Task_NotifyPlanPublished";
    public static final String TIMER_REMINDER = "BoundaryEvent_ApprovalReminderDue";
    public static final String TASK_REMIND_HEAD = "Task_RemindHead";
    public static final String TIMER_ESCALATION = "StartEvent_ApprovalDeadlinePassed";
    public static final String TASK_ESCALATE = "Task_EscalateToLeaders";
    public static final String END_PUBLISHED = "EndEvent_PlanPublished";

    // variables
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_YEAR = "year";
    public static final String VAR_PLAN_ID = "planId";
    public static final String VAR_PLAN_VALID = "planValid";
    public static final String VAR_PROBLEMS = "validationProblems";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_COMMENT = "comment";
    public static final String VAR_RETURN_COMMENT = "returnComment";
    public static final String VAR_ESCALATION_DATE = "approvalDeadline";

    // decisions (DESIGN.md)
    public static final String APPROVED = "approved";
    public static final String RETURNED = "returned";

    private UnitPlanProcess() {
    }

    public static String businessKey(String unitCode, int year) {
        return "PLAN-" + unitCode.toUpperCase(java.util.Locale.ROOT) + "-" + year;
    }
}
