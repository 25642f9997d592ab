package vn.plancycle.notification;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code mail_delivery} table: which e-mails a step has already handed to the SMTP server.
 * A delivery is recorded in its own transaction, committed at once, so that it survives the
 * rollback of a job that fails later (the next recipient's SMTP error): the retry skips it.
 */
@Repository
public class MailDeliveryLog {

    private final JdbcTemplate jdbc;

    public MailDeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean delivered(String idempotencyKey, String recipient) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM mail_delivery WHERE idempotency_key = ? AND recipient = ?",
                Integer.class, idempotencyKey, recipient);
        return n != null && n > 0;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String idempotencyKey, String recipient, String email) {
        jdbc.update("INSERT INTO mail_delivery (idempotency_key, recipient, email, sent_at) VALUES (?, ?, ?, ?)",
                idempotencyKey, recipient, email, LocalDateTime.now());
    }
}
