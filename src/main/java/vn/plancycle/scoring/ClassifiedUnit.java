package vn.plancycle.scoring;

import java.math.BigDecimal;

/**
 * One unit's class after the cap: {@code base} is what its score earns by the bounds alone, {@code result}
 * the class it gets. {@code fallBack} says why an excellent score was rated good (null when it was not);
 * {@code rank} is its place among the excellent scores (1 = highest, 0 when it has none).
 */
public record ClassifiedUnit(String unitCode, BigDecimal score, Classification base, Classification result,
        int rank, FallBack fallBack) {

    public enum FallBack {
        /** ranked below the units that fill the cap */
        OVER_CAP,
        /** equal in score to the first unit over the cap: equal scores are rated alike, so it falls back too */
        TIED_AT_CAP;

        /** The message that says why, with {@link ClassificationOutcome#fallBackArguments}. */
        public String messageKey() {
            return "scorecard.fallBack." + name();
        }
    }
}
