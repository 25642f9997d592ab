package vn.plancycle.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the logged-in person's number of unread inbox messages ({@code unreadCount}) for the bell. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class InboxModelAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(InboxModelAdvice.class);

    private final InboxService inbox;

    public InboxModelAdvice(InboxService inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadCount")
    public Long unreadCount() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return inbox.myUnreadCount();
        } catch (RuntimeException e) {
            // the bell must never break a page
            LOG.warn("unread count unavailable: {}", e.toString());
            return 0L;
        }
    }
}
