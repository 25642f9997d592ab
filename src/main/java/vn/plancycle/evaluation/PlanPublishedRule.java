package vn.plancycle.evaluation;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import vn.plancycle.scoring.Points;
import vn.plancycle.organization.UnitRepository;
import vn.plancycle.plan.Plan;
import vn.plancycle.plan.PlanRepository;
import vn.plancycle.plan.PlanStatus;
import vn.plancycle.plan.PlanTexts;
import vn.plancycle.scoring.ScoreContext;
import vn.plancycle.scoring.ScoreResult;
import vn.plancycle.scoring.ScoreRule;

/**
 * {@code plan-published} (transparency, DOMAIN §1 "công khai"): the unit's plan of the year is published →
 * the full points (default 5 of 5), with the publication date in the reason; otherwise 0 of 5.
 */
@Component
public class PlanPublishedRule implements ScoreRule {

    public static final String NAME = "plan-published";

    private final UnitRepository units;
    private final PlanRepository plans;
    private final EvaluationSettings settings;

    public PlanPublishedRule(UnitRepository units, PlanRepository plans, EvaluationSettings settings) {
        this.units = units;
        this.plans = plans;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult evaluate(ScoreContext context) {
        BigDecimal max = settings.getTransparencyPoints();
        Plan plan = units.findByCode(context.unitCode())
                .flatMap(u -> plans.findByUnitIdAndYear(u.getId(), context.year())).orElse(null);
        if (plan != null && plan.getStatus() == PlanStatus.PUBLISHED) {
            String when = plan.getPublishedAt() == null ? "" : " ngày " + PlanTexts.DATE.format(plan.getPublishedAt());
            return new ScoreResult(max, max, "Kế hoạch năm %d đã được công khai%s: %s/%s điểm.".formatted(context.year(),
                    when, Points.text(max), Points.text(max)));
        }
        return new ScoreResult(BigDecimal.ZERO, max, "Kế hoạch năm %d %s: 0/%s điểm.".formatted(context.year(),
                plan == null ? "chưa được lập" : "chưa được công khai", Points.text(max)));
    }
}
