package vn.plancycle.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Turns {@code "staff-vp, group:unit-vp-head"} into the people it names: user ids as they are,
 * {@code group:} entries as the group's Camunda members; each person once, in order.
 */
@Component
public class RecipientResolver {

    static final String GROUP_PREFIX = "group:";

    private final IdentityService identityService;

    public RecipientResolver(IdentityService identityService) {
        this.identityService = identityService;
    }

    public List<Recipient> resolve(String recipients) {
        if (recipients == null || recipients.isBlank()) {
            throw new IllegalArgumentException("notification without recipients");
        }
        Map<String, Recipient> people = new LinkedHashMap<>();
        for (String entry : recipients.split(",")) {
            String id = entry.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (id.startsWith(GROUP_PREFIX)) {
                String group = id.substring(GROUP_PREFIX.length()).strip();
                for (User user : identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
                    people.putIfAbsent(user.getId(), new Recipient(user.getId(), user.getEmail()));
                }
            } else if (!people.containsKey(id)) {
                User user = identityService.createUserQuery().userId(id).singleResult();
                people.put(id, new Recipient(id, user == null ? null : user.getEmail()));
            }
        }
        return new ArrayList<>(people.values());
    }
}
