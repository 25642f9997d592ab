package vn.plancycle.evaluation;

/** Where a unit's evaluation stands; label {@code evaluation.status.<NAME>} in messages/evaluation. */
public enum EvaluationStatus {

    /** the row exists; the scorecard is not frozen yet */
    OPENED,
    /** frozen; the head's self-assessment is awaited (also after the reviewers returned it) */
    WAITING_SELF_ASSESSMENT,
    /** self-assessed (or its deadline passed); the reviewers' appraisal is awaited */
    WAITING_APPRAISAL,
    /** appraised; the ministry-wide classification is awaited */
    APPRAISED,
    /** the final class is published */
    PUBLISHED;

    public String messageKey() {
        return "evaluation.status." + name();
    }
}
