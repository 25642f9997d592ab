package vn.plancycle.approval;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;

/** {@code /approvals}: the phone-sized page where heads and leaders decide. */
@Controller
public class ApprovalController {

    private final ApprovalService approvals;
    private final CurrentUserService currentUser;
    private final List<ApprovalSubject> subjects;
    private final MessageSource messages;

    public ApprovalController(ApprovalService approvals, CurrentUserService currentUser,
            List<ApprovalSubject> subjects, MessageSource messages) {
        this.approvals = approvals;
        this.currentUser = currentUser;
        this.subjects = subjects;
        this.messages = messages;
    }

    @GetMapping("/approvals")
    public String list(Model model) {
        model.addAttribute("items", approvals.waitingFor(currentUser.current()));
        return "approval/list";
    }

    @GetMapping("/approvals/{taskId}")
    public String show(@PathVariable String taskId, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUser.current();
        Optional<ApprovalItem> item = approvals.find(user, taskId);
        if (item.isEmpty()) {
            redirect.addFlashAttribute("error", text("approval.gone"));
            return "redirect:/approvals";
        }
        model.addAttribute("item", item.get());
        model.addAttribute("comment", "");
        describe(item.get(), model);
        return "approval/show";
    }

    @PostMapping("/approvals/{taskId}")
    public String decide(@PathVariable String taskId, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUser.current();
        Optional<ApprovalItem> item = approvals.find(user, taskId);
        if (item.isEmpty()) {
            redirect.addFlashAttribute("error", text("approval.gone"));
            return "redirect:/approvals";
        }
        try {
            if (!approvals.decide(user, taskId, decision, comment)) {
                redirect.addFlashAttribute("error", text("approval.gone"));
                return "redirect:/approvals";
            }
        } catch (InvalidDecisionException e) {
            model.addAttribute("item", item.get());
            model.addAttribute("comment", comment == null ? "" : comment);
            model.addAttribute("decisionError", text(e.messageKey()));
            describe(item.get(), model);
            return "approval/show";
        }
        String what = item.get().businessKey() != null ? item.get().businessKey() : item.get().taskName();
        redirect.addFlashAttribute("message", messages.getMessage(
                Decision.RETURNED.equals(decision) ? "approval.returned" : "approval.approved",
                new Object[] {what}, LocaleContextHolder.getLocale()));
        return "redirect:/approvals";
    }

    /** What the decision is about (the subject's fragment) and the button that says yes here. */
    private void describe(ApprovalItem item, Model model) {
        Optional<ApprovalSubject> subject = subjects.stream().filter(s -> s.supports(item.processKey())).findFirst();
        subject.ifPresent(s -> model.addAttribute("subjectTemplate", s.describe(item, model)));
        model.addAttribute("yes", subject.map(s -> s.yes(item)).orElse(ApprovalSubject.Choice.APPROVE));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
