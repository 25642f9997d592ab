package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Classification with the cap of DOMAIN §4, in one place. Each score (rounded to 2 decimals) earns its class
 * by the bounds (excellent ≥ 90, good 70–&lt;90, completed 50–&lt;70, not completed &lt; 50). Let N be the
 * number of units whose scores are good or better: at most ⌊N × 20 %⌋ of them may be excellent (rounded down,
 * so that the cap is never exceeded; fewer than 5 such units leave no room for an excellent one).
 * <p>
 * When more units score excellent than the cap allows, they are ranked by score, highest first; the first
 * {@code cap} stay excellent and the others are rated good. <b>Tie rule:</b> units with equal scores are
 * rated alike — if the unit at the edge of the cap has the same score as the first unit over it, all units
 * with that score fall back to good, so the cap is never exceeded and nobody is preferred over an equal
 * (fallback {@code TIED_AT_CAP}). A unit that falls back stays good: N does not change.
 */
@Component
public class ClassificationRule {

    private final ScoringSettings settings;

    public ClassificationRule(ScoringSettings settings) {
        this.settings = settings;
    }

    /** The classes of the units whose scores are given (unit code → score). */
    public ClassificationOutcome classify(Map<String, BigDecimal> scores) {
        ScoringSettings.Classes bounds = settings.getClassification();
        Map<String, BigDecimal> rounded = new HashMap<>();
        scores.forEach((unit, score) -> rounded.put(unit, score.setScale(2, RoundingMode.HALF_UP)));
        int goodOrBetter = (int) rounded.values().stream()
                .filter(s -> Classification.of(s, bounds).isGoodOrBetter()).count();
        int cap = BigDecimal.valueOf(goodOrBetter).multiply(bounds.getExcellentCapShare())
                .setScale(0, RoundingMode.FLOOR).intValueExact();
        List<Map.Entry<String, BigDecimal>> excellent = rounded.entrySet().stream()
                .filter(e -> Classification.of(e.getValue(), bounds) == Classification.EXCELLENT)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        BigDecimal firstOver = excellent.size() > cap ? excellent.get(cap).getValue() : null;
        BigDecimal cutScore = null;
        Map<String, ClassifiedUnit> byUnit = new HashMap<>();
        for (int i = 0; i < excellent.size(); i++) {
            Map.Entry<String, BigDecimal> e = excellent.get(i);
            ClassifiedUnit.FallBack fallBack = null;
            if (firstOver != null && e.getValue().compareTo(firstOver) <= 0) {
                fallBack = i < cap ? ClassifiedUnit.FallBack.TIED_AT_CAP : ClassifiedUnit.FallBack.OVER_CAP;
            } else {
                cutScore = e.getValue();
            }
            byUnit.put(e.getKey(), new ClassifiedUnit(e.getKey(), e.getValue(), Classification.EXCELLENT,
                    fallBack == null ? Classification.EXCELLENT : Classification.GOOD, i + 1, fallBack));
        }
        List<ClassifiedUnit> units = new ArrayList<>();
        rounded.forEach((unit, score) -> units.add(byUnit.computeIfAbsent(unit,
                u -> new ClassifiedUnit(u, score, Classification.of(score, bounds), Classification.of(score, bounds), 0,
                        null))));
        units.sort(Comparator.comparing(ClassifiedUnit::score).reversed().thenComparing(ClassifiedUnit::unitCode));
        return new ClassificationOutcome(List.copyOf(units), goodOrBetter, cap, excellent.size(),
                bounds.getExcellentCapShare(), firstOver == null ? null : cutScore);
    }
}
