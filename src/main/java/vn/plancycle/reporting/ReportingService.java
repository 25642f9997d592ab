package vn.plancycle.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.plan.PlanDirectory;
import vn.plancycle.plan.TaskGroup;

/**
 * Opens reporting cycles (DOMAIN §3) and keeps their rows: a periodic cycle per year and period
 * ({@code CYCLE-2026-Q1}), or a thematic / ad-hoc request ({@code CYCLE-2026-AD_HOC-1}). Opening stores
 * the cycle and starts its {@code reporting-cycle} instance in one transaction; the unique business key
 * is the idempotency guard. Opening the same thing twice returns the cycle already open.
 */
@Service
public class ReportingService {

    public static final String SYSTEM = "system";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    /** A requested report is due within this many days of its request. */
    static final int MAX_DAYS_AHEAD = 366;

    private final ReportingCycleRepository cycles;
    private final UnitReportRepository reports;
    private final ReportingCalendar calendar;
    private final PlanDirectory directory;
    private final RuntimeService runtimeService;
    private final ReportClock clock;

    public ReportingService(ReportingCycleRepository cycles, UnitReportRepository reports, ReportingCalendar calendar,
            PlanDirectory directory, RuntimeService runtimeService, ReportClock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.calendar = calendar;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Opens the cycle asked for, or returns the one already open; bad input is refused and nothing is stored. */
    @Transactional
    public OpenResult open(OpenCycleRequest request, String username) {
        if (request == null || request.year() == null) {
            throw ReportingRefusedException.invalidCycle("reporting.api.yearRequired");
        }
        int year = request.year();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ReportingRefusedException.invalidCycle("reporting.api.badYear", FIRST_YEAR, LAST_YEAR);
        }
        ReportKind kind = kind(request);
        if (kind == ReportKind.PERIODIC) {
            ReportingPeriod period = ReportingPeriod.parse(request.period()).orElseThrow(
                    () -> ReportingRefusedException.invalidCycle("reporting.api.badPeriod"));
            Optional<ReportingCycle> open = cycles.findByBusinessKey(ReportingCycle.businessKey(year, period.name()));
            if (open.isPresent()) {
                return new OpenResult(open.get(), false);
            }
            ReportingCycle cycle = cycles.saveAndFlush(periodicCycle(year, period, username));
            start(cycle);
            return new OpenResult(cycle, true);
        }
        return openRequested(year, kind, request, username);
    }

    private ReportKind kind(OpenCycleRequest request) {
        boolean hasPeriod = request.period() != null && !request.period().isBlank();
        if (request.kind() == null || request.kind().isBlank()) {
            if (!hasPeriod) {
                throw ReportingRefusedException.invalidCycle("reporting.api.periodOrKind");
            }
            return ReportKind.PERIODIC;
        }
        ReportKind kind;
        try {
            kind = ReportKind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ReportingRefusedException.invalidCycle("reporting.api.badKind");
        }
        if (kind != ReportKind.PERIODIC && hasPeriod) {
            throw ReportingRefusedException.invalidCycle("reporting.api.periodWithKind");
        }
        return kind;
    }

    private OpenResult openRequested(int year, ReportKind kind, OpenCycleRequest request, String username) {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty()) {
            throw ReportingRefusedException.invalidCycle("reporting.api.titleRequired");
        }
        if (title.length() > ReportingCycle.TITLE_MAX) {
            throw ReportingRefusedException.invalidCycle("reporting.api.titleTooLong", ReportingCycle.TITLE_MAX);
        }
        LocalDate today = clock.now().toLocalDate();
        LocalDate due = request.dueDate();
        if (due == null) {
            throw ReportingRefusedException.invalidCycle("reporting.api.dueDateRequired");
        }
        if (!due.isAfter(today)) {
            throw ReportingRefusedException.invalidCycle("reporting.api.dueDatePast");
        }
        if (due.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw ReportingRefusedException.invalidCycle("reporting.api.dueDateTooFar", MAX_DAYS_AHEAD);
        }
        String groups = String.join(",", groups(request.groups()));
        String units = String.join(",", units(request.units()));
        for (ReportingCycle c : cycles.findByYearOrderByOpenedAtDesc(year)) {
            if (c.getKind() == kind && c.getStatus() != CycleStatus.APPROVED && c.getTitle().equals(title)
                    && c.getDueDate().equals(due)) {
                return new OpenResult(c, false);
            }
        }
        int n = (int) cycles.countByYearAndKind(year, kind) + 1;
        String period = kind.name() + "-" + n;
        ReportingCycle cycle = cycles.saveAndFlush(new ReportingCycle(ReportingCycle.businessKey(year, period), year,
                kind, period, title, calendar.requested(year, today, due), groups, units, username, clock.now()));
        start(cycle);
        return new OpenResult(cycle, true);
    }

    private static Set<String> groups(List<String> names) {
        Set<String> groups = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            try {
                groups.add(TaskGroup.valueOf(n).name());
            } catch (IllegalArgumentException e) {
                throw ReportingRefusedException.invalidCycle("reporting.api.badGroup", name);
            }
        }
        return groups;
    }

    private Set<String> units(List<String> codes) {
        Set<String> units = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            PlanDirectory.UnitRef unit = directory.unit(code).filter(PlanDirectory.UnitRef::active).orElseThrow(
                    () -> ReportingRefusedException.invalidCycle("reporting.api.badUnit", code));
            units.add(unit.code());
        }
        return units;
    }

    private ReportingCycle periodicCycle(int year, ReportingPeriod period, String username) {
        return new ReportingCycle(ReportingCycle.businessKey(year, period.name()), year, ReportKind.PERIODIC,
                period.name(), periodicTitle(year, period), calendar.periodic(year, period), null, null, username,
                clock.now());
    }

    /** "Báo cáo quý I năm 2026", "Báo cáo sáu tháng đầu năm 2026", "Báo cáo quý III năm 2026", "Báo cáo năm 2026". */
    public static String periodicTitle(int year, ReportingPeriod period) {
        return switch (period) {
            case Q1 -> "Báo cáo quý I năm " + year;
            case H1 -> "Báo cáo sáu tháng đầu năm " + year;
            case Q3 -> "Báo cáo quý III năm " + year;
            case YEAR -> "Báo cáo năm " + year;
        };
    }

    private void start(ReportingCycle cycle) {
        // the requested start is a message start event: Camunda has no none start beside a timer start
        ProcessInstance instance = runtimeService.startProcessInstanceByMessage(ReportingCycleProcess.MESSAGE_REQUESTED,
                cycle.getBusinessKey(), startVariables(cycle));
        cycle.startedAs(instance.getId());
        cycles.save(cycle);
    }

    private static Map<String, Object> startVariables(ReportingCycle cycle) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReportingCycleProcess.VAR_CYCLE_ID, cycle.getId());
        variables.put(ReportingCycleProcess.VAR_YEAR, cycle.getYear());
        variables.put(ReportingCycleProcess.VAR_PERIOD, cycle.getPeriod());
        variables.put(ReportingCycleProcess.VAR_TITLE, cycle.getTitle());
        return variables;
    }

    /**
     * The scheduled opening ({@code Task_OpenScheduledCycle}): the periodic cycle whose cut-off is this
     * day, created for the running instance; empty when there is none to open or it is already open.
     */
    @Transactional
    public Optional<ReportingCycle> openScheduled(LocalDate day, String processInstanceId) {
        Optional<ReportingPeriod> period = calendar.periodCuttingOffOn(day);
        if (period.isEmpty()
                || cycles.findByBusinessKey(ReportingCycle.businessKey(day.getYear(), period.get().name())).isPresent()) {
            return Optional.empty();
        }
        ReportingCycle cycle = periodicCycle(day.getYear(), period.get(), SYSTEM);
        cycle.startedAs(processInstanceId);
        return Optional.of(cycles.saveAndFlush(cycle));
    }

    /** The variables the scheduled instance needs after opening its cycle (as a requested one starts with). */
    public static Map<String, Object> variablesOf(ReportingCycle cycle) {
        return startVariables(cycle);
    }

    /**
     * {@code Task_FindUnitsInScope}: one report row per unit in scope (the cycle's units when set, else
     * every active unit), created now so that every unit of the cycle has one from the start.
     */
    @Transactional
    public List<String> createReports(long cycleId) {
        ReportingCycle cycle = cycle(cycleId);
        List<String> codes = new ArrayList<>();
        if (cycle.scopeUnitList().isEmpty()) {
            directory.activeUnits().forEach(u -> codes.add(u.code()));
        } else {
            for (String code : cycle.scopeUnitList()) {
                directory.unit(code).filter(PlanDirectory.UnitRef::active).ifPresent(u -> codes.add(u.code()));
            }
        }
        codes.sort(null);
        // one read of the rows already there and one batch of new rows (not a query per unit)
        java.util.Set<String> existing = new java.util.HashSet<>();
        reports.findByCycleIdOrderByUnitCodeAsc(cycleId).forEach(r -> existing.add(r.getUnitCode()));
        List<UnitReport> added = new ArrayList<>();
        for (String code : codes) {
            if (!existing.contains(code)) {
                added.add(new UnitReport(cycle, code));
            }
        }
        reports.saveAll(added);
        return codes;
    }

    /** Every cycle of the year (or every cycle), newest first. */
    @Transactional(readOnly = true)
    public List<ReportingCycle> cycles(Integer yearOrNull) {
        return yearOrNull == null ? cycles.findAllByOrderByOpenedAtDesc()
                : cycles.findByYearOrderByOpenedAtDesc(yearOrNull);
    }

    @Transactional(readOnly = true)
    public ReportingCycle cycle(long cycleId) {
        return cycles.require(cycleId);
    }

    @Transactional(readOnly = true)
    public List<UnitReport> reports(long cycleId) {
        return reports.findByCycleIdOrderByUnitCodeAsc(cycleId);
    }
}
