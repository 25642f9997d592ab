package vn.plancycle.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Units and people as the plan needs them, read from the organization package's tables
 * ({@code unit}, {@code person}) without depending on its classes.
 */
@Component
public class PlanDirectory {

    public record UnitRef(long id, String code, String name, boolean active) {
    }

    public record Person(String username, String fullName) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public PlanDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    private static UnitRef unitRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getBoolean("active"));
    }

    public Optional<UnitRef> unit(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, code, name, active FROM unit WHERE lower(code) = ?",
                (rs, i) -> unitRow(rs), code.strip().toLowerCase(Locale.ROOT)).stream().findFirst();
    }

    /** Units by id (for plans listed across units). */
    public Map<Long, UnitRef> units(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return named.query("SELECT id, code, name, active FROM unit WHERE id IN (:ids)", Map.of("ids", ids),
                (rs, i) -> unitRow(rs)).stream().collect(Collectors.toMap(UnitRef::id, u -> u));
    }

    public List<UnitRef> activeUnits() {
        return jdbc.query("SELECT id, code, name, active FROM unit WHERE active = TRUE ORDER BY name",
                (rs, i) -> unitRow(rs));
    }

    /** The unit's people, by full name. */
    public List<Person> people(String unitCode) {
        return jdbc.query("SELECT p.username, p.full_name FROM person p JOIN unit u ON p.unit_id = u.id "
                + "WHERE lower(u.code) = ? ORDER BY p.full_name, p.username",
                (rs, i) -> new Person(rs.getString("username"), rs.getString("full_name")),
                unitCode.toLowerCase(Locale.ROOT));
    }

    public Set<String> usernames(String unitCode) {
        return people(unitCode).stream().map(Person::username).collect(Collectors.toUnmodifiableSet());
    }

    /** Full names of the given logins (any unit); logins unknown to the directory are left out. */
    public Map<String, String> fullNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        named.query("SELECT username, full_name FROM person WHERE username IN (:names)", Map.of("names", usernames),
                rs -> {
                    names.put(rs.getString("username"), rs.getString("full_name"));
                });
        return names;
    }
}
