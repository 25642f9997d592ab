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
}
