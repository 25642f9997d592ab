package vn.plancycle.approval;

import java.util.Locale;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.plancycle.web.WebConfig;

/**
 * On completing an approval task, from Tasklist, the REST API or {@code /approvals}: refuses a
 * missing decision or a return without a comment (nothing changes) and records who decided. The
 * REST roots answer such a completion with a 400 before it gets here ({@link DecisionGuardFilter}).
 */
@Component("checkDecisionListener")
public class CheckDecisionListener implements TaskListener {

    private final MessageSource messages;
    private final IdentityService identityService;

    public CheckDecisionListener(MessageSource messages, IdentityService identityService) {
        this.messages = messages;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String problem = Decision.problem(task.getVariable(Decision.VAR_DECISION), task.getVariable(Decision.VAR_COMMENT));
        if (problem != null) {
            // the app speaks Vietnamese unless a request chose otherwise (the REST roots check before this)
            Locale locale = LocaleContextHolder.getLocaleContext() != null ? LocaleContextHolder.getLocale()
                    : WebConfig.VIETNAMESE;
            throw new BadUserRequestException(messages.getMessage(problem, null, locale));
        }
        var auth = identityService.getCurrentAuthentication();
        String who = auth != null ? auth.getUserId() : task.getAssignee();
        task.getExecution().setVariable(Decision.VAR_DECIDED_BY, who);
    }
}
