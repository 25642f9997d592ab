package vn.plancycle.reporting;

import java.time.LocalDate;
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

/**
 * One unit's report in one cycle (business key {@code REPORT-{UNIT}-{YEAR}-{PERIOD}}): the workforce
 * figures frozen at the cut-off (task lines and group counts are {@link ReportTaskLine} and
 * {@link ReportGroupFigure}), the narrative sections of DOMAIN §3 written by staff, and where it stands.
 * The status changes only through the methods below, which hold the rules.
 */
@Entity
@Table(name = "unit_report")
public class UnitReport {

    public static final int SECTION_MAX = 20000;
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    private String unitCode;

    @Column(name = "business_key", nullable = false, updatable = false, length = 80)
    private String businessKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.NOT_STARTED;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "prefilled_at")
    private LocalDateTime prefilledAt;

    private Integer leaders;

    @Column(name = "expert_leaders")
    private Integer expertLeaders;

    private Integer officials;

    @Column(name = "trained_officials")
    private Integer trainedOfficials;

    @Column(length = SECTION_MAX)
    private String results;

    @Column(length = SECTION_MAX)
    private String shortcomings;

    @Column(name = "next_tasks", length = SECTION_MAX)
    private String nextTasks;

    @Column(length = SECTION_MAX)
    private String proposals;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "sent_to_head_at")
    private LocalDateTime sentToHeadAt;

    @Column(name = "signed_by", length = 64)
    private String signedBy;

    @Column(name = "signed_at")
    private LocalDateTime signedAt;

    @Column(name = "accepted_by", length = 64)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "head_return_count", nullable = false)
    private int headReturnCount;

    /** Returns by the ministry's reviewers (the ones that cost points and escalate). */
    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @Column(name = "last_return_comment", length = COMMENT_MAX)
    private String lastReturnComment;

    @Column(name = "last_returned_by", length = 64)
    private String lastReturnedBy;

    @Column(nullable = false)
    private boolean late;

    @Column(nullable = false)
    private boolean escalated;

    /** The {@code unit-report} instance this report was started as; null until the launch reaches it. */
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private int version;

    protected UnitReport() {
    }

    public UnitReport(ReportingCycle cycle, String unitCode) {
        this.cycleId = cycle.getId();
        this.unitCode = unitCode;
        this.businessKey = businessKey(unitCode, cycle.getYear(), cycle.getPeriod());
        this.dueDate = cycle.getDueDate();
    }

    /** {@code REPORT-VP-2026-Q1}, {@code REPORT-VP-2026-AD_HOC-3}. */
    public static String businessKey(String unitCode, int year, String period) {
        return "REPORT-" + unitCode.toUpperCase(java.util.Locale.ROOT) + "-" + year + "-" + period;
    }

    /** The figures were frozen (workforce here; task lines and group counts beside). */
    public void prefilled(Integer leaders, Integer expertLeaders, Integer officials, Integer trainedOfficials,
            LocalDateTime at) {
        this.leaders = leaders;
        this.expertLeaders = expertLeaders;
        this.officials = officials;
        this.trainedOfficials = trainedOfficials;
        this.prefilledAt = at;
    }

    public boolean isPrefilled() {
        return prefilledAt != null;
    }

    /** Staff save the narrative sections; refused once the report left the unit's hands. */
    public void write(String results, String shortcomings, String nextTasks, String proposals, String by,
            LocalDateTime at) {
        requireEditable();
        this.results = results;
        this.shortcomings = shortcomings;
        this.nextTasks = nextTasks;
        this.proposals = proposals;
        this.updatedBy = by;
        this.updatedAt = at;
        if (status == ReportStatus.NOT_STARTED) {
            status = ReportStatus.DRAFTING;
        }
    }

    /** Complete enough to send to the head: the results and the next period's tasks are written. */
    public boolean isComplete() {
        return !blank(results) && !blank(nextTasks);
    }

    public void sentToHead(LocalDateTime at) {
        requireEditable();
        this.status = ReportStatus.WAITING_HEAD;
        this.sentToHeadAt = at;
    }

    public void returnedByHead(String comment, String by) {
        this.status = ReportStatus.RETURNED;
        this.headReturnCount++;
        this.lastReturnComment = comment;
        this.lastReturnedBy = by;
    }

    /** The head signs: the report is submitted to the ministry. */
    public void signed(String by, LocalDateTime at) {
        this.status = ReportStatus.SUBMITTED;
        this.signedBy = by;
        this.signedAt = at;
    }

    public void returnedByReviewer(String comment, String by) {
        this.status = ReportStatus.RETURNED;
        this.returnCount++;
        this.lastReturnComment = comment;
        this.lastReturnedBy = by;
    }

    public void accepted(String by, LocalDateTime at) {
        this.status = ReportStatus.ACCEPTED;
        this.acceptedBy = by;
        this.acceptedAt = at;
    }

    /** Marks the report late; false when it already was (lateness counts once). */
    public boolean markLate() {
        if (late) {
            return false;
        }
        late = true;
        return true;
    }

    /** Marks the report escalated; false when it already was. */
    public boolean markEscalated() {
        if (escalated) {
            return false;
        }
        escalated = true;
        return true;
    }

    /** The launch started this report's instance (once: a started report is never started again). */
    public void startedAs(String processInstanceId) {
        if (this.processInstanceId != null) {
            throw new IllegalStateException("report " + businessKey + " was already started");
        }
        this.processInstanceId = processInstanceId;
    }

    public boolean isStarted() {
        return processInstanceId != null;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new IllegalStateException("report " + businessKey + " is " + status + ", not editable");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDateTime getPrefilledAt() {
        return prefilledAt;
    }

    public Integer getLeaders() {
        return leaders;
    }

    public Integer getExpertLeaders() {
        return expertLeaders;
    }

    public Integer getOfficials() {
        return officials;
    }

    public Integer getTrainedOfficials() {
        return trainedOfficials;
    }

    public String getResults() {
        return results;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public String getNextTasks() {
        return nextTasks;
    }

    public String getProposals() {
        return proposals;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getSentToHeadAt() {
        return sentToHeadAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public int getHeadReturnCount() {
        return headReturnCount;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public String getLastReturnComment() {
        return lastReturnComment;
    }

    public String getLastReturnedBy() {
        return lastReturnedBy;
    }

    public boolean isLate() {
        return late;
    }

    public boolean isEscalated() {
        return escalated;
    }
}
