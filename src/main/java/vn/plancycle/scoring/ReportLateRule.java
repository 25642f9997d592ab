package vn.plancycle.scoring;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/**
 * {@code report-late} (DOMAIN §4): the marker entry of a report not sent by its due date — 0 of 0 points,
 * the due date in its reason. The points are lost in {@code report-on-time} when the report is accepted.
 */
@Component
public class ReportLateRule implements ScoreRule {

    public static final String NAME = "report-late";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult evaluate(ScoreContext context) {
        String reason = "%s chưa được gửi Bộ đến hạn %s: báo cáo chậm hạn, không được điểm đúng hạn.".formatted(
                ReportRules.title(context), ReportRules.due(context));
        return new ScoreResult(BigDecimal.ZERO, BigDecimal.ZERO, reason);
    }
}
