package vn.plancycle.modeling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The record of migrations (table process_migration). */
@Repository
class MigrationRecords {

    private static final String COLUMNS = "id, process_key, source_definition_id, source_version, target_definition_id, "
            + "target_version, instance_count, instance_ids, batch_id, started_by, started_at, running_source";

    private final JdbcTemplate jdbc;

    MigrationRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the record marked as running for its source; a second running one for the source fails (unique). */
    long insertRunning(String processKey, String sourceId, int sourceVersion, String targetId, int targetVersion,
            List<String> instanceIds, String startedBy, LocalDateTime startedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO process_migration (process_key, source_definition_id, "
                    + "source_version, target_definition_id, target_version, instance_count, instance_ids, started_by, "
                    + "started_at, running_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, processKey);
            ps.setString(2, sourceId);
            ps.setInt(3, sourceVersion);
            ps.setString(4, targetId);
            ps.setInt(5, targetVersion);
            ps.setInt(6, instanceIds.size());
            ps.setString(7, String.join(",", instanceIds));
            ps.setString(8, startedBy);
            ps.setTimestamp(9, Timestamp.valueOf(startedAt));
            ps.setString(10, sourceId);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void setBatch(long id, String batchId) {
        jdbc.update("UPDATE process_migration SET batch_id = ? WHERE id = ?", batchId, id);
    }

    /** The batch has finished: the source is free for a later migration. */
    void markFinished(long id) {
        jdbc.update("UPDATE process_migration SET running_source = NULL WHERE id = ?", id);
    }

    Optional<MigrationRecord> runningFor(String sourceDefinitionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM process_migration WHERE running_source = ?", this::row,
                sourceDefinitionId).stream().findFirst();
    }

    List<MigrationRecord> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM process_migration ORDER BY started_at DESC, id DESC "
                + "FETCH FIRST " + limit + " ROWS ONLY", this::row);
    }

    private MigrationRecord row(ResultSet rs, int n) throws SQLException {
        String ids = rs.getString("instance_ids");
        return new MigrationRecord(rs.getLong("id"), rs.getString("process_key"), rs.getString("source_definition_id"),
                rs.getInt("source_version"), rs.getString("target_definition_id"), rs.getInt("target_version"),
                rs.getInt("instance_count"), ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
                rs.getString("batch_id"), rs.getString("started_by"), rs.getTimestamp("started_at").toLocalDateTime(),
                rs.getString("running_source") != null);
    }
}
