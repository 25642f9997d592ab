package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points and percentages as people read them: at most 2 decimals, no trailing zeros ("2.5", "70", "−0.63"). */
public final class Points {

    private Points() {
    }

    /** The value rounded to 2 decimals without trailing zeros; "—" for none. */
    public static String text(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A share (0.25) as a percent ("25"). */
    public static String percent(BigDecimal share) {
        return text(share.multiply(BigDecimal.valueOf(100)));
    }
}
