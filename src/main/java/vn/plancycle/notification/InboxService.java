package vn.plancycle.notification;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.security.CurrentUserService;

/** The logged-in person's inbox: their messages only. */
@Service
public class InboxService {

    static final int PAGE_SIZE = 200;

    private final InboxRepository inbox;
    private final CurrentUserService currentUser;

    public InboxService(InboxRepository inbox, CurrentUserService currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<InboxMessage> myMessages() {
        return inbox.findByRecipient(me(), PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public long myUnreadCount() {
        return inbox.countUnread(me());
    }

    /** False when the message is not the current user's. */
    @Transactional
    public boolean markRead(long id) {
        return inbox.markRead(id, me());
    }

    @Transactional
    public int markAllRead() {
        return inbox.markAllRead(me());
    }

    private String me() {
        return currentUser.current().username();
    }
}
