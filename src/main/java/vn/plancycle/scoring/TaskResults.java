package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The task results of a scorecard (DOMAIN §4, {@code task-points}, 70 by default): {@code quantity} is the
 * share of the task points of the accepted tasks (the maximum points of their {@code task-result} entries),
 * {@code timeliness} the delays deducted from them (≤ 0), {@code quality} the returns for rework (≤ 0);
 * {@code points} their sum, kept between 0 and the weight.
 */
public record TaskResults(BigDecimal weight, BigDecimal quantity, BigDecimal timeliness, BigDecimal quality,
        BigDecimal points, int acceptedTasks, int entries, List<String> criteria) {
}
