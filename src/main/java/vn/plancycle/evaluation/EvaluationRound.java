package vn.plancycle.evaluation;

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

/** The ministry's evaluation round of a year ({@code evaluation-round}, business key {@code EVAL-{YEAR}}). */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "\"year\"", nullable = false, updatable = false)
    private int year;

    @Column(name = "business_key", nullable = false, updatable = false, length = 40)
    private String businessKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.OPEN;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private LocalDateTime openedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "returned_by", length = 64)
    private String returnedBy;

    @Column(name = "returned_at")
    private LocalDateTime returnedAt;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    private int version;

    protected EvaluationRound() {
    }

    public EvaluationRound(int year, String openedBy, LocalDateTime openedAt) {
        this.year = year;
        this.businessKey = businessKey(year);
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public static String businessKey(int year) {
        return "EVAL-" + year;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Every unit appraised: the leaders' turn. */
    public void waitForLeaders() {
        if (status == RoundStatus.PUBLISHED) {
            throw new IllegalStateException("round " + year + " is published");
        }
        status = RoundStatus.WAITING_LEADERS;
    }

    /** The leaders returned the classification to the reviewers. */
    public void returned(String comment, String by, LocalDateTime at) {
        requireStatus(RoundStatus.WAITING_LEADERS);
        status = RoundStatus.RETURNED;
        returnComment = comment;
        returnedBy = by;
        returnedAt = at;
    }

    /** The leaders confirmed: published. */
    public void published(String by, LocalDateTime at) {
        if (status == RoundStatus.PUBLISHED) {
            return;
        }
        requireStatus(RoundStatus.WAITING_LEADERS);
        status = RoundStatus.PUBLISHED;
        confirmedBy = by;
        confirmedAt = at;
        publishedAt = at;
    }

    public boolean isPublished() {
        return status == RoundStatus.PUBLISHED;
    }

    private void requireStatus(RoundStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("round " + year + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public RoundStatus getStatus() {
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

    public String getReturnComment() {
        return returnComment;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public LocalDateTime getReturnedAt() {
        return returnedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
