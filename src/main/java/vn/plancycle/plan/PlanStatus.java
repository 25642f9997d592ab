package vn.plancycle.plan;

/** Where a unit's yearly plan stands. Only a draft or a returned plan may be edited. */
public enum PlanStatus {
    /** Being drafted by the unit's staff. */
    DRAFT,
    /** Sent to the head, waiting for approval. */
    SUBMITTED,
    /** Returned by the head with comments; being reworked. */
    RETURNED,
    /** Approved by the head (publication follows in the same step). */
    APPROVED,
    /** Approved and public ("công khai, minh bạch"). */
    PUBLISHED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "plan.status." + name();
    }
}
