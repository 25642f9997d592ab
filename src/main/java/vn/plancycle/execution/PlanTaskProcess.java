package vn.plancycle.execution;

/**
 * The {@code plan-task} process (processes/plan-task.bpmn): its key, business key, the element ids
 * that code and tests use, and its variables. No other class spells these strings.
 */
public final class PlanTaskProcess {

    public static final String KEY = "plan-task";

    // elements
    public static final String TASK_NOTIFY_ASSIGNED = "Task_NotifyTaskAssigned";
    public static final String TASK_SCHEDULE = "Task_ScheduleFollowUp";
    public static final String SUBPROCESS_CARRY_OUT = "SubProcess_CarryOut";
    public static final String TASK_CARRY_OUT = "Task_CarryOut";
    public static final String TIMER_FIRST_REMINDER = "BoundaryEvent_FirstReminderDue";
    public static final String TIMER_LAST_REMINDER = "BoundaryEvent_LastReminderDue";
    public static final String TIMER_OVERDUE = "BoundaryEvent_OverdueNoticeDue";
    public static final String TIMER_OVERDUE_REPEAT = "BoundaryEvent_OverdueRepeatDue";
    public static final String TIMER_ESCALATION = "BoundaryEvent_EscalationDue";
    public static final String TASK_REMIND_FIRST = "Task_RemindOwnerFirst";
    public static final String TASK_REMIND_LAST = "Task_RemindOwnerLast";
    public static final String TASK_NOTIFY_OVERDUE = "Task_NotifyOverdue";
    public static final String TASK_REPEAT_OVERDUE = "Task_RepeatOverdueNotice";
    public static final String TASK_ESCALATE = "Task_EscalateToReviewers";
    public static final String MESSAGE_EXTENSION_REQUESTED = "Message_ExtensionRequested";
    public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String TASK_GRANT_EXTENSION = "Task_RecordExtensionGranted";
    public static final String TASK_REFUSE_EXTENSION = "Task_RecordExtensionRefused";
    public static final String TASK_NOTIFY_EXTENSION_GRANTED = "Task_NotifyExtensionGranted";
    public static final String TASK_NOTIFY_EXTENSION_REFUSED = "Task_NotifyExtensionRefused";
    public static final String BOUNDARY_DEADLINE_MOVED = "BoundaryEvent_DeadlineMoved";
    public static final String TASK_RECORD_REPORTED = "Task_RecordResultReported";
    public static final String TASK_NOTIFY_REPORTED = "Task_NotifyResultReported";
    public static final String TASK_ACCEPT = "Task_AcceptResult";
    public static final String TASK_RECORD_ACCEPTED = "Task_RecordResultAccepted";
    public static final String TASK_SCORE_RESULT = "Task_ScoreTaskResult";
    public static final String TASK_NOTIFY_ACCEPTED = "Task_NotifyResultAccepted";
    public static final String TASK_RECORD_RETURN = "Task_RecordResultReturned";
    public static final String TASK_SCORE_RETURN = "Task_ScoreTaskReturn";
    public static final String TASK_NOTIFY_RETURNED = "Task_NotifyResultReturned";
    public static final String END_ACCEPTED = "EndEvent_TaskAccepted";

    /** The message name the extension request correlates (the BPMN's message). */
    public static final String MESSAGE_EXTENSION = "plan-task-extension-requested";

    // variables
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_YEAR = "year";
    public static final String VAR_PLAN_ID = "planId";
    public static final String VAR_TASK_ID = "taskId";
    public static final String VAR_TASK_COUNT = "taskCount";
    public static final String VAR_OWNER = "owner";
    public static final String VAR_TITLE = "taskTitle";
    public static final String VAR_DUE_DATE = "dueDate";
    /** The deadline as an ISO date-time (end of the day): the carry-out task's due date in Tasklist. */
    public static final String VAR_DUE_AT = "dueAt";
    public static final String VAR_FIRST_REMINDER_AT = "firstReminderAt";
    public static final String VAR_LAST_REMINDER_AT = "lastReminderAt";
    public static final String VAR_OVERDUE_NOTICE_AT = "overdueNoticeAt";
    public static final String VAR_OVERDUE_REPEAT_CYCLE = "overdueRepeatCycle";
    public static final String VAR_ESCALATION_AT = "escalationAt";
    public static final String VAR_EXTENSION_ID = "extensionRequestId";
    public static final String VAR_REQUESTED_DATE = "requestedDueDate";
    public static final String VAR_EXTENSION_REASON = "extensionReason";
    public static final String VAR_EXTENSION_COMMENT = "extensionComment";
    public static final String VAR_RETURN_COMMENT = "returnComment";
    public static final String VAR_DELIVERED_LATE = "deliveredLate";

    private PlanTaskProcess() {
    }

    public static String businessKey(long planTaskId) {
        return "TASK-" + planTaskId;
    }
}
