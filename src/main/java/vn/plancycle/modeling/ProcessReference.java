package vn.plancycle.modeling;

import java.util.Date;
import java.util.List;

/**
 * What one deployed process does, read from its latest version's model: every step with who does it, the timers,
 * the notifications and the score entries, and how many running instances wait where (what a change would touch).
 */
public record ProcessReference(Summary summary, String documentation, List<Step> steps, List<Timer> timers,
        List<Notification> notifications, List<Score> scores) {

    /** A process key: its latest version and the instances still running on it and on older versions. */
    public record Summary(String key, String name, int version, String definitionId, Date deployedAt,
            String resourceName, int versions, long runningOnLatest, long runningOnOlder, long historyTimeToLiveDays,
            int userSteps, int automaticSteps) {

        public long running() {
            return runningOnLatest + runningOnOlder;
        }
    }

    /**
     * One flow node. {@code kind} is the BPMN type (UserTask, ServiceTask, ExclusiveGateway …), {@code who} the people
     * of a user task, {@code performs} the bean or class an automatic step or listener calls, {@code waiting} the
     * running instances (all versions) that are in this step now.
     */
    public record Step(String id, String name, String kind, String inside, List<String> who, String form,
            List<String> performs, boolean retried, String retryCycle, long waiting) {
    }

    /** A timer: on which event, attached to which step, interrupting or not, and when it fires. */
    public record Timer(String id, String name, String kind, String attachedTo, boolean interrupting, String type,
            String expression, String resolved) {
    }

    /** A notification step: the template, its subject, to whom. */
    public record Notification(String stepId, String stepName, String template, String subject,
            List<String> recipients) {
    }

    /** A score step: the criterion (with its label) and the rule that computes the points. */
    public record Score(String stepId, String stepName, String criterion, String criterionLabel, String rule,
            String subject) {
    }
}
