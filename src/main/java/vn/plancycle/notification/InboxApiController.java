package vn.plancycle.notification;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.plancycle.web.ApiException;

/** The inbox for scripts: {@code GET /api/inbox}, {@code POST /api/inbox/{id}/read}. */
@RestController
@RequestMapping("/api/inbox")
public class InboxApiController {

    private final InboxService inbox;

    public InboxApiController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    public Map<String, Object> list() {
        List<InboxMessage> messages = inbox.myMessages();
        return Map.of("unreadCount", inbox.myUnreadCount(), "messages", messages);
    }

    @PostMapping("/{id}/read")
    public ResponseEntity<Void> markRead(@PathVariable long id) {
        if (!inbox.markRead(id)) {
            throw ApiException.notFound("inbox.notYours");
        }
        return ResponseEntity.noContent().build();
    }
}
