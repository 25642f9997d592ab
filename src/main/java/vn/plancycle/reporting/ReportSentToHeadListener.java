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
import vn.plancycle.web.ApiException;

/**
 * On completing "Viết báo cáo" (Tasklist form, REST or the app): the narrative sections the form sent
 * ({@code results}, {@code shortcomings}, {@code nextTasks}, {@code proposals}) go to the report's row and
 * leave the process; an incomplete report is refused (nothing changes); the report waits for the head.
 */
@Component("reportSentToHeadListener")
public class ReportSentToHeadListener implements TaskListener {

    static final String VAR_RESULTS = "results";
    static final String VAR_SHORTCOMINGS = "shortcomings";
    static final String VAR_NEXT_TASKS = "nextTasks";
    static final String VAR_PROPOSALS = "proposals";
    private static final String[] SECTIONS = {VAR_RESULTS, VAR_SHORTCOMINGS, VAR_NEXT_TASKS, VAR_PROPOSALS};

    private final ReportSteps steps;
    private final IdentityService identityService;
    private final MessageSource messages;

    public ReportSentToHeadListener(ReportSteps steps, IdentityService identityService, MessageSource messages) {
        this.steps = steps;
        this.identityService = identityService;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = StepActor.id(task, UnitReportProcess.VAR_REPORT_ID);
        boolean sent = false;
        for (String name : SECTIONS) {
            sent |= task.hasVariable(name);
        }
        ReportSections sections = sent ? new ReportSections(text(task, VAR_RESULTS),
                text(task, VAR_SHORTCOMINGS), text(task, VAR_NEXT_TASKS), text(task, VAR_PROPOSALS)) : null;
        try {
            steps.sendToHead(reportId, sections, StepActor.current(identityService, task.getAssignee()));
        } catch (ApiException e) {
            Locale locale = LocaleContextHolder.getLocaleContext() != null ? LocaleContextHolder.getLocale()
                    : WebConfig.VIETNAMESE;
            throw new BadUserRequestException(messages.getMessage(e.messageKey(), e.args(), locale));
        }
        for (String name : SECTIONS) {
            task.getExecution().removeVariable(name);
            task.removeVariable(name);
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
