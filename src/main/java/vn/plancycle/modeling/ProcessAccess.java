package vn.plancycle.modeling;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;

/** Who may read the process reference: process owners, the ministry's reviewers and leaders, administrators. */
@Component
class ProcessAccess {

    private final CurrentUserService currentUser;

    ProcessAccess(CurrentUserService currentUser) {
        this.currentUser = currentUser;
    }

    CurrentUser requireReader() {
        CurrentUser user = currentUser.current();
        if (!(user.isProcessOwner() || user.isReviewer() || user.isLeader() || user.isAdmin())) {
            throw new AccessDeniedException("process reference: " + user.username());
        }
        return user;
    }
}
