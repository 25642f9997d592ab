package vn.plancycle.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;

/**
 * The reporting-cycle API: {@code POST /api/reporting-cycles} opens a cycle ({@code {"year", "period"}} or
 * {@code {"year", "kind", "title", "dueDate", "groups", "units"}}) — 201 when opened, 200 with the cycle
 * already open; only reviewers, leaders, process owners and administrators open cycles. {@code GET} lists
 * the cycles and shows one with its units' reports (a unit's people see their own unit's row only).
 */
@RestController
@RequestMapping("/api/reporting-cycles")
public class ReportingApiController {

    public record CycleJson(long id, String businessKey, int year, String kind, String period, String title,
            LocalDate periodStart, LocalDate cutOff, LocalDate dueDate, LocalDate homeAffairsDue,
            LocalDate governmentDue, List<String> groups, List<String> units, String status, String openedBy,
            LocalDateTime openedAt, String processInstanceId) {
    }

    public record ReportJson(long id, String unit, String businessKey, String status, boolean late, boolean escalated,
            LocalDate dueDate, int returnCount, LocalDateTime signedAt, LocalDateTime acceptedAt) {
    }

    public record CycleDetailJson(CycleJson cycle, List<ReportJson> reports) {
    }

    private final ReportingService reporting;
    private final CurrentUserService currentUser;

    public ReportingApiController(ReportingService reporting, CurrentUserService currentUser) {
        this.reporting = reporting;
        this.currentUser = currentUser;
    }

    @PostMapping
    public ResponseEntity<CycleJson> open(@RequestBody OpenCycleRequest body) {
        CurrentUser user = currentUser.current();
        if (!user.seesAllUnits()) {
            throw new AccessDeniedException("opening a reporting cycle");
        }
        OpenResult result = reporting.open(body, user.username());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(json(result.cycle()));
    }

    @GetMapping
    public List<CycleJson> list(@RequestParam(required = false) Integer year) {
        currentUser.current();
        return reporting.cycles(year).stream().map(ReportingApiController::json).toList();
    }

    @GetMapping("/{id}")
    public CycleDetailJson get(@PathVariable long id) {
        CurrentUser user = currentUser.current();
        ReportingCycle cycle = reporting.cycle(id);
        List<ReportJson> reports = reporting.reports(id).stream().filter(r -> user.canSeeUnit(r.getUnitCode()))
                .map(ReportingApiController::json).toList();
        return new CycleDetailJson(json(cycle), reports);
    }

    static CycleJson json(ReportingCycle c) {
        return new CycleJson(c.getId(), c.getBusinessKey(), c.getYear(), c.getKind().name(), c.getPeriod(),
                c.getTitle(), c.getPeriodStart(), c.getCutOff(), c.getDueDate(), c.getHomeAffairsDue(),
                c.getGovernmentDue(), c.scopeGroupList(), c.scopeUnitList(), c.getStatus().name(), c.getOpenedBy(),
                c.getOpenedAt(), c.getProcessInstanceId());
    }

    static ReportJson json(UnitReport r) {
        return new ReportJson(r.getId(), r.getUnitCode(), r.getBusinessKey(), r.getStatus().name(), r.isLate(),
                r.isEscalated(), r.getDueDate(), r.getReturnCount(), r.getSignedAt(), r.getAcceptedAt());
    }
}
