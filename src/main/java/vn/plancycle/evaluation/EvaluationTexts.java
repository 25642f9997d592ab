package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as people read them in the evaluation's texts: "2.5", "90", "-1.25". */
final class EvaluationTexts {

    private EvaluationTexts() {
    }

    /** The Vietnamese label of a class (for notices, which are in Vietnamese). */
    static String label(vn.plancycle.scoring.Classification c) {
        if (c == null) {
            return "—";
        }
        return switch (c) {
            case EXCELLENT -> "Hoàn thành xuất sắc nhiệm vụ";
            case GOOD -> "Hoàn thành tốt nhiệm vụ";
            case COMPLETED -> "Hoàn thành nhiệm vụ";
            case NOT_COMPLETED -> "Không hoàn thành nhiệm vụ";
        };
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
