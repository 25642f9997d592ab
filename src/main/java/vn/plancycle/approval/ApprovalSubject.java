package vn.plancycle.approval;

import org.springframework.ui.Model;

/**
 * What a waiting approval is about (a plan, a report, ...), shown on the approval page. Each
 * feature contributes one bean for its own process; the page stays ignorant of plans and reports.
 */
public interface ApprovalSubject {

    boolean supports(String processKey);

    /**
     * Adds what the fragment needs to the model and returns the Thymeleaf template whose fragment
     * {@code approval-subject} renders it, e.g. {@code "plan/fragments"}; null when there is nothing to show.
     */
    String describe(ApprovalItem item, Model model);

    /**
     * The decision that says yes on this task and its button's label (returning is always "Trả lại"):
     * by default {@code approved}, "Phê duyệt"; a reviewer's review says {@code accepted}, a head's
     * signature "Ký, gửi Bộ".
     */
    default Choice yes(ApprovalItem item) {
        return Choice.APPROVE;
    }

    /** The value of the {@code decision} variable and the message key of its button. */
    record Choice(String decision, String labelKey) {

        public static final Choice APPROVE = new Choice(Decision.APPROVED, "approval.approve");
    }
}
