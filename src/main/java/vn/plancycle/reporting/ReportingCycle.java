package vn.plancycle.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

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
 * One reporting cycle (DOMAIN §3): a periodic report (Q1, H1, Q3, YEAR) or a thematic / ad-hoc request
 * with its title, scope (task groups, units; empty = all) and due date. Business key
 * {@code CYCLE-{YEAR}-{PERIOD}} or {@code CYCLE-{YEAR}-{KIND}-{n}}; {@link #getPeriod()} is the part
 * after the year, which the unit reports' keys repeat.
 */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle {

    public static final int TITLE_MAX = 300;
    public static final int NOTE_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_key", nullable = false, updatable = false, length = 60)
    private String businessKey;

    @Column(name = "\"year\"", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private ReportKind kind;

    @Column(nullable = false, updatable = false, length = 20)
    private String period;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "cut_off", nullable = false)
    private LocalDate cutOff;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "home_affairs_due")
    private LocalDate homeAffairsDue;

    @Column(name = "government_due")
    private LocalDate governmentDue;

    /** Comma-separated {@code TaskGroup} names; null = every group. */
    @Column(name = "scope_groups", length = 600)
    private String scopeGroups;

    /** Comma-separated unit codes; null = every active unit. */
    @Column(name = "scope_units", length = 4000)
    private String scopeUnits;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CycleStatus status = CycleStatus.COLLECTING;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private LocalDateTime openedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "consolidation_note", length = NOTE_MAX)
    private String consolidationNote;

    @Column(name = "consolidated_by", length = 64)
    private String consolidatedBy;

    @Column(name = "consolidated_at")
    private LocalDateTime consolidatedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Version
    private int version;

    protected ReportingCycle() {
    }

    public ReportingCycle(String businessKey, int year, ReportKind kind, String period, String title, CycleDates dates,
            String scopeGroups, String scopeUnits, String openedBy, LocalDateTime openedAt) {
        this.businessKey = businessKey;
        this.year = year;
        this.kind = kind;
        this.period = period;
        this.title = title;
        this.periodStart = dates.periodStart();
        this.cutOff = dates.cutOff();
        this.dueDate = dates.unitDue();
        this.homeAffairsDue = dates.homeAffairsDue();
        this.governmentDue = dates.governmentDue();
        this.scopeGroups = blankToNull(scopeGroups);
        this.scopeUnits = blankToNull(scopeUnits);
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** {@code CYCLE-2026-Q1}, {@code CYCLE-2026-AD_HOC-3}. */
    public static String businessKey(int year, String period) {
        return "CYCLE-" + year + "-" + period;
    }

    public List<String> scopeGroupList() {
        return split(scopeGroups);
    }

    public List<String> scopeUnitList() {
        return split(scopeUnits);
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void collected() {
        this.status = CycleStatus.CONSOLIDATING;
    }

    public void consolidated(String note, String by, LocalDateTime at) {
        this.consolidationNote = note;
        this.consolidatedBy = by;
        this.consolidatedAt = at;
        this.status = CycleStatus.WAITING_LEADERS;
    }

    public void returnedByLeaders(String comment) {
        this.returnComment = comment;
        this.status = CycleStatus.CONSOLIDATING;
    }

    public void approved(String by, LocalDateTime at) {
        this.approvedBy = by;
        this.approvedAt = at;
        this.status = CycleStatus.APPROVED;
    }

    private static List<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public int getYear() {
        return year;
    }

    public ReportKind getKind() {
        return kind;
    }

    public String getPeriod() {
        return period;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getCutOff() {
        return cutOff;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getHomeAffairsDue() {
        return homeAffairsDue;
    }

    public LocalDate getGovernmentDue() {
        return governmentDue;
    }

    public String getScopeGroups() {
        return scopeGroups;
    }

    public String getScopeUnits() {
        return scopeUnits;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getConsolidationNote() {
        return consolidationNote;
    }

    public String getConsolidatedBy() {
        return consolidatedBy;
    }

    public LocalDateTime getConsolidatedAt() {
        return consolidatedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getReturnComment() {
        return returnComment;
    }
}
