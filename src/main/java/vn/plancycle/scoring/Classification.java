package vn.plancycle.scoring;

/**
 * A unit's class of the year (DOMAIN §4), best first. Labels: {@code classification.<NAME>} in
 * {@code messages/scoring}. The bounds are {@code plancycle.scoring.classification.*}.
 */
public enum Classification {

    EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

    public String messageKey() {
        return "classification." + name();
    }

    /** Good or better: the units among which at most a share may be excellent. */
    public boolean isGoodOrBetter() {
        return this == EXCELLENT || this == GOOD;
    }

    /** The class a score earns by the bounds alone, before the cap on excellent units. */
    public static Classification of(java.math.BigDecimal score, ScoringSettings.Classes bounds) {
        if (score.compareTo(bounds.getExcellentFrom()) >= 0) {
            return EXCELLENT;
        }
        if (score.compareTo(bounds.getGoodFrom()) >= 0) {
            return GOOD;
        }
        if (score.compareTo(bounds.getCompletedFrom()) >= 0) {
            return COMPLETED;
        }
        return NOT_COMPLETED;
    }
}
