package vn.plancycle.reporting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reporting BPMN asks by expression ({@code ${unitReportLookup.…}}): whether a report is still
 * missing (gateway "Báo cáo chưa gửi?").
 */
@Component("unitReportLookup")
public class UnitReportLookup {

    private final UnitReportRepository reports;

    public UnitReportLookup(UnitReportRepository reports) {
        this.reports = reports;
    }

    /** Not (yet again) in the ministry's hands. */
    @Transactional(readOnly = true)
    public boolean missing(Object reportId) {
        return reports.findById(((Number) reportId).longValue()).map(r -> r.getStatus().isMissing()).orElse(false);
    }
}
