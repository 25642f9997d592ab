package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.plancycle.scoring.Points;
import vn.plancycle.approval.Decision;
import vn.plancycle.scoring.Classification;

/**
 * What a self-assessment and an appraisal must hold, in one place, for the pages and for Tasklist alike:
 * a proposed class, an explanation (≤ 4000 characters), evidence (≤ 2000); the reviewers' decision
 * ({@code accepted} / {@code returned}, a comment when returning) and an optional adjustment of at most
 * ±{@code maxAdjustment} points with 2 decimals, which needs a reason. Each check throws
 * {@link EvaluationRefusedException} with the message key of the first problem.
 */
@Component
public class EvaluationRules {

    public static final int MAX_EXPLANATION = 4000;
    public static final int MAX_EVIDENCE = 2000;
    public static final int MAX_REASON = 1000;

    private final EvaluationSettings settings;

    public EvaluationRules(EvaluationSettings settings) {
        this.settings = settings;
    }

    /** The head's self-assessment, checked. */
    public record SelfAssessment(Classification proposed, String explanation, String evidence) {
    }

    /** The reviewers' appraisal, checked: the adjustment is null when none was given (or when returning). */
    public record Appraisal(String decision, String comment, BigDecimal adjustment, String reason) {

        public boolean adjusted() {
            return adjustment != null && adjustment.signum() != 0;
        }
    }

    public SelfAssessment selfAssessment(Object proposedClass, Object explanation, Object evidence) {
        String proposed = text(proposedClass);
        Classification cls;
        try {
            cls = proposed.isEmpty() ? null : Classification.valueOf(proposed.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            cls = null;
        }
        if (cls == null) {
            throw new EvaluationRefusedException("evaluation.self.classRequired");
        }
        String why = text(explanation);
        if (why.isEmpty()) {
            throw new EvaluationRefusedException("evaluation.self.explanationRequired");
        }
        if (why.length() > MAX_EXPLANATION) {
            throw new EvaluationRefusedException("evaluation.self.explanationTooLong", MAX_EXPLANATION);
        }
        String proof = text(evidence);
        if (proof.length() > MAX_EVIDENCE) {
            throw new EvaluationRefusedException("evaluation.self.evidenceTooLong", MAX_EVIDENCE);
        }
        return new SelfAssessment(cls, why, proof.isEmpty() ? null : proof);
    }

    public Appraisal appraisal(Object decision, Object comment, Object adjustment, Object reason) {
        String d = text(decision);
        if (!Decision.ACCEPTED.equals(d) && !Decision.RETURNED.equals(d)) {
            throw new EvaluationRefusedException("evaluation.appraisal.decisionRequired");
        }
        String c = text(comment);
        if (Decision.RETURNED.equals(d) && c.isEmpty()) {
            throw new EvaluationRefusedException("evaluation.appraisal.commentRequired");
        }
        if (c.length() > Decision.MAX_COMMENT) {
            throw new EvaluationRefusedException("evaluation.appraisal.commentTooLong", Decision.MAX_COMMENT);
        }
        if (Decision.RETURNED.equals(d)) {
            return new Appraisal(d, c, null, null);
        }
        BigDecimal points = adjustment(adjustment);
        String why = text(reason);
        if (points != null && points.signum() != 0 && why.isEmpty()) {
            throw new EvaluationRefusedException("evaluation.appraisal.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new EvaluationRefusedException("evaluation.appraisal.reasonTooLong", MAX_REASON);
        }
        boolean none = points == null || points.signum() == 0;
        return new Appraisal(d, c.isEmpty() ? null : c, none ? null : points, none ? null : why);
    }

    /** An adjustment in points: empty = none; a number of at most 2 decimals within ±max. */
    public BigDecimal adjustment(Object value) {
        String text = text(value).replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal points;
        try {
            points = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new EvaluationRefusedException("evaluation.appraisal.adjustmentNotNumber");
        }
        if (points.stripTrailingZeros().scale() > 2) {
            throw new EvaluationRefusedException("evaluation.appraisal.adjustmentDecimals");
        }
        BigDecimal max = settings.getMaxAdjustment();
        if (points.abs().compareTo(max) > 0) {
            throw new EvaluationRefusedException("evaluation.appraisal.adjustmentRange", Points.text(max));
        }
        return points.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
