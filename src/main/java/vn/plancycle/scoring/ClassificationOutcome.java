package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The classes of a set of units (the ministry's units of a year): each unit's class, the number rated good
 * or better by their scores ({@code goodOrBetter}), how many of them may be excellent ({@code excellentCap}
 * = ⌊goodOrBetter × capShare⌋), how many scored excellent ({@code excellentScores}), and the lowest score
 * that stayed excellent ({@code cutScore}; null when no unit fell back, or when none stayed excellent).
 */
public record ClassificationOutcome(List<ClassifiedUnit> units, int goodOrBetter, int excellentCap,
        int excellentScores, BigDecimal capShare, BigDecimal cutScore) {

    public Optional<ClassifiedUnit> unit(String unitCode) {
        return units.stream().filter(u -> u.unitCode().equals(unitCode)).findFirst();
    }

    public List<ClassifiedUnit> fallBacks() {
        return units.stream().filter(u -> u.fallBack() != null).toList();
    }

    /**
     * The arguments of the message {@code scorecard.fallBack.<OVER_CAP|TIED_AT_CAP>} that says why a unit fell
     * back: {0} its score, {1} its rank, {2} the cap, {3} the cap in percent, {4} the units good or better.
     */
    public Object[] fallBackArguments(ClassifiedUnit unit) {
        return new Object[] {Points.text(unit.score()), String.valueOf(unit.rank()), String.valueOf(excellentCap),
            Points.percent(capShare), String.valueOf(goodOrBetter)};
    }
}
