package vn.plancycle.reporting;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.plancycle.approval.ApprovalItem;
import vn.plancycle.approval.ApprovalSubject;

/**
 * On the approval page, the leaders' decision on a {@code reporting-cycle}'s consolidated report shows
 * the reviewer's note and the consolidated figures per task group across units.
 */
@Component
public class CycleApprovalSubject implements ApprovalSubject {

    private final RuntimeService runtimeService;
    private final Consolidation consolidation;

    public CycleApprovalSubject(RuntimeService runtimeService, Consolidation consolidation) {
        this.runtimeService = runtimeService;
        this.consolidation = consolidation;
    }

    @Override
    public boolean supports(String processKey) {
        return ReportingCycleProcess.KEY.equals(processKey);
    }

    @Override
    public String describe(ApprovalItem item, Model model) {
        Object cycleId = runtimeService.getVariable(item.processInstanceId(), ReportingCycleProcess.VAR_CYCLE_ID);
        if (!(cycleId instanceof Number id)) {
            return null;
        }
        Consolidation.CycleOverview overview = consolidation.overview(id.longValue());
        model.addAttribute("approvalOverview", overview);
        model.addAttribute("approvalFigures", overview.groups().stream().map(ReportView.FigureRow::of).toList());
        model.addAttribute("approvalTotal", ReportView.FigureRow.of(overview.total()));
        return "reporting/fragments";
    }
}
