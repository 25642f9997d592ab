package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a scorecard: {@code points} of {@code weight} (no weight: an unconfigured criterion, added as
 * it is), computed from {@code earned} of {@code possible} (points and maximum points of its entries; for the
 * plan completion item the completion percent of 100), over {@code entries} entries of {@code criteria}.
 * Label: {@code scorecard.item.<key>}, or the criterion itself.
 */
public record ScoreItem(String key, ScoringSettings.Basis basis, BigDecimal weight, BigDecimal points,
        BigDecimal earned, BigDecimal possible, int entries, List<String> criteria) {

    /** True when no entry has been recorded for it yet. */
    public boolean isEmpty() {
        return entries == 0;
    }
}
