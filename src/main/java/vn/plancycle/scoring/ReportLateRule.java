package vn.plancycle.scoring;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/**
 * {@code report-late} (DOMAIN §4): a report not sent by its due date loses its points here — 0 of the
 * report's maximum, the due date in its reason — so that the scorecard counts a report that never
 * arrives. When the late report is accepted, {@code report-on-time} adds 0 of 0: counted once.
 */
@Component
public class ReportLateRule implements ScoreRule {

    public static final String NAME = "report-late";

    @Override
    public String name() {
        return NAME;
    }

    private final ScoringSettings settings;

    public ReportLateRule(ScoringSettings settings) {
        this.settings = settings;
    }

    @Override
    public ScoreResult evaluate(ScoreContext context) {
        BigDecimal max = settings.getReport().maxFor(ReportRules.period(context));
        String reason = "%s chưa được gửi Bộ đến hạn %s: báo cáo chậm hạn, 0/%s điểm.".formatted(
                ReportRules.title(context), ReportRules.due(context), Points.text(max));
        return new ScoreResult(BigDecimal.ZERO, max, reason);
    }
}
