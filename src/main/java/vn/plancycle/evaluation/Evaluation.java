package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.plancycle.scoring.Classification;
import vn.plancycle.scoring.ClassifiedUnit;

/**
 * A unit's annual evaluation ({@code annual-evaluation}, business key {@code EVAL-{UNIT}-{YEAR}}): the
 * scorecard frozen at an entry id, the head's self-assessment, the reviewers' appraisal (with an optional
 * adjustment recorded as a score entry), and the published class. The status rules are the methods here.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    private String unitCode;

    @Column(name = "\"year\"", nullable = false, updatable = false)
    private int year;

    @Column(name = "business_key", nullable = false, updatable = false, length = 60)
    private String businessKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EvaluationStatus status = EvaluationStatus.OPENED;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "frozen_entry_id")
    private Long frozenEntryId;

    @Column(name = "frozen_total", precision = 7, scale = 2)
    private BigDecimal frozenTotal;

    @Column(name = "completion_percent", precision = 7, scale = 2)
    private BigDecimal completionPercent;

    @Column(name = "frozen_at")
    private LocalDateTime frozenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_class", length = 20)
    private Classification selfClass;

    @Column(length = 4000)
    private String explanation;

    @Column(length = 2000)
    private String evidence;

    @Column(name = "self_assessed_by", length = 64)
    private String selfAssessedBy;

    @Column(name = "self_assessed_at")
    private LocalDateTime selfAssessedAt;

    @Column(name = "self_missing", nullable = false)
    private boolean selfMissing;

    @Column(name = "appraisal_decision", length = 20)
    private String appraisalDecision;

    @Column(name = "appraisal_comment", length = 2000)
    private String appraisalComment;

    @Column(precision = 7, scale = 2)
    private BigDecimal adjustment;

    @Column(name = "adjustment_reason", length = 1000)
    private String adjustmentReason;

    @Column(name = "appraised_by", length = 64)
    private String appraisedBy;

    @Column(name = "appraised_at")
    private LocalDateTime appraisedAt;

    @Column(name = "appraised_score", precision = 7, scale = 2)
    private BigDecimal appraisedScore;

    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_class", length = 20)
    private Classification finalClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "fall_back", length = 20)
    private ClassifiedUnit.FallBack fallBack;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    private int version;

    protected Evaluation() {
    }

    public Evaluation(long roundId, String unitCode, int year) {
        this.roundId = roundId;
        this.unitCode = unitCode;
        this.year = year;
        this.businessKey = businessKey(unitCode, year);
    }

    public static String businessKey(String unitCode, int year) {
        return "EVAL-" + unitCode.toUpperCase(java.util.Locale.ROOT) + "-" + year;
    }

    public boolean isStarted() {
        return processInstanceId != null;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The scorecard is frozen at this entry: the head's self-assessment is next. */
    public void frozen(long entryId, BigDecimal total, BigDecimal completion, LocalDateTime at) {
        if (frozenEntryId == null) {
            frozenEntryId = entryId;
            frozenTotal = total;
            completionPercent = completion;
            frozenAt = at;
        }
        if (status == EvaluationStatus.OPENED) {
            status = EvaluationStatus.WAITING_SELF_ASSESSMENT;
        }
    }

    /** The head's self-assessment (already checked by {@link EvaluationRules}). */
    public void selfAssessed(Classification proposed, String explanation, String evidence, String by,
            LocalDateTime at) {
        requireStatus(EvaluationStatus.WAITING_SELF_ASSESSMENT);
        this.selfClass = proposed;
        this.explanation = explanation;
        this.evidence = evidence;
        this.selfAssessedBy = by;
        this.selfAssessedAt = at;
        this.selfMissing = false;
        this.status = EvaluationStatus.WAITING_APPRAISAL;
    }

    /** The self-assessment deadline passed without it: the appraisal goes ahead, noting so. */
    public void selfAssessmentMissed() {
        if (status == EvaluationStatus.WAITING_SELF_ASSESSMENT) {
            selfMissing = selfAssessedAt == null;
            status = EvaluationStatus.WAITING_APPRAISAL;
        }
    }

    /** The reviewers returned the self-assessment to the head with a comment. */
    public void appraisalReturned(String comment, String by, LocalDateTime at) {
        requireStatus(EvaluationStatus.WAITING_APPRAISAL);
        appraisalDecision = vn.plancycle.approval.Decision.RETURNED;
        appraisalComment = comment;
        appraisedBy = by;
        appraisedAt = at;
        returnCount++;
        status = EvaluationStatus.WAITING_SELF_ASSESSMENT;
    }

    /** The reviewers accepted, with an optional adjustment (its score entry is recorded by the process). */
    public void appraisalAccepted(String comment, BigDecimal adjustment, String reason, String by, LocalDateTime at) {
        requireStatus(EvaluationStatus.WAITING_APPRAISAL);
        appraisalDecision = vn.plancycle.approval.Decision.ACCEPTED;
        appraisalComment = comment;
        this.adjustment = adjustment;
        this.adjustmentReason = reason;
        appraisedBy = by;
        appraisedAt = at;
    }

    /** The appraised score: the frozen scorecard with the adjustments. */
    public void appraised(BigDecimal score) {
        if (status != EvaluationStatus.WAITING_APPRAISAL && status != EvaluationStatus.APPRAISED) {
            throw new IllegalStateException(businessKey + " is " + status + ", not waiting for its appraisal");
        }
        appraisedScore = score;
        status = EvaluationStatus.APPRAISED;
    }

    /** A revision by the reviewers after the leaders returned the classification. */
    public void revised(BigDecimal score, BigDecimal totalAdjustment, String reason, String by, LocalDateTime at) {
        requireStatus(EvaluationStatus.APPRAISED);
        appraisedScore = score;
        adjustment = totalAdjustment;
        adjustmentReason = reason;
        appraisedBy = by;
        appraisedAt = at;
    }

    /** The class the leaders confirmed, published. */
    public void published(Classification result, ClassifiedUnit.FallBack fallBack, LocalDateTime at) {
        if (status == EvaluationStatus.PUBLISHED) {
            return;
        }
        requireStatus(EvaluationStatus.APPRAISED);
        finalClass = result;
        this.fallBack = fallBack;
        publishedAt = at;
        status = EvaluationStatus.PUBLISHED;
    }

    public boolean isAppraised() {
        return status == EvaluationStatus.APPRAISED || status == EvaluationStatus.PUBLISHED;
    }

    private void requireStatus(EvaluationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException(businessKey + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getYear() {
        return year;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Long getFrozenEntryId() {
        return frozenEntryId;
    }

    public BigDecimal getFrozenTotal() {
        return frozenTotal;
    }

    public BigDecimal getCompletionPercent() {
        return completionPercent;
    }

    public LocalDateTime getFrozenAt() {
        return frozenAt;
    }

    public Classification getSelfClass() {
        return selfClass;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getSelfAssessedBy() {
        return selfAssessedBy;
    }

    public LocalDateTime getSelfAssessedAt() {
        return selfAssessedAt;
    }

    public boolean isSelfMissing() {
        return selfMissing;
    }

    public String getAppraisalDecision() {
        return appraisalDecision;
    }

    public String getAppraisalComment() {
        return appraisalComment;
    }

    public BigDecimal getAdjustment() {
        return adjustment;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public String getAppraisedBy() {
        return appraisedBy;
    }

    public LocalDateTime getAppraisedAt() {
        return appraisedAt;
    }

    public BigDecimal getAppraisedScore() {
        return appraisedScore;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public Classification getFinalClass() {
        return finalClass;
    }

    public ClassifiedUnit.FallBack getFallBack() {
        return fallBack;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
