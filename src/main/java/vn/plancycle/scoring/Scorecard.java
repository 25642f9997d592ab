package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's scorecard of a year, computed from its score entries alone (DOMAIN §4): the general criteria
 * ({@code generalPoints} of {@code generalWeight}, 30 by default: the configured items plus any other
 * criterion a process records), the task results (70), the appraisal's adjustment, the total (kept between 0
 * and {@code maxTotal}), the plan completion percent and the class the total earns before the cap on
 * excellent units ({@link ClassificationRule} applies it across units).
 */
public record Scorecard(String unitCode, int year, List<ScoreItem> general, List<ScoreItem> others,
        BigDecimal generalWeight, BigDecimal generalPoints, TaskResults tasks, ScoreItem adjustment,
        BigDecimal total, BigDecimal maxTotal, BigDecimal completionPercent, Classification classification) {

    /** The item of the given key (general, other criterion or the adjustment), or null. */
    public ScoreItem item(String key) {
        if (adjustment.key().equals(key)) {
            return adjustment;
        }
        return java.util.stream.Stream.concat(general.stream(), others.stream()).filter(i -> i.key().equals(key))
                .findFirst().orElse(null);
    }
}
