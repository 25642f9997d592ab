package vn.plancycle.evaluation;

/**
 * The two evaluation processes: {@code evaluation-round} (processes/evaluation-round.bpmn, the ministry's year,
 * business key {@code EVAL-{YEAR}}) and {@code annual-evaluation} (processes/annual-evaluation.bpmn, one unit's
 * year, {@code EVAL-{UNIT}-{YEAR}}, tenant = unit): keys, element ids and variables. No other class spells them.
 */
public final class EvaluationProcess {

    public static final String ROUND_KEY = "evaluation-round";
    public static final String UNIT_KEY = "annual-evaluation";

    // evaluation-round
    public static final String START_SCHEDULED = "StartEvent_OpeningDay";
    public static final String START_REQUESTED = "StartEvent_Requested";
    public static final String MESSAGE_REQUESTED = "evaluation-round-requested";
    public static final String TASK_OPEN_SCHEDULED = "Task_OpenScheduledRound";
    public static final String GATEWAY_ALREADY_OPEN = "Gateway_AlreadyOpen";
    public static final String END_ALREADY_OPEN = "EndEvent_AlreadyOpen";
    public static final String TASK_START_UNITS = "Task_StartUnitEvaluations";
    public static final String GATEWAY_ALL_APPRAISED = "Gateway_AllAppraised";
    public static final String EVENT_ALL_APPRAISED = "Event_AllAppraised";
    public static final String MESSAGE_ALL_APPRAISED = "evaluation-round-all-appraised";
    public static final String TASK_CONFIRM = "Task_ConfirmClassification";
    public static final String TIMER_CLOSE_NEAR = "BoundaryEvent_CloseDateNear";
    public static final String TASK_REMIND_LEADERS = "Task_RemindLeaders";
    public static final String GATEWAY_LEADERS_APPROVED = "Gateway_LeadersApproved";
    public static final String TASK_REVISE = "Task_ReviseAppraisals";
    public static final String TASK_PUBLISH = "Task_PublishClassification";
    public static final String TASK_NOTIFY_PUBLISHED = "Task_NotifyPublished";
    public static final String END_PUBLISHED = "EndEvent_Published";

    // annual-evaluation
    public static final String TASK_SCORE_LEADERSHIP = "Task_ScoreWorkforceLeadership";
    public static final String TASK_SCORE_TRAINING = "Task_ScoreWorkforceTraining";
    public static final String TASK_SCORE_PUBLISHED = "Task_ScorePlanPublished";
    public static final String TASK_FREEZE = "Task_FreezeScorecard";
    public static final String TASK_NOTIFY_OPENED = "Task_NotifyHeadOpened";
    public static final String TASK_SELF_ASSESS = "Task_SelfAssess";
    public static final String TIMER_SELF_REMINDER = "BoundaryEvent_SelfAssessmentReminder";
    public static final String TASK_REMIND_HEAD = "Task_RemindHead";
    public static final String TIMER_SELF_DEADLINE = "BoundaryEvent_SelfAssessmentDeadline";
    public static final String TASK_RECORD_MISSING = "Task_RecordSelfAssessmentMissing";
    public static final String TASK_NOTIFY_REVIEWERS = "Task_NotifyReviewers";
    public static final String TASK_APPRAISE = "Task_Appraise";
    public static final String GATEWAY_APPRAISAL_ACCEPTED = "Gateway_AppraisalAccepted";
    public static final String TASK_NOTIFY_RETURNED = "Task_NotifyHeadReturned";
    public static final String GATEWAY_ADJUSTED = "Gateway_Adjusted";
    public static final String TASK_SCORE_ADJUSTMENT = "Task_ScoreAdjustment";
    public static final String TASK_RECORD_APPRAISED = "Task_RecordAppraised";
    public static final String TASK_NOTIFY_APPRAISED = "Task_NotifyHeadAppraised";
    public static final String EVENT_PUBLISHED = "Event_ClassificationPublished";
    public static final String MESSAGE_PUBLISHED = "annual-evaluation-published";
    public static final String TASK_NOTIFY_PUBLISHED_HEAD = "Task_NotifyHeadPublished";
    public static final String END_EVALUATED = "EndEvent_Evaluated";

    // variables
    public static final String VAR_YEAR = "year";
    public static final String VAR_ROUND_ID = "roundId";
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_EVALUATION_ID = "evaluationId";
    public static final String VAR_ALREADY_OPEN = "alreadyOpen";
    public static final String VAR_UNIT_COUNT = "unitCount";
    public static final String VAR_LEADERS_REMINDER_AT = "leadersReminderAt";
    public static final String VAR_SELF_REMINDER_AT = "selfAssessmentReminderAt";
    public static final String VAR_SELF_DEADLINE_AT = "selfAssessmentDeadlineAt";
    /** dd/MM/yyyy, for notices */
    public static final String VAR_SELF_DEADLINE = "selfAssessmentDeadline";
    public static final String VAR_PROPOSED_CLASS = "proposedClass";
    public static final String VAR_EXPLANATION = "explanation";
    public static final String VAR_EVIDENCE = "evidence";
    /** The adjustment in points (a string such as "-2.5"; empty or absent = none). */
    public static final String VAR_ADJUSTMENT = "adjustment";
    public static final String VAR_ADJUSTMENT_REASON = "adjustmentReason";
    public static final String VAR_ADJUSTED = "adjusted";
    /** For notices: the frozen total, the appraised score, the final class label. */
    public static final String VAR_FROZEN_TOTAL = "frozenTotal";
    public static final String VAR_APPRAISED_SCORE = "appraisedScore";
    public static final String VAR_FINAL_CLASS = "finalClass";

    private EvaluationProcess() {
    }
}
