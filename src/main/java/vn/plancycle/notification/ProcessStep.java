package vn.plancycle.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The process step a delegate runs in, and its idempotency key
 * {@code processInstanceId:activityId:stepId}: the same step, retried, has the same key.
 * <p>
 * The step id is the activity instance id, except when the step runs from its own asynchronous
 * continuation: the engine enters the activity afresh on every attempt (a new activity instance id
 * each time), so the job's id — which a retry keeps — stands for the step there.
 */
public record ProcessStep(String processInstanceId, String activityId, String activityInstanceId, String stepId) {

    public static ProcessStep of(DelegateExecution execution) {
        String activityId = execution.getCurrentActivityId();
        String stepId = execution.getActivityInstanceId();
        CommandContext commandContext = Context.getCommandContext();
        JobEntity job = commandContext == null ? null : commandContext.getCurrentJob();
        if (job != null && activityId != null && activityId.equals(job.getActivityId())
                && execution.getProcessInstanceId().equals(job.getProcessInstanceId())) {
            stepId = "job-" + job.getId();
        }
        return new ProcessStep(execution.getProcessInstanceId(), activityId, execution.getActivityInstanceId(), stepId);
    }

    public String idempotencyKey() {
        return processInstanceId + ":" + activityId + ":" + stepId;
    }
}
