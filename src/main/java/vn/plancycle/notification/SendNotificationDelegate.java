package vn.plancycle.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send a notification" service task ({@code ${sendNotificationDelegate}}, element template
 * {@code send-notification}). Inputs: {@code recipients} ("user, group:g"), {@code template},
 * optional {@code channel} (both, inbox, email). Place it after an async continuation with a
 * retry cycle: a failure is thrown on, retried, and becomes an incident when retries run out.
 */
@Component("sendNotificationDelegate")
public class SendNotificationDelegate implements JavaDelegate {

    public static final String IN_RECIPIENTS = "recipients";
    public static final String IN_TEMPLATE = "template";
    public static final String IN_CHANNEL = "channel";

    private final NotificationService notifications;

    public SendNotificationDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = input(execution, IN_TEMPLATE);
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("input 'template' missing on " + execution.getCurrentActivityId());
        }
        notifications.send(new NotificationRequest(ProcessStep.of(execution).idempotencyKey(),
                input(execution, IN_RECIPIENTS), template, Channel.of(input(execution, IN_CHANNEL)),
                execution.getVariables()));
    }

    private static String input(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        return value == null ? null : value.toString();
    }
}
