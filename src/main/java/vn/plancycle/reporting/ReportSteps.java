package vn.plancycle.reporting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of {@code unit-report} and {@code reporting-cycle} record on the rows: each method is
 * one step's change, through the entities' own rules.
 */
@Service
public class ReportSteps {

    private final UnitReportRepository reports;
    private final ReportingCycleRepository cycles;
    private final ReportingCalendar calendar;
    private final ReportClock clock;

    public ReportSteps(UnitReportRepository reports, ReportingCycleRepository cycles, ReportingCalendar calendar,
            ReportClock clock) {
        this.reports = reports;
        this.cycles = cycles;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UnitReport report(long reportId) {
        return reports.require(reportId);
    }

    private ReportingCycle cycle(long cycleId) {
        return cycles.require(cycleId);
    }

    /**
     * Staff send the report to the head: the narrative sections from a form, when it sent them, are saved
     * first; an incomplete report is refused and nothing changes.
     */
    @Transactional
    public UnitReport sendToHead(long reportId, ReportSections sections, String by) {
        UnitReport report = report(reportId);
        if (sections != null) {
            ReportSections checked = sections.checked();
            report.write(checked.results(), checked.shortcomings(), checked.nextTasks(), checked.proposals(), by,
                    clock.now());
        }
        if (!report.isComplete()) {
            throw ReportingRefusedException.incompleteReport();
        }
        report.sentToHead(clock.now());
        return reports.save(report);
    }

    @Transactional
    public void returnedByHead(long reportId, String comment, String by) {
        UnitReport report = report(reportId);
        report.returnedByHead(comment, by);
        reports.save(report);
    }

    /** The head signed: submitted. A report signed after its due date is late even if no timer said so yet. */
    @Transactional
    public boolean signed(long reportId, String by) {
        UnitReport report = report(reportId);
        report.signed(by, clock.now());
        if (!clock.now().isBefore(calendar.lateFrom(report.getDueDate()))) {
            report.markLate();
        }
        reports.save(report);
        return report.isLate();
    }

    /** Returned by the reviewers; the number of such returns so far. */
    @Transactional
    public int returnedByReviewer(long reportId, String comment, String by) {
        UnitReport report = report(reportId);
        report.returnedByReviewer(comment, by);
        reports.save(report);
        return report.getReturnCount();
    }

    /** Accepted by the reviewers; whether it was late. */
    @Transactional
    public boolean accepted(long reportId, String by) {
        UnitReport report = report(reportId);
        report.accepted(by, clock.now());
        reports.save(report);
        return report.isLate();
    }

    @Transactional
    public boolean markLate(long reportId) {
        UnitReport report = report(reportId);
        boolean marked = report.markLate();
        reports.save(report);
        return marked;
    }

    @Transactional
    public boolean markEscalated(long reportId) {
        UnitReport report = report(reportId);
        boolean marked = report.markEscalated();
        reports.save(report);
        return marked;
    }

    /** All reports are in: the reviewers consolidate. */
    @Transactional
    public void collected(long cycleId) {
        ReportingCycle cycle = cycle(cycleId);
        if (cycle.getStatus() == CycleStatus.COLLECTING) {
            cycle.collected();
            cycles.save(cycle);
        }
    }

    @Transactional
    public void consolidated(long cycleId, String note, String by) {
        ReportingCycle cycle = cycle(cycleId);
        cycle.consolidated(note, by, clock.now());
        cycles.save(cycle);
    }

    @Transactional
    public void returnedByLeaders(long cycleId, String comment) {
        ReportingCycle cycle = cycle(cycleId);
        cycle.returnedByLeaders(comment);
        cycles.save(cycle);
    }

    @Transactional
    public void approved(long cycleId, String by) {
        ReportingCycle cycle = cycle(cycleId);
        cycle.approved(by, clock.now());
        cycles.save(cycle);
    }
}
