package vn.plancycle.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a notification: one inbox message per person (in the caller's transaction) and one e-mail per
 * person who has an address, each at most once per process step. An SMTP failure is thrown on, so
 * the step's job fails and the engine retries it; mails already sent are not sent again.
 */
@Service
public class NotificationService {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RecipientResolver recipients;
    private final NotificationTemplates templates;
    private final InboxRepository inbox;
    private final MailDeliveryLog deliveries;
    private final JavaMailSender mailSender;
    private final NotificationSettings settings;
    private final JdbcTemplate jdbc;

    public NotificationService(RecipientResolver recipients, NotificationTemplates templates, InboxRepository inbox,
            MailDeliveryLog deliveries, JavaMailSender mailSender, NotificationSettings settings, JdbcTemplate jdbc) {
        this.recipients = recipients;
        this.templates = templates;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.mailSender = mailSender;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** Returns the people notified (whether now or by an earlier attempt of the same step). */
    @Transactional
    public List<Recipient> send(NotificationRequest request) {
        List<Recipient> people = recipients.resolve(request.recipients());
        if (people.isEmpty()) {
            LOG.warn("notification {} ({}) reaches nobody: '{}'", request.template(), request.idempotencyKey(),
                    request.recipients());
        }
        RenderedMessage message = templates.render(request.template(), placeholderValues(request.values()));
        if (request.channel().inbox()) {
            for (Recipient person : people) {
                inbox.insertIfAbsent(request.idempotencyKey(), person.userId(), request.template(), message);
            }
        }
        if (request.channel().email() && settings.isMailEnabled()) {
            for (Recipient person : people) {
                if (person.hasEmail() && !deliveries.delivered(request.idempotencyKey(), person.userId())) {
                    mail(person, message);
                    deliveries.record(request.idempotencyKey(), person.userId(), person.email());
                }
            }
        }
        return people;
    }

    private void mail(Recipient person, RenderedMessage message) {
        try {
            MimeMessage mime = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.getFrom());
            helper.setTo(person.email());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            mailSender.send(mime);
            LOG.info("notification mailed to {}", person.userId());
        } catch (MessagingException | MailException e) {
            // thrown on: the job fails, the engine retries it later (an incident when retries run out)
            throw new NotificationFailedException("e-mail to " + person.userId() + " failed: " + e.getMessage(), e);
        }
    }

    /** The process values as text, plus {@code unitName} (from the unit table) and {@code baseUrl}. */
    Map<String, String> placeholderValues(Map<String, Object> variables) {
        Map<String, String> values = new HashMap<>();
        variables.forEach((name, value) -> {
            if (value != null) {
                values.put(name, text(value));
            }
        });
        String baseUrl = settings.getBaseUrl().replaceAll("/+$", "");
        values.put("baseUrl", baseUrl);
        String unitCode = values.get("unitCode");
        if (unitCode != null && !values.containsKey("unitName")) {
            String name = unitName(unitCode);
            if (name != null) {
                values.put("unitName", name);
            }
        }
        return values;
    }

    private String unitName(String unitCode) {
        try {
            return jdbc.queryForObject("SELECT name FROM unit WHERE code = ?", String.class, unitCode);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(i -> "- " + i).collect(Collectors.joining("\n"));
        }
        if (value instanceof Date date) {
            return VN_DATE.format(date.toInstant().atZone(ZoneId.systemDefault()));
        }
        if (value instanceof LocalDate date) {
            return VN_DATE.format(date);
        }
        return value.toString();
    }
}
