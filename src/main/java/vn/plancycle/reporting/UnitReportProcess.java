package vn.plancycle.reporting;

/**
 * The {@code unit-report} process (processes/unit-report.bpmn): key, the element ids that code and
 * tests use, and its variables. No other class spells these strings.
 */
public final class UnitReportProcess {

    public static final String KEY = "unit-report";

    // elements
    public static final String GATEWAY_CUT_OFF_REACHED = "Gateway_CutOffReached";
    public static final String TIMER_CUT_OFF = "TimerEvent_CutOff";
    public static final String TASK_PREFILL = "Task_PrefillReport";
    public static final String TASK_NOTIFY_OPENED = "Task_NotifyReportOpened";
    public static final String SUBPROCESS_REPORT = "SubProcess_Report";
    /** Staff write (or revise) the report and send it to the head. */
    public static final String TASK_WRITE = "Task_WriteReport";
    /** The head signs (approved) or returns (returned) — a decision task. */
    public static final String TASK_SIGN = "Task_SignReport";
    public static final String TASK_RECORD_HEAD_RETURN = "Task_RecordHeadReturn";
    public static final String TASK_RECORD_SUBMITTED = "Task_RecordSubmitted";
    public static final String TASK_NOTIFY_REVIEWERS = "Task_NotifyReviewers";
    /** The ministry's reviewers accept (accepted) or return (returned) — a decision task. */
    public static final String TASK_REVIEW = "Task_ReviewReport";
    public static final String TASK_RECORD_REVIEW_RETURN = "Task_RecordReviewReturn";
    public static final String TASK_SCORE_RETURN = "Task_ScoreReportReturned";
    public static final String TASK_ESCALATE_RETURNS = "Task_EscalateReturnedReport";
    public static final String TASK_NOTIFY_RETURNED = "Task_NotifyReportReturned";
    public static final String TIMER_FIRST_REMINDER = "BoundaryEvent_FirstReminderDue";
    public static final String TIMER_LAST_REMINDER = "BoundaryEvent_LastReminderDue";
    public static final String TASK_REMIND_FIRST = "Task_RemindUnitFirst";
    public static final String TASK_REMIND_LAST = "Task_RemindUnitLast";
    public static final String TIMER_LATE = "BoundaryEvent_DueDatePassed";
    public static final String TASK_RECORD_LATE = "Task_RecordLate";
    public static final String TASK_SCORE_LATE = "Task_ScoreReportLate";
    public static final String TASK_NOTIFY_LATE = "Task_NotifyLate";
    public static final String TIMER_ESCALATION = "BoundaryEvent_StillMissing";
    public static final String TASK_ESCALATE_MISSING = "Task_EscalateMissingReport";
    /** Added by helper-proc: marks the report escalated before the notice to the leaders. */
    public static final String TASK_RECORD_ESCALATED = "Task_RecordEscalated";
    public static final String TASK_RECORD_ACCEPTED = "Task_RecordAccepted";
    public static final String TASK_SCORE_REPORT = "Task_ScoreReport";
    public static final String TASK_NOTIFY_ACCEPTED = "Task_NotifyAccepted";
    public static final String END_ACCEPTED = "EndEvent_ReportAccepted";
    /** Tells the cycle when this was the last of its reports to be accepted. */
    public static final String TASK_TELL_CYCLE = "Task_TellCycleReportAccepted";

    // variables
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_YEAR = "year";
    public static final String VAR_PERIOD = "period";
    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_CYCLE_TITLE = "cycleTitle";
    /** ISO date-time: the end of the cut-off day, when the figures may be frozen. */
    public static final String VAR_CUT_OFF_AT = "cutOffAt";
    /** The due date as people read it (dd/MM/yyyy), for notifications. */
    public static final String VAR_DUE_DATE = "dueDate";
    public static final String VAR_FIRST_REMINDER_AT = "firstReminderAt";
    public static final String VAR_LAST_REMINDER_AT = "lastReminderAt";
    public static final String VAR_LATE_AT = "lateAt";
    /** The due date as an ISO date-time (end of the day): the write and sign tasks' due date in Tasklist. */
    public static final String VAR_DUE_AT = "dueAt";
    public static final String VAR_ESCALATION_AT = "escalationAt";
    public static final String VAR_RETURN_COUNT = "returnCount";
    public static final String VAR_RETURN_COMMENT = "returnComment";
    public static final String VAR_LATE = "late";

    private UnitReportProcess() {
    }
}
