package vn.plancycle.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.dashboard.DashboardRepository.CycleInfo;
import vn.plancycle.dashboard.DashboardRepository.ReportInfo;
import vn.plancycle.dashboard.DashboardRepository.ReportTally;
import vn.plancycle.execution.ExecutionService;
import vn.plancycle.execution.TaskStatus;
import vn.plancycle.plan.TaskGroup;
import vn.plancycle.reporting.ReportStatus;
import vn.plancycle.scoring.Scorecard;
import vn.plancycle.scoring.ScorecardService;
import vn.plancycle.scoring.ScoreTotalRepository;
import vn.plancycle.web.ApiException;

/**
 * The ministry's dashboard and a unit's: a handful of aggregate queries ({@link DashboardRepository}), the
 * scorecards of the year and the last from the running sums ({@link ScorecardService#year}), the risk order
 * ({@link RiskScore}) and the early warning ({@link EarlyWarning}).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** What the ministry dashboard shows; {@code units} is one page of the units matching the filters. */
    public record MinistryView(int year, LocalDate today, TaskGroup group, String unitFilter, List<UnitRow> units,
            int matchingUnits, int page, int pages, TaskCounts totals, Map<TaskGroup, TaskCounts> groups,
            CycleInfo cycle, Map<ReportStatus, Integer> cycleCounts, int cycleLate, List<Warning> warnings,
            int warningCount) {
    }

    /** What a unit's dashboard shows. */
    public record UnitView(int year, LocalDate today, UnitRow unit, Map<TaskGroup, TaskCounts> groups,
            List<ReportInfo> reports, CycleInfo cycle, Scorecard scorecard, List<Warning> warnings) {
    }

    private final DashboardRepository repository;
    private final ScorecardService scorecards;
    private final ScoreTotalRepository totals;
    private final EarlyWarning earlyWarning;
    private final RiskScore riskScore;
    private final DashboardSettings settings;
    private final MessageSource messages;

    public DashboardService(DashboardRepository repository, ScorecardService scorecards, ScoreTotalRepository totals,
            EarlyWarning earlyWarning, RiskScore riskScore, DashboardSettings settings, MessageSource messages) {
        this.repository = repository;
        this.scorecards = scorecards;
        this.totals = totals;
        this.earlyWarning = earlyWarning;
        this.riskScore = riskScore;
        this.settings = settings;
        this.messages = messages;
    }

    /** The figures of every unit for a year, a day and a task group (or all): what the cache keeps. */
    private record Snapshot(long takenAt, Map<String, String> units, Map<String, TaskCounts> shown,
            Map<String, ReportTally> tallies, Map<String, BigDecimal> scores, Map<String, BigDecimal> previous,
            CycleInfo cycle, Map<String, ReportInfo> cycleReports, Map<TaskGroup, TaskCounts> groups,
            List<Warning> warnings, Map<String, Map<TaskGroup, TaskCounts>> groupsByFilter) {
    }

    private record SnapshotKey(int year, LocalDate today, TaskGroup group) {
    }

    private final Map<SnapshotKey, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** Forgets the kept figures (the benchmark times the page with and without them). */
    public void clearCache() {
        snapshots.clear();
    }

    private Snapshot snapshot(int year, LocalDate today, TaskGroup group) {
        SnapshotKey key = new SnapshotKey(year, today, group);
        long now = System.nanoTime();
        long ttl = settings.getCacheSeconds() * 1_000_000_000L;
        Snapshot kept = snapshots.get(key);
        if (kept != null && now - kept.takenAt() < ttl) {
            return kept;
        }
        Map<String, String> units = repository.activeUnits();
        Map<String, TaskCounts> all = repository.countsByUnit(year, today, null, null);
        Map<String, TaskCounts> shown = group == null ? all : repository.countsByUnit(year, today, group, null);
        Map<String, ReportTally> tallies = repository.reportTallies(year, null);
        CycleInfo cycle = repository.currentCycle(year);
        Map<String, ReportInfo> cycleReports = cycle == null ? Map.of() : repository.cycleReports(cycle.id());
        Map<TaskGroup, TaskCounts> groups = repository.countsByGroup(year, today, null);
        if (group != null) {
            groups.keySet().retainAll(Set.of(group));
        }
        Snapshot taken = new Snapshot(now, units, shown, tallies, scores(year), previousScores(year), cycle,
                cycleReports, groups, warnings(year, today, group, null, all, tallies), new ConcurrentHashMap<>());
        if (ttl > 0) {
            // only figures still fresh are kept: the map holds the years and groups asked for in the last
            // cache-seconds, not every year anyone ever typed in the filter
            snapshots.entrySet()
                    .removeIf(e -> !e.getKey().today().equals(today) || now - e.getValue().takenAt() >= ttl);
            snapshots.put(key, taken);
        }
        return taken;
    }

    /**
     * The ministry's view of the year: every active unit ordered by risk (highest first, then by code), of one
     * task group and/or the units whose code or name contains {@code unitFilter} when given, page {@code page}
     * (from 1) of {@code plancycle.dashboard.page-size}. The figures over every unit are read at most every
     * {@code plancycle.dashboard.cache-seconds}.
     */
    public MinistryView ministry(int year, TaskGroup group, String unitFilter, int page) {
        LocalDate today = ExecutionService.today();
        Snapshot s = snapshot(year, today, group);
        Map<String, Integer> warningsByUnit = new HashMap<>();
        s.warnings().forEach(w -> warningsByUnit.merge(w.unitCode(), 1, Integer::sum));

        String filter = unitFilter == null || unitFilter.isBlank() ? null : unitFilter.strip();
        List<UnitRow> rows = new ArrayList<>();
        for (Map.Entry<String, String> u : s.units().entrySet()) {
            if (filter != null && !matches(u.getKey(), u.getValue(), filter)) {
                continue;
            }
            rows.add(row(u.getKey(), u.getValue(), s.shown(), s.tallies(), s.scores(), s.previous(), s.cycleReports(),
                    warningsByUnit.getOrDefault(u.getKey(), 0)));
        }
        rows.sort(Comparator.comparingDouble(UnitRow::risk).reversed().thenComparing(UnitRow::code));

        Set<String> matching = rows.stream().map(UnitRow::code).collect(Collectors.toCollection(HashSet::new));
        TaskCounts totalsShown = TaskCounts.empty();
        rows.forEach(r -> totalsShown.addAll(r.tasks()));
        Map<TaskGroup, TaskCounts> groups = s.groups();
        if (filter != null) {
            groups = s.groupsByFilter().computeIfAbsent(filter.toLowerCase(Locale.ROOT), f -> {
                Map<TaskGroup, TaskCounts> found = repository.countsByGroup(year, today, matching);
                if (group != null) {
                    found.keySet().retainAll(Set.of(group));
                }
                return found;
            });
        }
        Map<ReportStatus, Integer> cycleCounts = new EnumMap<>(ReportStatus.class);
        for (ReportStatus st : ReportStatus.values()) {
            cycleCounts.put(st, 0);
        }
        int cycleLate = 0;
        for (ReportInfo r : s.cycleReports().values()) {
            if (filter == null || matching.contains(r.unitCode())) {
                cycleCounts.merge(r.status(), 1, Integer::sum);
                cycleLate += r.late() ? 1 : 0;
            }
        }
        List<Warning> shownWarnings = s.warnings().stream()
                .filter(w -> filter == null || matching.contains(w.unitCode())).toList();

        int size = settings.getPageSize();
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int current = Math.min(Math.max(1, page), pages);
        List<UnitRow> pageRows = rows.subList((current - 1) * size, Math.min(rows.size(), current * size));
        return new MinistryView(year, today, group, filter, List.copyOf(pageRows), rows.size(), current, pages,
                totalsShown, groups, s.cycle(), cycleCounts, cycleLate, resolve(limit(shownWarnings)),
                shownWarnings.size());
    }

    /** One unit's view of the year; 404 for an unknown unit (the caller checks access first). */
    public UnitView unit(String code, int year) {
        String name = repository.unitName(code);
        if (name == null) {
            throw ApiException.notFound("dashboard.error.unknownUnit", code);
        }
        LocalDate today = ExecutionService.today();
        Map<String, TaskCounts> counts = repository.countsByUnit(year, today, null, code);
        Map<String, ReportTally> tallies = repository.reportTallies(year, code);
        Scorecard card = scorecards.unit(code, year);
        Map<String, BigDecimal> scores = Map.of(code, card.total());
        Map<String, BigDecimal> previous = totals.forUnit(code, year - 1).isEmpty() ? Map.of()
                : Map.of(code, scorecards.unit(code, year - 1).total());
        CycleInfo cycle = repository.currentCycle(year);
        Map<String, ReportInfo> cycleReports = cycle == null ? Map.of() : repository.cycleReports(cycle.id());
        List<Warning> warnings = warnings(year, today, null, code, counts, tallies);
        UnitRow row = row(code, name, counts, tallies, scores, previous, cycleReports, warnings.size());
        return new UnitView(year, today, row, repository.countsByGroup(year, today, List.of(code)),
                repository.unitReports(code, year), cycle, card, resolve(limit(warnings)));
    }

    private UnitRow row(String code, String name, Map<String, TaskCounts> counts, Map<String, ReportTally> tallies,
            Map<String, BigDecimal> scores, Map<String, BigDecimal> previous, Map<String, ReportInfo> cycleReports,
            int warnings) {
        TaskCounts tasks = counts.getOrDefault(code, TaskCounts.empty());
        ReportTally tally = tallies.getOrDefault(code, ReportTally.NONE);
        BigDecimal score = scores.getOrDefault(code, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        BigDecimal before = previous.get(code);
        BigDecimal trend = before == null ? null : score.subtract(before).setScale(2, RoundingMode.HALF_UP);
        double risk = riskScore.of(tasks.overdue(), tally.late(), tally.returns(), trend);
        return new UnitRow(code, name, tasks, tally, score, trend, cycleReports.get(code), risk, warnings);
    }

    /** Every warning of the year (of one group or unit when given), most severe first. */
    private List<Warning> warnings(int year, LocalDate today, TaskGroup group, String unitCode,
            Map<String, TaskCounts> history, Map<String, ReportTally> tallies) {
        List<Warning> found = new ArrayList<>();
        for (EarlyWarning.TaskSituation t : repository.openTasks(year, today,
                today.plusDays(settings.getTaskHorizonDays()), group, unitCode)) {
            TaskCounts unit = history.getOrDefault(t.unitCode(), TaskCounts.empty());
            earlyWarning.task(t, unit.late(), unit.total(), today).ifPresent(found::add);
        }
        if (group == null) {
            for (EarlyWarning.ReportSituation r : repository.openReports(year, today,
                    today.plusDays(settings.getReportDueSoonDays()), unitCode)) {
                earlyWarning.report(r, tallies.getOrDefault(r.unitCode(), ReportTally.NONE).late(), today)
                        .ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingDouble(Warning::severity).reversed().thenComparing(Warning::due)
                .thenComparing(Warning::unitCode).thenComparingLong(Warning::subjectId));
        return found;
    }

    /** The first {@code warning-limit} warnings, with the titles of their tasks. */
    private List<Warning> limit(List<Warning> warnings) {
        List<Warning> first = warnings.size() <= settings.getWarningLimit() ? warnings
                : warnings.subList(0, settings.getWarningLimit());
        Map<Long, String> titles = repository.titles(first.stream().filter(w -> w.kind() == Warning.Kind.TASK)
                .map(Warning::subjectId).toList());
        return first.stream().map(w -> w.kind() == Warning.Kind.TASK ? w.withTitle(titles.get(w.subjectId())) : w)
                .toList();
    }

    /** The warnings with their reasons in the reader's language, joined by "; ", the first letter capitalised. */
    private List<Warning> resolve(List<Warning> warnings) {
        Locale locale = LocaleContextHolder.getLocale();
        return warnings.stream().map(w -> w.withText(capitalise(w.reasons().stream()
                .map(r -> messages.getMessage(r, locale)).collect(Collectors.joining("; "))))).toList();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Map<String, BigDecimal> scores(int year) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scorecards.year(year).forEach(c -> scores.put(c.unitCode(), c.total()));
        return scores;
    }

    /** Last year's scores of the units that have entries last year. */
    private Map<String, BigDecimal> previousScores(int year) {
        Set<String> scored = new HashSet<>(totals.units(year - 1));
        if (scored.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> scores = new HashMap<>();
        scorecards.year(year - 1).stream().filter(c -> scored.contains(c.unitCode()))
                .forEach(c -> scores.put(c.unitCode(), c.total()));
        return scores;
    }

    private static boolean matches(String code, String name, String filter) {
        String f = filter.toLowerCase(Locale.ROOT);
        return code.toLowerCase(Locale.ROOT).contains(f) || name.toLowerCase(Locale.ROOT).contains(f);
    }

    /** The task statuses in the dashboard's column order. */
    public static List<TaskStatus> statuses() {
        return List.of(TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE,
                TaskStatus.NOT_STARTED);
    }
}
