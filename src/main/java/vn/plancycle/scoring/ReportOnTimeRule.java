package vn.plancycle.scoring;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import vn.plancycle.plan.PlanTexts;

/**
 * {@code report-on-time} (DOMAIN §4, per report), scored when the reviewers accept the report: the
 * report's maximum (periodic 2.5 = 10 general points / 4 reports; thematic or ad-hoc 1) when it was not
 * late (variable {@code late}), else none.
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
        BigDecimal points = late ? BigDecimal.ZERO : max;
        String reason = "%s (hạn %s) được chấp nhận ngày %s, %s: %s/%s điểm.".formatted(ReportRules.title(context),
                ReportRules.due(context), PlanTexts.DATE.format(context.now()),
                late ? "gửi chậm hạn" : "gửi đúng hạn", ReportRules.points(points), ReportRules.points(max));
        return new ScoreResult(points, max, reason);
    }
}
