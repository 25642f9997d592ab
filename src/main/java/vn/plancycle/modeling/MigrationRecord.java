package vn.plancycle.modeling;

import java.time.LocalDateTime;
import java.util.List;

/** One migration started by a process owner: a Camunda batch from one version to another (table process_migration). */
public record MigrationRecord(long id, String processKey, String sourceDefinitionId, int sourceVersion,
        String targetDefinitionId, int targetVersion, int instanceCount, List<String> instanceIds, String batchId,
        String startedBy, LocalDateTime startedAt, boolean markedRunning) {
}
