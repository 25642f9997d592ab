package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;
import vn.plancycle.plan.PlanTexts;

/**
 * {@code plan-issued-on-time} (DOMAIN §4, per plan): full points (default 5 of the 30 general
 * points) when the plan is approved on or before the deadline — the process variable
 * {@code approvalDeadline} (ISO date or date-time) if set, else the configured day of the plan's
 * year (default 31 January) — otherwise none. The approval moment is the variable
 * {@code approvedAt} if set, else the engine's time at the step (right after the head's decision).
 */
@Component
public class PlanIssuedOnTimeRule implements ScoreRule {

    public static final String NAME = "plan-issued-on-time";
    static final String VAR_DEADLINE = "approvalDeadline";
    static final String VAR_APPROVED_AT = "approvedAt";

    private final ScoringSettings settings;

    public PlanIssuedOnTimeRule(ScoringSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult evaluate(ScoreContext context) {
        LocalDate deadline = date(context.variable(VAR_DEADLINE));
        if (deadline == null) {
            deadline = settings.getPlanIssuedOnTime().deadlineIn(context.year());
        }
        LocalDate approved = date(context.variable(VAR_APPROVED_AT));
        if (approved == null) {
            approved = context.now().toLocalDate();
        }
        BigDecimal max = settings.getPlanIssuedOnTime().getPoints();
        boolean onTime = !approved.isAfter(deadline);
        BigDecimal points = onTime ? max : BigDecimal.ZERO;
        String reason = "Kế hoạch năm %d được phê duyệt ngày %s, %s hạn %s: %s/%s điểm.".formatted(context.year(),
                PlanTexts.DATE.format(approved), onTime ? "đúng" : "chậm so với", PlanTexts.DATE.format(deadline),
                points.stripTrailingZeros().toPlainString(), max.stripTrailingZeros().toPlainString());
        return new ScoreResult(points, max, reason);
    }

    private static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        String text = value.toString().strip();
        try {
            return text.length() <= 10 ? LocalDate.parse(text) : LocalDateTime.parse(text).toLocalDate();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an ISO date: '" + text + "'", e);
        }
    }
}
