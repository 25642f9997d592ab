package vn.plancycle.reporting;

/**
 * The {@code reporting-cycle} process (processes/reporting-cycle.bpmn): key, element ids and variables.
 */
public final class ReportingCycleProcess {

    public static final String KEY = "reporting-cycle";

    // elements
    public static final String START_SCHEDULED = "StartEvent_CutOffDay";
    public static final String START_REQUESTED = "StartEvent_Requested";
    public static final String TASK_OPEN_SCHEDULED = "Task_OpenScheduledCycle";
    public static final String GATEWAY_ALREADY_OPEN = "Gateway_AlreadyOpen";
    public static final String TASK_FIND_UNITS = "Task_FindUnitsInScope";
    /**
     * Multi-instance service task over batches of the cycle's reports: each batch (a parallel, non-exclusive
     * job) starts one top-level {@code unit-report} per unit of the batch.
     */
    public static final String TASK_START_UNIT_REPORTS = "Task_StartUnitReports";
    public static final String GATEWAY_ALL_REPORTS_IN = "Gateway_AllReportsIn";
    /** The cycle waits here until the last unit report is accepted (message {@link #MESSAGE_ALL_REPORTS_IN}). */
    public static final String EVENT_ALL_REPORTS_IN = "Event_AllReportsAccepted";
    public static final String MESSAGE_ALL_REPORTS_IN = "reporting-cycle-all-reports-accepted";
    public static final String SUBPROCESS_COLLECT = "SubProcess_Collect";
    public static final String TIMER_HOME_AFFAIRS_REMINDER = "BoundaryEvent_HomeAffairsDeadlineNear";
    public static final String TIMER_GOVERNMENT_REMINDER = "BoundaryEvent_GovernmentDeadlineNear";
    public static final String TASK_CONSOLIDATE = "Task_Consolidate";
    /** Leaders approve (approved) or return (returned) the consolidated report — a decision task. */
    public static final String TASK_APPROVE_CONSOLIDATED = "Task_ApproveConsolidated";
    public static final String TASK_RECORD_LEADERS_RETURN = "Task_RecordLeadersReturn";
    public static final String TASK_RECORD_APPROVED = "Task_RecordConsolidatedApproved";
    public static final String END_APPROVED = "EndEvent_CycleApproved";
    public static final String END_ALREADY_OPEN = "EndEvent_AlreadyOpen";
    /** Added by helper-proc: the gateway after a deadline timer, and the notices. */
    public static final String GATEWAY_PERIODIC_HOME_AFFAIRS = "Gateway_PeriodicHomeAffairs";
    public static final String GATEWAY_PERIODIC_GOVERNMENT = "Gateway_PeriodicGovernment";
    public static final String TASK_REMIND_HOME_AFFAIRS = "Task_RemindHomeAffairsDeadline";
    public static final String TASK_REMIND_GOVERNMENT = "Task_RemindGovernmentDeadline";
    public static final String TASK_NOTIFY_APPROVED = "Task_NotifyCycleApproved";

    /**
     * Added by helper-proc: the message of {@link #START_REQUESTED}. Camunda allows no none start event
     * beside a timer start event, so a cycle opened by a reviewer (or on demand) starts by this message.
     */
    public static final String MESSAGE_REQUESTED = "reporting-cycle-requested";

    // variables
    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_YEAR = "year";
    public static final String VAR_PERIOD = "period";
    public static final String VAR_TITLE = "cycleTitle";
    /** The unit codes in scope (a list), the multi-instance collection. */
    /** The batch number (0, 1, …) of one launch job: the multi-instance element variable. */
    public static final String VAR_BATCH = "batch";
    public static final String VAR_ALREADY_OPEN = "alreadyOpen";
    public static final String VAR_HOME_AFFAIRS_REMINDER_AT = "homeAffairsReminderAt";
    public static final String VAR_GOVERNMENT_REMINDER_AT = "governmentReminderAt";
    /** Added by helper-proc: how many units are in scope (a number; the list itself is transient). */
    public static final String VAR_UNIT_COUNT = "unitCount";
    /** Added by helper-proc: true for a periodic cycle (the ministry's own deadlines apply). */
    public static final String VAR_PERIODIC = "periodic";
    /** Added by helper-proc: the ministry's deadlines as people read them (dd/MM/yyyy), for notices. */
    public static final String VAR_HOME_AFFAIRS_DUE = "homeAffairsDue";
    public static final String VAR_GOVERNMENT_DUE = "governmentDue";
    /** Added by helper-proc: the reviewer's note when completing the consolidation step. */
    public static final String VAR_CONSOLIDATION_NOTE = "consolidationNote";

    private ReportingCycleProcess() {
    }
}
