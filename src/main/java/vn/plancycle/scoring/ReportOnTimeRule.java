package vn.plancycle.scoring;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import vn.plancycle.plan.PlanTexts;

/**
 * {@code report-on-time} (DOMAIN §4, per report), scored when the reviewers accept the report: the
 * report's maximum (periodic 2.5 = 10 general points / 4 reports; thematic or ad-hoc 1) when it was not
 * late (variable {@code late}). A late report scores 0 of 0 here: {@code report-late} already counted its
 * maximum as lost.
 */
@Component
public class ReportOnTimeRule implements ScoreRule {

    public static final String NAME = "report-on-time";

    private final ScoringSettings settings;

    public ReportOnTimeRule(ScoringSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult evaluate(ScoreContext context) {
        BigDecimal max = settings.getReport().maxFor(ReportRules.period(context));
        boolean late = ReportRules.late(context);
        if (late) {
            String reason = "%s (hạn %s) được chấp nhận ngày %s, gửi chậm hạn: điểm đã tính là 0/%s khi chậm hạn."
                    .formatted(ReportRules.title(context), ReportRules.due(context),
                            PlanTexts.DATE.format(context.now()), Points.text(max));
            return new ScoreResult(BigDecimal.ZERO, BigDecimal.ZERO, reason);
        }
        String reason = "%s (hạn %s) được chấp nhận ngày %s, gửi đúng hạn: %s/%s điểm.".formatted(
                ReportRules.title(context), ReportRules.due(context), PlanTexts.DATE.format(context.now()),
                Points.text(max), Points.text(max));
        return new ScoreResult(max, max, reason);
    }
}
