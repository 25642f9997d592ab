package vn.plancycle.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a cycle's unit reports and telling the cycle when they are all in. The cycle's
 * {@code Task_StartUnitReports} runs once per batch ({@code ${reportLaunch.batches(unitCount)}}), each
 * batch a parallel job that starts one top-level {@code unit-report} per report row not yet started —
 * so the job executor spreads a 2,000-unit launch over its threads, a failed batch is retried whole,
 * and a row is never started twice. The cycle then waits for the message sent when its last report is
 * accepted ({@link #tellCycleIfAllAccepted}).
 */
@Component("reportLaunch")
public class ReportLaunch {

    private final UnitReportRepository reports;
    private final ReportingCycleRepository cycles;
    private final ReportingCalendar calendar;
    private final ReportingSettings settings;
    private final RuntimeService runtimeService;

    public ReportLaunch(UnitReportRepository reports, ReportingCycleRepository cycles, ReportingCalendar calendar,
            ReportingSettings settings, RuntimeService runtimeService) {
        this.reports = reports;
        this.cycles = cycles;
        this.calendar = calendar;
        this.settings = settings;
        this.runtimeService = runtimeService;
    }

    /** The batch numbers 0 … n−1 for this many reports (the multi-instance collection). */
    public List<Integer> batches(Object unitCount) {
        int count = ((Number) unitCount).intValue();
        int size = settings.getLaunchBatchSize();
        List<Integer> batches = new ArrayList<>();
        for (int b = 0; b * size < count; b++) {
            batches.add(b);
        }
        return batches;
    }

    /** Starts the reports of one batch that have no instance yet; returns how many were started. */
    @Transactional
    public int startBatch(long cycleId, int batch) {
        ReportingCycle cycle = cycles.require(cycleId);
        String cutOffAt = calendar.cutOffEnd(cycle.getCutOff()).toString();
        int started = 0;
        for (UnitReport report : reports.findByCycleIdOrderByUnitCodeAsc(cycleId,
                PageRequest.of(batch, settings.getLaunchBatchSize()))) {
            if (report.isStarted()) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(UnitReportProcess.VAR_UNIT, report.getUnitCode());
            variables.put(UnitReportProcess.VAR_YEAR, cycle.getYear());
            variables.put(UnitReportProcess.VAR_PERIOD, cycle.getPeriod());
            variables.put(UnitReportProcess.VAR_CYCLE_ID, cycleId);
            variables.put(UnitReportProcess.VAR_REPORT_ID, report.getId());
            variables.put(UnitReportProcess.VAR_CYCLE_TITLE, cycle.getTitle());
            variables.put(UnitReportProcess.VAR_CUT_OFF_AT, cutOffAt);
            String id = runtimeService.startProcessInstanceByKey(UnitReportProcess.KEY, report.getBusinessKey(),
                    variables).getId();
            report.startedAs(id);
            started++;
        }
        return started;
    }

    /** Every report of the cycle is accepted (true for a cycle without reports). */
    @Transactional(readOnly = true)
    public boolean allAccepted(Object cycleId) {
        return reports.countByCycleIdAndStatusNot(((Number) cycleId).longValue(), ReportStatus.ACCEPTED) == 0;
    }

    /**
     * After a report is accepted: when it was the cycle's last one, the waiting cycle moves on. Two last
     * acceptances at once both correlate; the engine lets one through and the other finds nothing waiting.
     */
    @Transactional
    public void tellCycleIfAllAccepted(long cycleId) {
        if (!allAccepted(cycleId)) {
            return;
        }
        cycles.findById(cycleId).ifPresent(cycle -> runtimeService
                .createMessageCorrelation(ReportingCycleProcess.MESSAGE_ALL_REPORTS_IN)
                .processInstanceBusinessKey(cycle.getBusinessKey()).correlateAllWithResult());
    }
}
