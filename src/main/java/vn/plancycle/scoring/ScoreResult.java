package vn.plancycle.scoring;

import java.math.BigDecimal;

/** What a rule decided: the points, the maximum they are out of (null if none), and why (Vietnamese). */
public record ScoreResult(BigDecimal points, BigDecimal maxPoints, String reason) {
}
