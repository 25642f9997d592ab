package vn.plancycle.organization;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The workforce figures a unit records for a year (DOMAIN §1). The figures can only be set through
 * {@link #record} and {@link #update}, which refuse anything {@link WorkforceFigures} forbids.
 */
@Entity
@Table(name = "workforce_figure")
public class WorkforceFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(name = "\"year\"", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private int leaders;

    @Column(name = "expert_leaders", nullable = false)
    private int expertLeaders;

    @Column(nullable = false)
    private int officials;

    @Column(name = "trained_officials", nullable = false)
    private int trainedOfficials;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected WorkforceFigure() {
    }

    /** New figures of a unit for a year; throws {@link InvalidWorkforceException} if a rule is broken. */
    public static WorkforceFigure record(Unit unit, int year, WorkforceFigures figures, String by) {
        check(year, figures);
        WorkforceFigure f = new WorkforceFigure();
        f.unit = unit;
        f.year = year;
        f.apply(figures, by);
        return f;
    }

    /** Replaces the figures; throws {@link InvalidWorkforceException} (and changes nothing) if a rule is broken. */
    public void update(WorkforceFigures figures, String by) {
        check(year, figures);
        apply(figures, by);
    }

    private static void check(int year, WorkforceFigures figures) {
        List<WorkforceProblem> problems = figures.problems(year);
        if (!problems.isEmpty()) {
            throw new InvalidWorkforceException(problems);
        }
    }

    private void apply(WorkforceFigures figures, String by) {
        this.leaders = figures.leaders();
        this.expertLeaders = figures.expertLeaders();
        this.officials = figures.officials();
        this.trainedOfficials = figures.trainedOfficials();
        this.updatedBy = by;
        this.updatedAt = LocalDateTime.now();
    }

    public WorkforceFigures figures() {
        return new WorkforceFigures(leaders, expertLeaders, officials, trainedOfficials);
    }

    public boolean meetsExpertLeaderTarget(WorkforceTargets targets) {
        return figures().meetsExpertLeaderTarget(targets);
    }

    public boolean meetsTrainingTarget(WorkforceTargets targets) {
        return figures().meetsTrainingTarget(targets);
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public int getLeaders() {
        return leaders;
    }

    public int getExpertLeaders() {
        return expertLeaders;
    }

    public int getOfficials() {
        return officials;
    }

    public int getTrainedOfficials() {
        return trainedOfficials;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
