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

/**
 * The {@code score_entry} table, append-only: it can add and read entries, never change or remove one.
 * Each entry also adds to its running sum in {@code score_total}, in the same transaction.
 */
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

    private static final String ADD_TO_TOTAL_POSTGRES = "INSERT INTO score_total (unit_code, \"year\", criterion, "
            + "points, max_points, entries) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (\"year\", unit_code, criterion) "
            + "DO UPDATE SET points = score_total.points + EXCLUDED.points, "
            + "max_points = score_total.max_points + EXCLUDED.max_points, entries = score_total.entries + EXCLUDED.entries";

    private static final String ADD_TO_TOTAL_STANDARD = "MERGE INTO score_total t USING (VALUES (CAST(? AS VARCHAR(20)), "
            + "CAST(? AS INTEGER), CAST(? AS VARCHAR(100)), CAST(? AS NUMERIC(12, 2)), CAST(? AS NUMERIC(12, 2)), "
            + "CAST(? AS INTEGER))) AS s(unit_code, y, criterion, points, max_points, entries) "
            + "ON t.unit_code = s.unit_code AND t.\"year\" = s.y AND t.criterion = s.criterion "
            + "WHEN MATCHED THEN UPDATE SET points = t.points + s.points, max_points = t.max_points + s.max_points, "
            + "entries = t.entries + s.entries "
            + "WHEN NOT MATCHED THEN INSERT (unit_code, \"year\", criterion, points, max_points, entries) "
            + "VALUES (s.unit_code, s.y, s.criterion, s.points, s.max_points, s.entries)";

    private final JdbcTemplate jdbc;
    private volatile String addToTotal;

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
        addToTotal(e, id);
        return findById(id).orElseThrow();
    }

    /**
     * A new entry adds its points, maximum and one entry; a correction adds what it changes of the entry that
     * counted so far in its chain of corrections: the corrected entry, or its newest earlier correction (the rule
     * of {@link ScorecardCalculator#replaced}).
     */
    private void addToTotal(ScoreEntry e, long id) {
        java.math.BigDecimal points = e.points();
        java.math.BigDecimal max = e.maxPoints() == null ? java.math.BigDecimal.ZERO : e.maxPoints();
        int count = 1;
        if (e.correctsEntryId() != null) {
            List<ScoreEntry> before = jdbc.query("SELECT " + COLUMNS + " FROM score_entry WHERE unit_code = ? AND "
                    + "\"year\" = ? AND criterion = ? AND id < ?", ROW, e.unitCode(), e.year(), e.criterion(), id);
            Long counted = ScorecardCalculator.counting(before, e.correctsEntryId());
            ScoreEntry old = findById(counted == null ? e.correctsEntryId() : counted).orElseThrow();
            points = points.subtract(old.points());
            max = max.subtract(old.maxPoints() == null ? java.math.BigDecimal.ZERO : old.maxPoints());
            count = 0;
        }
        jdbc.update(addToTotalStatement(), e.unitCode(), e.year(), e.criterion(), points, max, count);
    }

    private String addToTotalStatement() {
        if (addToTotal == null) {
            String product = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) con -> con
                    .getMetaData().getDatabaseProductName());
            addToTotal = "PostgreSQL".equalsIgnoreCase(product) ? ADD_TO_TOTAL_POSTGRES : ADD_TO_TOTAL_STANDARD;
        }
        return addToTotal;
    }

    /** The newest entry's id (0 when there is none). */
    public long lastId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM score_entry", Long.class);
        return id == null ? 0 : id;
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
