package vn.plancycle.notification;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code inbox_message} table. Rows join the caller's transaction (the engine's, in a delegate). */
@Repository
public class InboxRepository {

    private static final RowMapper<InboxMessage> ROW = (rs, i) -> new InboxMessage(rs.getLong("id"),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
            rs.getString("template"), rs.getObject("created_at", LocalDateTime.class),
            rs.getObject("read_at", LocalDateTime.class));

    private final JdbcTemplate jdbc;

    public InboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the message unless this step already gave it to this person; true when added. */
    public boolean insertIfAbsent(String idempotencyKey, String recipient, String template, RenderedMessage message) {
        Integer present = jdbc.queryForObject(
                "SELECT count(*) FROM inbox_message WHERE idempotency_key = ? AND recipient = ?",
                Integer.class, idempotencyKey, recipient);
        if (present != null && present > 0) {
            return false;
        }
        jdbc.update("INSERT INTO inbox_message (recipient, subject, body, link, template, idempotency_key, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", recipient, truncate(message.subject(), 500), message.body(),
                truncate(message.link(), 500), template, idempotencyKey, LocalDateTime.now());
        return true;
    }

    /** The person's messages, newest first. */
    public List<InboxMessage> findByRecipient(String recipient, int limit) {
        return jdbc.query("SELECT * FROM inbox_message WHERE recipient = ? ORDER BY created_at DESC, id DESC "
                + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", ROW, recipient);
    }

    public long countUnread(String recipient) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE recipient = ? AND read_at IS NULL",
                Long.class, recipient);
        return n == null ? 0 : n;
    }

    /** Marks one of the person's own messages read; false when it is not theirs (or does not exist). */
    public boolean markRead(long id, String recipient) {
        jdbc.update("UPDATE inbox_message SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL",
                LocalDateTime.now(), id, recipient);
        Integer mine = jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE id = ? AND recipient = ?",
                Integer.class, id, recipient);
        return mine != null && mine > 0;
    }

    public int markAllRead(String recipient) {
        return jdbc.update("UPDATE inbox_message SET read_at = ? WHERE recipient = ? AND read_at IS NULL",
                LocalDateTime.now(), recipient);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
