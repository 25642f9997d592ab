package vn.plancycle.organization;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.security.CurrentUser;

/** A unit's workforce figures per year, checked against the targets of DOMAIN §1. */
@Service
@Transactional(readOnly = true)
public class WorkforceService {

    private final WorkforceFigureRepository figures;
    private final UnitRepository units;
    private final WorkforceTargets targets;

    public WorkforceService(WorkforceFigureRepository figures, UnitRepository units, WorkforceTargets targets) {
        this.figures = figures;
        this.units = units;
        this.targets = targets;
    }

    public WorkforceTargets targets() {
        return targets;
    }

    /** The unit's own staff and head record their figures; administrators may correct them. */
    public boolean mayEdit(CurrentUser user, String unitCode) {
        return user.isMemberOf(unitCode) || user.isAdmin();
    }

    public WorkforceView view(String unitCode, int year) {
        Unit unit = units.findByCode(unitCode).orElseThrow(() -> new UnitNotFoundException(unitCode));
        return figures.findByUnitCodeAndYear(unitCode, year)
                .map(f -> view(unit, f))
                .orElseGet(() -> new WorkforceView(unit.getCode(), unit.getName(), year, null,
                        TargetCheck.of(null, targets), null, null));
    }

    /**
     * Records (or replaces) the unit's figures for the year; refuses figures that break a rule
     * with {@link InvalidWorkforceException}, saving nothing.
     */
    @Transactional
    public WorkforceView save(String unitCode, int year, WorkforceFigures values, String by) {
        List<WorkforceProblem> problems = values.problems(year);
        if (!problems.isEmpty()) {
            throw new InvalidWorkforceException(problems);
        }
        Unit unit = units.findByCode(unitCode).orElseThrow(() -> new UnitNotFoundException(unitCode));
        WorkforceFigure figure = figures.findByUnitCodeAndYear(unitCode, year).orElse(null);
        if (figure == null) {
            figure = figures.save(WorkforceFigure.record(unit, year, values, by));
        } else {
            figure.update(values, by);
        }
        return view(unit, figure);
    }

    private WorkforceView view(Unit unit, WorkforceFigure f) {
        return new WorkforceView(unit.getCode(), unit.getName(), f.getYear(), f.figures(),
                TargetCheck.of(f.figures(), targets), f.getUpdatedBy(), f.getUpdatedAt());
    }
}
