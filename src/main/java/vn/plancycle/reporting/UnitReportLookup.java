package vn.plancycle.reporting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reporting BPMN asks by expression ({@code ${unitReportLookup.…}}): a unit report's business
 * key and row id for the call activity, and whether a report is still missing (gateway "Báo cáo chưa gửi?").
 */
@Component("unitReportLookup")
public class UnitReportLookup {

    private final UnitReportRepository reports;

    public UnitReportLookup(UnitReportRepository reports) {
        this.reports = reports;
    }

    public String businessKey(String unitCode, Object year, String period) {
        return UnitReport.businessKey(unitCode, Integer.parseInt(year.toString()), period);
    }

    @Transactional(readOnly = true)
    public long reportId(Object cycleId, String unitCode) {
        long id = ((Number) cycleId).longValue();
        return reports.findByCycleIdAndUnitCode(id, unitCode)
                .orElseThrow(() -> new IllegalStateException("no report of unit " + unitCode + " in cycle " + id))
                .getId();
    }

    /** Not (yet again) in the ministry's hands. */
    @Transactional(readOnly = true)
    public boolean missing(Object reportId) {
        return reports.findById(((Number) reportId).longValue()).map(r -> r.getStatus().isMissing()).orElse(false);
    }
}
