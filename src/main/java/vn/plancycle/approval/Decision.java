package vn.plancycle.approval;

import java.util.Set;

/**
 * The decision on an approval or review task (DESIGN.md): variables {@code decision} —
 * {@code approved} / {@code returned} for heads and leaders, {@code accepted} / {@code returned}
 * for reviewers — and {@code comment}, required when returning. The rule lives here only.
 */
public final class Decision {

    public static final String VAR_DECISION = "decision";
    public static final String VAR_COMMENT = "comment";
    public static final String VAR_DECIDED_BY = "decidedBy";

    public static final String APPROVED = "approved";
    public static final String ACCEPTED = "accepted";
    public static final String RETURNED = "returned";

    public static final Set<String> ALL = Set.of(APPROVED, ACCEPTED, RETURNED);

    public static final int MAX_COMMENT = 2000;

    private Decision() {
    }

    /** The message key of what is wrong with the decision, or null when it is acceptable. */
    public static String problem(Object decision, Object comment) {
        if (!(decision instanceof String d) || !ALL.contains(d)) {
            return "approval.decision.required";
        }
        String text = comment instanceof String c ? c.strip() : "";
        if (RETURNED.equals(d) && text.isEmpty()) {
            return "approval.comment.required";
        }
        if (text.length() > MAX_COMMENT) {
            return "approval.comment.tooLong";
        }
        return null;
    }
}
