package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One score entry (DOMAIN §4): what ({@code criterion}, {@code subject}), how much ({@code points} of
 * {@code maxPoints}), why ({@code reason}), who ({@code recordedBy}), when, and at which process
 * step. Never changed: a correction is a new entry whose {@code correctsEntryId} names the old one
 * and whose points replace its points.
 */
public record ScoreEntry(Long id, String unitCode, int year, String criterion, BigDecimal points, BigDecimal maxPoints,
        String subjectType, String subjectId, String reason, String recordedBy, String processInstanceId,
        String activityId, String activityInstanceId, String idempotencyKey, LocalDateTime createdAt,
        Long correctsEntryId) {
}
