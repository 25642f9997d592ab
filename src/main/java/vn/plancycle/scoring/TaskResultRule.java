package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * {@code task-result} (DOMAIN §4, per task), scored when the head accepts a task. The task's points
 * are {@code task-points} (default 70) divided by the number of tasks of its plan (variable
 * {@code taskCount}). Quantity: an accepted task earns its points; timeliness: minus the delay share
 * (default 25 %) when it was delivered after its current deadline (variable {@code deliveredLate};
 * a granted extension moved that deadline, so an excused delay costs nothing). Quality deductions
 * (each return) are separate entries, rule {@code task-returned}, recorded when the head returns it.
 */
@Component
public class TaskResultRule implements ScoreRule {

    public static final String NAME = "task-result";
    static final String VAR_TASK_COUNT = "taskCount";
    static final String VAR_DELIVERED_LATE = "deliveredLate";

    private final ScoringSettings settings;

    public TaskResultRule(ScoringSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult evaluate(ScoreContext context) {
        BigDecimal max = settings.pointsPerTask(TaskReturnedRule.taskCount(context));
        boolean late = Boolean.TRUE.equals(context.variable(VAR_DELIVERED_LATE))
                || "true".equals(String.valueOf(context.variable(VAR_DELIVERED_LATE)));
        BigDecimal deduction = late ? max.multiply(settings.getTaskDelayDeduction()) : BigDecimal.ZERO;
        BigDecimal points = max.subtract(deduction).max(BigDecimal.ZERO);
        String reason = late
                ? "Nhiệm vụ %s hoàn thành, được nghiệm thu nhưng chậm so với thời hạn: %s − %s (%s %%) = %s điểm."
                        .formatted(context.subject().id(), Points.text(max), Points.text(deduction),
                                Points.percent(settings.getTaskDelayDeduction()), Points.text(points))
                : "Nhiệm vụ %s hoàn thành đúng hạn, được nghiệm thu: %s/%s điểm.".formatted(context.subject().id(),
                        Points.text(points), Points.text(max));
        return new ScoreResult(points, max.setScale(2, RoundingMode.HALF_UP), reason);
    }
}
