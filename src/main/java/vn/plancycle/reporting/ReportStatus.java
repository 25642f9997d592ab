package vn.plancycle.reporting;

/**
 * Where a unit's report stands (the reviewer's consolidation page shows these): opened and pre-filled
 * but untouched; being drafted by staff; waiting for the head's signature; signed and submitted to the
 * ministry; returned (by the head or the reviewers) for rework; accepted by the reviewers. Lateness is
 * a flag beside the status ({@link UnitReport#isLate()}), not a status.
 */
public enum ReportStatus {
    NOT_STARTED, DRAFTING, WAITING_HEAD, SUBMITTED, RETURNED, ACCEPTED;

    /** Not (yet again) in the ministry's hands: what reminders, lateness and escalation look at. */
    public boolean isMissing() {
        return this != SUBMITTED && this != ACCEPTED;
    }

    /** Staff may still edit the narrative and the files. */
    public boolean isEditable() {
        return this == NOT_STARTED || this == DRAFTING || this == RETURNED;
    }

    public String messageKey() {
        return "reporting.status." + name();
    }
}
