package vn.plancycle.notification;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The in-app inbox page: {@code GET /inbox}, mark one or all read. */
@Controller
public class InboxController {

    private final InboxService inbox;
    private final MessageSource messages;

    public InboxController(InboxService inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @GetMapping("/inbox")
    public String list(Model model) {
        model.addAttribute("messages", inbox.myMessages());
        return "notification/inbox";
    }

    @PostMapping("/inbox/{id}/read")
    public String markRead(@PathVariable long id, RedirectAttributes redirect) {
        if (!inbox.markRead(id)) {
            redirect.addFlashAttribute("error", text("inbox.notYours"));
        }
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/read-all")
    public String markAllRead(RedirectAttributes redirect) {
        inbox.markAllRead();
        redirect.addFlashAttribute("message", text("inbox.allRead"));
        return "redirect:/inbox";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
