package vn.plancycle.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the running sums of {@code score_total} (written by {@link ScoreEntryRepository#append}). */
@Repository
public class ScoreTotalRepository {

    private final JdbcTemplate jdbc;

    public ScoreTotalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The sums of one unit and year, by criterion. */
    public Map<String, CriterionSum> forUnit(String unitCode, int year) {
        Map<String, CriterionSum> sums = new LinkedHashMap<>();
        jdbc.query("SELECT criterion, points, max_points, entries FROM score_total WHERE \"year\" = ? AND unit_code = ? "
                + "ORDER BY criterion", rs -> {
                    sums.put(rs.getString(1), new CriterionSum(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                            rs.getInt(4)));
                }, year, unitCode);
        return sums;
    }

    /** The sums of every unit of the year: unit code → criterion → sum. */
    public Map<String, Map<String, CriterionSum>> forYear(int year) {
        Map<String, Map<String, CriterionSum>> byUnit = new LinkedHashMap<>();
        jdbc.query("SELECT unit_code, criterion, points, max_points, entries FROM score_total WHERE \"year\" = ? "
                + "ORDER BY unit_code, criterion", rs -> {
                    byUnit.computeIfAbsent(rs.getString(1), u -> new LinkedHashMap<>()).put(rs.getString(2),
                            new CriterionSum(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5)));
                }, year);
        return byUnit;
    }

    /** The units that have entries in the year. */
    public List<String> units(int year) {
        return jdbc.queryForList("SELECT DISTINCT unit_code FROM score_total WHERE \"year\" = ? ORDER BY unit_code",
                String.class, year);
    }

    /** The years that have entries, newest first. */
    public List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT \"year\" FROM score_total ORDER BY \"year\" DESC", Integer.class);
    }
}
