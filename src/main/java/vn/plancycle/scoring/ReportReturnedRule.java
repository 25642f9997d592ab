package vn.plancycle.scoring;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/**
 * {@code report-returned} (DOMAIN §4, per report): each time the ministry's reviewers return a report,
 * minus the return share (default 25 %) of the report's maximum.
 */
@Component
public class ReportReturnedRule implements ScoreRule {

    public static final String NAME = "report-returned";

    private final ScoringSettings settings;

    public ReportReturnedRule(ScoringSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult evaluate(ScoreContext context) {
        BigDecimal max = settings.getReport().maxFor(ReportRules.period(context));
        BigDecimal deduction = max.multiply(settings.getReport().getReturnDeduction());
        String reason = "%s bị Vụ Tổ chức cán bộ trả lại: trừ %s %% của %s điểm = −%s điểm.".formatted(
                ReportRules.title(context), Points.percent(settings.getReport().getReturnDeduction()),
                Points.text(max), Points.text(deduction));
        return new ScoreResult(deduction.negate(), null, reason);
    }
}
