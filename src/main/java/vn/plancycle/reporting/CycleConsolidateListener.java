package vn.plancycle.reporting;

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
 * On "Tổng hợp báo cáo của các đơn vị": when it is created, the cycle is consolidating; when it is
 * completed, the reviewer's note ({@code consolidationNote}, required, at most {@link ReportingCycle#NOTE_MAX}
 * characters — as the Tasklist form says; otherwise refused and nothing changes) is stored and the cycle waits
 * for the leaders.
 */
@Component("cycleConsolidateListener")
public class CycleConsolidateListener implements TaskListener {

    private final ReportSteps steps;
    private final IdentityService identityService;
    private final MessageSource messages;

    public CycleConsolidateListener(ReportSteps steps, IdentityService identityService, MessageSource messages) {
        this.steps = steps;
        this.identityService = identityService;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = StepActor.id(task, ReportingCycleProcess.VAR_CYCLE_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            steps.collected(cycleId);
            return;
        }
        Object value = task.getVariable(ReportingCycleProcess.VAR_CONSOLIDATION_NOTE);
        String note = value == null ? "" : value.toString().strip();
        if (note.isEmpty()) {
            throw refusal("reporting.error.noteRequired");
        }
        if (note.length() > ReportingCycle.NOTE_MAX) {
            throw refusal("reporting.error.noteTooLong", ReportingCycle.NOTE_MAX);
        }
        steps.consolidated(cycleId, note,
                StepActor.current(identityService, task.getAssignee()));
    }

    private BadUserRequestException refusal(String key, Object... args) {
        // the app speaks Vietnamese unless a request chose otherwise
        Locale locale = LocaleContextHolder.getLocaleContext() != null ? LocaleContextHolder.getLocale()
                : WebConfig.VIETNAMESE;
        return new BadUserRequestException(messages.getMessage(key, args, locale));
    }
}
