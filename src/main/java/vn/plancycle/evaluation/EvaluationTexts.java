package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as people read them in the evaluation's texts: "2.5", "90", "-1.25". */
final class EvaluationTexts {

    private EvaluationTexts() {
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
