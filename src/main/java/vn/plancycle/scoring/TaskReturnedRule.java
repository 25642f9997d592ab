package vn.plancycle.scoring;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/**
 * {@code task-returned} (DOMAIN §4, quality): each time the head returns a task's result for rework,
 * minus the return share (default 25 %) of the task's points ({@code task-points / taskCount}).
 */
@Component
public class TaskReturnedRule implements ScoreRule {

    public static final String NAME = "task-returned";

    private final ScoringSettings settings;

    public TaskReturnedRule(ScoringSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult evaluate(ScoreContext context) {
        BigDecimal perTask = settings.pointsPerTask(taskCount(context));
        BigDecimal deduction = perTask.multiply(settings.getTaskReturnDeduction());
        String reason = "Kết quả nhiệm vụ %s bị trả lại để làm lại: trừ %s %% của %s điểm = −%s điểm.".formatted(
                context.subject().id(), Points.percent(settings.getTaskReturnDeduction()), Points.text(perTask), Points.text(deduction));
        return new ScoreResult(deduction.negate(), null, reason);
    }

    static int taskCount(ScoreContext context) {
        Object value = context.variable(TaskResultRule.VAR_TASK_COUNT);
        if (value == null) {
            throw new IllegalArgumentException("process variable 'taskCount' missing (rule needs the plan's task count)");
        }
        return Integer.parseInt(value.toString().strip());
    }
}
