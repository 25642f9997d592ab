package vn.plancycle.scoring;

import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code score_entry} table, append-only: it can add and read entries, never change or remove one. */
@Repository
public class ScoreEntryRepository {

    private static final String COLUMNS = "id, unit_code, \"year\", criterion, points, max_points, subject_type, "
            + "subject_id, reason, recorded_by, process_instance_id, activity_id, activity_instance_id, "
            + "idempotency_key, created_at, corrects_entry_id";

    private static final RowMapper<ScoreEntry> ROW = (rs, i) -> new ScoreEntry(rs.getLong("id"),
            rs.getString("unit_code"), rs.getInt("year"), rs.getString("criterion"), rs.getBigDecimal("points"),
            rs.getBigDecimal("max_points"), rs.getString("subject_type"), rs.getString("subject_id"),
            rs.getString("reason"), rs.getString("recorded_by"), rs.getString("process_instance_id"),
            rs.getString("activity_id"), rs.getString("activity_instance_id"), rs.getString("idempotency_key"),
            rs.getObject("created_at", LocalDateTime.class), (Long) rs.getObject("corrects_entry_id", Long.class));

    private final JdbcTemplate jdbc;

    public ScoreEntryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the entry (its id is ignored) and returns it with its new id. */
    public ScoreEntry append(ScoreEntry e) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO score_entry (unit_code, \"year\", criterion, points, max_points, "
                    + "subject_type, subject_id, reason, recorded_by, process_instance_id, activity_id, "
                    + "activity_instance_id, idempotency_key, created_at, corrects_entry_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, e.unitCode());
            ps.setInt(2, e.year());
            ps.setString(3, e.criterion());
            ps.setBigDecimal(4, e.points());
            ps.setBigDecimal(5, e.maxPoints());
            ps.setString(6, e.subjectType());
            ps.setString(7, e.subjectId());
            ps.setString(8, e.reason());
            ps.setString(9, e.recordedBy());
            ps.setString(10, e.processInstanceId());
            ps.setString(11, e.activityId());
            ps.setString(12, e.activityInstanceId());
            ps.setString(13, e.idempotencyKey());
            ps.setObject(14, e.createdAt());
            if (e.correctsEntryId() == null) {
                ps.setNull(15, Types.BIGINT);
            } else {
                ps.setLong(15, e.correctsEntryId());
            }
            return ps;
        }, key);
        long id = key.getKey().longValue();
        return findById(id).orElseThrow();
    }

    public Optional<ScoreEntry> findById(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM score_entry WHERE id = ?", ROW, id).stream().findFirst();
    }

    public Optional<ScoreEntry> findByIdempotencyKey(String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM score_entry WHERE idempotency_key = ?", ROW, key).stream()
                .findFirst();
    }

    /** The unit's entries of the year, oldest first (corrections after what they correct). */
    public List<ScoreEntry> findByUnitAndYear(String unitCode, int year) {
        return jdbc.query("SELECT " + COLUMNS + " FROM score_entry WHERE unit_code = ? AND \"year\" = ? "
                + "ORDER BY created_at, id", ROW, unitCode, year);
    }
}
