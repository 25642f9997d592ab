package vn.plancycle.scoring;

import java.math.BigDecimal;

/** A score a process step records: for whom and what, how much, why, by whom, at which step. */
public record NewScore(String unitCode, int year, String criterion, BigDecimal points, BigDecimal maxPoints,
        Subject subject, String reason, String recordedBy, String processInstanceId, String activityId,
        String activityInstanceId, String idempotencyKey) {
}
