package vn.plancycle.execution;

import java.time.LocalDateTime;

/** An evidence item without its bytes, for lists. */
public record EvidenceInfo(Long id, TaskEvidence.Kind kind, String name, String contentType, Long sizeBytes,
        String url, String uploadedBy, LocalDateTime uploadedAt) {
}
