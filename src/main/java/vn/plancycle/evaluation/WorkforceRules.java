package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.plancycle.scoring.Points;
import vn.plancycle.organization.TargetCheck;
import vn.plancycle.organization.WorkforceService;
import vn.plancycle.organization.WorkforceView;
import vn.plancycle.scoring.ScoreContext;
import vn.plancycle.scoring.ScoreResult;
import vn.plancycle.scoring.ScoreRule;

/**
 * The workforce criteria of DOMAIN §1/§4, scored when the evaluation freezes the scorecard, from the unit's
 * figures of the year ({@link WorkforceService#view}): a target met earns the full points (default 2.5 of
 * 2.5), else 0; no figures recorded earns 0 with a reason that says so.
 */
@Component
public class WorkforceRules {

    public static final String LEADERSHIP = "workforce-leadership";
    public static final String TRAINING = "workforce-training";

    private final WorkforceService workforce;
    private final EvaluationSettings settings;

    public WorkforceRules(WorkforceService workforce, EvaluationSettings settings) {
        this.workforce = workforce;
        this.settings = settings;
    }

    ScoreResult evaluate(ScoreContext context, String what, Function<TargetCheck, Boolean> met,
            Function<TargetCheck, BigDecimal> share, Function<TargetCheck, BigDecimal> target) {
        WorkforceView view = workforce.view(context.unitCode(), context.year());
        BigDecimal max = settings.getWorkforcePoints();
        String maxText = Points.text(max);
        if (!view.check().recorded()) {
            return new ScoreResult(BigDecimal.ZERO, max, "Đơn vị chưa nhập số liệu nhân lực năm %d: %s đạt 0/%s điểm."
                    .formatted(context.year(), what, maxText));
        }
        boolean ok = met.apply(view.check());
        BigDecimal shareValue = share.apply(view.check());
        BigDecimal points = ok ? max : BigDecimal.ZERO;
        return new ScoreResult(points, max, "%s năm %d: %s %% (chỉ tiêu ≥ %s %%), %s: %s/%s điểm.".formatted(what,
                context.year(), shareValue == null ? "—" : Points.text(shareValue),
                Points.text(target.apply(view.check())), ok ? "đạt" : "không đạt",
                Points.text(points), maxText));
    }

    /** {@code workforce-leadership}: at least 25 % of the leaders with S&T / digital expertise. */
    @Component
    public static class LeadershipRule implements ScoreRule {

        private final WorkforceRules rules;

        public LeadershipRule(WorkforceRules rules) {
            this.rules = rules;
        }

        @Override
        public String name() {
            return LEADERSHIP;
        }

        @Override
        public ScoreResult evaluate(ScoreContext context) {
            return rules.evaluate(context, "Tỷ lệ lãnh đạo có chuyên môn KH,CN,ĐMST,CĐS",
                    TargetCheck::meetsExpertLeaderTarget, TargetCheck::expertLeaderShare,
                    TargetCheck::expertLeaderTarget);
        }
    }

    /** {@code workforce-training}: 100 % of the officials trained. */
    @Component
    public static class TrainingRule implements ScoreRule {

        private final WorkforceRules rules;

        public TrainingRule(WorkforceRules rules) {
            this.rules = rules;
        }

        @Override
        public String name() {
            return TRAINING;
        }

        @Override
        public ScoreResult evaluate(ScoreContext context) {
            return rules.evaluate(context, "Tỷ lệ công chức được bồi dưỡng KH,CN,ĐMST,CĐS",
                    TargetCheck::meetsTrainingTarget, TargetCheck::trainedOfficialShare,
                    TargetCheck::trainedOfficialTarget);
        }
    }
}
