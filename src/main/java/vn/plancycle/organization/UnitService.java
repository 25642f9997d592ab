package vn.plancycle.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.system.EngineAccess;

/**
 * Units and their engine side: creating or renaming a unit sets up its tenant, its two groups and
 * their grants ({@link EngineAccess#setUpUnit}) in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final PersonRepository people;
    private final EngineAccess engineAccess;

    public UnitService(UnitRepository units, PersonRepository people, EngineAccess engineAccess) {
        this.units = units;
        this.people = people;
        this.engineAccess = engineAccess;
    }

    public List<Unit> all() {
        return units.findAllByOrderByCodeAsc();
    }

    /** The units the user may see: every unit for the ministry, their own for a unit member. */
    public List<Unit> visibleTo(CurrentUser user) {
        return all().stream().filter(u -> user.canSeeUnit(u.getCode())).toList();
    }

    public Unit get(String code) {
        return units.findByCode(code).orElseThrow(() -> new UnitNotFoundException(code));
    }

    public List<UnitSummary> summaries() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : people.countByUnitAndRole()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            c[row[1] == PersonRole.HEAD ? 1 : 0] = (Long) row[2];
        }
        return all().stream().map(u -> {
            long[] c = counts.getOrDefault(u.getId(), new long[2]);
            return new UnitSummary(u.getCode(), u.getName(), u.isActive(), c[0], c[1]);
        }).toList();
    }

    @Transactional
    public Unit create(UnitForm form) {
        if (units.existsByCode(form.getCode())) {
            throw new FieldProblemException("code", "unit.code.taken", form.getCode());
        }
        Unit unit = units.save(new Unit(form.getCode(), form.getName(), form.isActive()));
        engineAccess.setUpUnit(unit.getCode(), unit.getName());
        return unit;
    }

    /** Renames and (de)activates a unit; its code never changes. */
    @Transactional
    public Unit update(String code, UnitForm form) {
        Unit unit = get(code);
        unit.setName(form.getName());
        unit.setActive(form.isActive());
        engineAccess.setUpUnit(unit.getCode(), unit.getName());
        return unit;
    }

    /** Creates the unit or brings its name and state up to date (import, demo data). */
    @Transactional
    public Unit upsert(String code, String name, boolean active) {
        Unit unit = units.findByCode(code).orElse(null);
        if (unit == null) {
            unit = units.save(new Unit(code, name, active));
        } else {
            unit.setName(name);
            unit.setActive(active);
        }
        engineAccess.setUpUnit(code, name);
        return unit;
    }
}
