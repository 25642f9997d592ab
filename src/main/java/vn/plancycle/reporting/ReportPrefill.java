package vn.plancycle.reporting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

// replaced by helper-export
/**
 * Freezes a report's figures as of its cycle's cut-off. This minimal version only marks the report
 * pre-filled; the version of helper-export computes task lines, group figures and workforce.
 */
@Service
public class ReportPrefill {

    private final UnitReportRepository reports;
    private final ReportClock clock;

    public ReportPrefill(UnitReportRepository reports, ReportClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional
    public void prefill(long reportId) {
        UnitReport report = reports.findById(reportId)
                .orElseThrow(() -> new IllegalArgumentException("no unit report " + reportId));
        if (!report.isPrefilled()) {
            report.prefilled(null, null, null, null, clock.now());
            reports.save(report);
        }
    }
}
