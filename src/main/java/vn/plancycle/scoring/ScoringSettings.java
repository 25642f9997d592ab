package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code plancycle.scoring.*}: the figures of DOMAIN §4 a ministry changes without code. A unit scores
 * out of {@code general-points + task-points}; each rule's share of the general points is its own.
 */
@Component
@ConfigurationProperties("plancycle.scoring")
public class ScoringSettings implements org.springframework.beans.factory.InitializingBean {

    /** General criteria, including the head's responsibility (plan issued, reports, workforce, transparency). */
    private BigDecimal generalPoints = new BigDecimal("30");
    /** Task results. */
    private BigDecimal taskPoints = new BigDecimal("70");
    /** Share of a task's points lost for each delay (an excused delay is none). */
    private BigDecimal taskDelayDeduction = new BigDecimal("0.25");
    /** Share of a task's points lost for each return for rework. */
    private BigDecimal taskReturnDeduction = new BigDecimal("0.25");
    private final PlanIssuedOnTime planIssuedOnTime = new PlanIssuedOnTime();
    private final Report report = new Report();
    private final Card scorecard = new Card();
    private final Classes classification = new Classes();

    /** Refuses, at start-up, general items whose weights do not add up to the general points. */
    @Override
    public void afterPropertiesSet() {
        BigDecimal sum = scorecard.getGeneral().stream().map(Item::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(generalPoints) != 0) {
            throw new IllegalStateException("plancycle.scoring.scorecard.general: the weights add up to " + sum
                    + ", not to plancycle.scoring.general-points = " + generalPoints);
        }
        long completion = scorecard.getGeneral().stream().filter(i -> i.getBasis() == Basis.COMPLETION).count();
        if (completion > 1) {
            throw new IllegalStateException("plancycle.scoring.scorecard.general: at most one item may have basis COMPLETION");
        }
        if (classification.getExcellentCapShare().signum() < 0
                || classification.getExcellentCapShare().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalStateException("plancycle.scoring.classification.excellent-cap-share must be between 0 and 1");
        }
    }

    public Card getScorecard() {
        return scorecard;
    }

    public Classes getClassification() {
        return classification;
    }

    /** The unit's maximum: general points + task points (100 by default). */
    public BigDecimal maxTotal() {
        return generalPoints.add(taskPoints);
    }

    public BigDecimal getGeneralPoints() {
        return generalPoints;
    }

    public void setGeneralPoints(BigDecimal generalPoints) {
        this.generalPoints = generalPoints;
    }

    public BigDecimal getTaskPoints() {
        return taskPoints;
    }

    public void setTaskPoints(BigDecimal taskPoints) {
        this.taskPoints = taskPoints;
    }

    public BigDecimal getTaskDelayDeduction() {
        return taskDelayDeduction;
    }

    public void setTaskDelayDeduction(BigDecimal taskDelayDeduction) {
        this.taskDelayDeduction = taskDelayDeduction;
    }

    public BigDecimal getTaskReturnDeduction() {
        return taskReturnDeduction;
    }

    public void setTaskReturnDeduction(BigDecimal taskReturnDeduction) {
        this.taskReturnDeduction = taskReturnDeduction;
    }

    /** One task's share of the task points: {@code task-points / tasks of the plan} (unrounded). */
    public BigDecimal pointsPerTask(int taskCount) {
        if (taskCount <= 0) {
            throw new IllegalArgumentException("a plan with tasks needs taskCount > 0, not " + taskCount);
        }
        return taskPoints.divide(BigDecimal.valueOf(taskCount), 10, java.math.RoundingMode.HALF_UP);
    }

    public PlanIssuedOnTime getPlanIssuedOnTime() {
        return planIssuedOnTime;
    }

    public Report getReport() {
        return report;
    }

    /**
     * Rules {@code report-on-time}, {@code report-returned}, {@code report-late}: a periodic report is worth
     * {@code report-points} (10 general points over the 4 reports of a year), a thematic or ad-hoc one
     * {@code requested-report-points}; each return by the reviewers costs {@code return-deduction} of that.
     */
    public static class Report {

        private BigDecimal reportPoints = new BigDecimal("2.5");
        private BigDecimal requestedReportPoints = BigDecimal.ONE;
        private BigDecimal returnDeduction = new BigDecimal("0.25");

        public BigDecimal getReportPoints() {
            return reportPoints;
        }

        public void setReportPoints(BigDecimal reportPoints) {
            this.reportPoints = reportPoints;
        }

        public BigDecimal getRequestedReportPoints() {
            return requestedReportPoints;
        }

        public void setRequestedReportPoints(BigDecimal requestedReportPoints) {
            this.requestedReportPoints = requestedReportPoints;
        }

        public BigDecimal getReturnDeduction() {
            return returnDeduction;
        }

        public void setReturnDeduction(BigDecimal returnDeduction) {
            this.returnDeduction = returnDeduction;
        }

        /** The report's maximum: periodic (period Q1, H1, Q3, YEAR) or requested. */
        public BigDecimal maxFor(String period) {
            return vn.plancycle.reporting.ReportingPeriod.parse(period).isPresent() ? reportPoints
                    : requestedReportPoints;
        }
    }

    /** Rule {@code plan-issued-on-time}: full points when the head approves the plan by the deadline. */
    public static class PlanIssuedOnTime {

        /** Points of the general criteria for a plan issued on time. */
        private BigDecimal points = new BigDecimal("5");
        /** Deadline in the plan's year, ISO month-day ({@code --01-31} = 31 January). */
        private String deadline = "--01-31";

        public LocalDate deadlineIn(int year) {
            return MonthDay.parse(deadline).atYear(year);
        }

        public BigDecimal getPoints() {
            return points;
        }

        public void setPoints(BigDecimal points) {
            this.points = points;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            MonthDay.parse(deadline); // refuse a bad value at start-up
            this.deadline = deadline;
        }
    }

    /** How an item of the general criteria is scored. */
    public enum Basis {
        /** weight × (points ÷ maximum points) of the item's entries; nothing when it has no entries yet. */
        ENTRIES,
        /** the plan completion bands: the share of the plan's task points earned by accepted tasks. */
        COMPLETION
    }

    /** One item of the general criteria: its key (labels: {@code scorecard.item.<key>}), weight and criteria. */
    public static class Item {

        private String key;
        private BigDecimal weight;
        private Basis basis = Basis.ENTRIES;
        private List<String> criteria = new ArrayList<>();

        public Item() {
        }

        Item(String key, String weight, Basis basis, String... criteria) {
            this.key = key;
            this.weight = new BigDecimal(weight);
            this.basis = basis;
            this.criteria = new ArrayList<>(List.of(criteria));
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        public Basis getBasis() {
            return basis;
        }

        public void setBasis(Basis basis) {
            this.basis = basis;
        }

        public List<String> getCriteria() {
            return criteria;
        }

        public void setCriteria(List<String> criteria) {
            this.criteria = criteria;
        }
    }

    /**
     * {@code plancycle.scoring.scorecard.*}: how the entries make a scorecard (DOMAIN §4). The general items
     * (their weights add up to {@code general-points}); the task criteria (their sum, between 0 and
     * {@code task-points}); the criterion of the appraisal's adjustments; the plan completion bands.
     */
    public static class Card {

        private List<Item> general = new ArrayList<>(List.of(
                new Item("plan-issued", "5", Basis.ENTRIES, "plan-issued-on-time"),
                new Item("plan-completion", "5", Basis.COMPLETION),
                new Item("reports", "10", Basis.ENTRIES, "report-on-time", "report-late", "report-returned"),
                new Item("workforce", "5", Basis.ENTRIES, "workforce-leadership", "workforce-training"),
                new Item("transparency", "5", Basis.ENTRIES, "plan-published")));
        /** The criterion of accepted tasks: its maximum points are the quantity, its shortfall the delays. */
        private String taskResultCriterion = "task-result";
        /** Criteria that deduct from task results (quality: returns for rework). */
        private List<String> taskDeductionCriteria = new ArrayList<>(List.of("task-returned"));
        /** Criterion of the reviewers' adjustments at appraisal, added to the total. */
        private String adjustmentCriterion = "appraisal-adjustment";
        /** Plan completion above this percent earns the item's full weight ... */
        private BigDecimal completionFullAbove = new BigDecimal("90");
        /** ... from this percent (up to the one above) half of it, below it nothing. */
        private BigDecimal completionHalfFrom = new BigDecimal("70");

        public List<Item> getGeneral() {
            return general;
        }

        public void setGeneral(List<Item> general) {
            this.general = general;
        }

        public String getTaskResultCriterion() {
            return taskResultCriterion;
        }

        public void setTaskResultCriterion(String taskResultCriterion) {
            this.taskResultCriterion = taskResultCriterion;
        }

        public List<String> getTaskDeductionCriteria() {
            return taskDeductionCriteria;
        }

        public void setTaskDeductionCriteria(List<String> taskDeductionCriteria) {
            this.taskDeductionCriteria = taskDeductionCriteria;
        }

        public String getAdjustmentCriterion() {
            return adjustmentCriterion;
        }

        public void setAdjustmentCriterion(String adjustmentCriterion) {
            this.adjustmentCriterion = adjustmentCriterion;
        }

        public BigDecimal getCompletionFullAbove() {
            return completionFullAbove;
        }

        public void setCompletionFullAbove(BigDecimal completionFullAbove) {
            this.completionFullAbove = completionFullAbove;
        }

        public BigDecimal getCompletionHalfFrom() {
            return completionHalfFrom;
        }

        public void setCompletionHalfFrom(BigDecimal completionHalfFrom) {
            this.completionHalfFrom = completionHalfFrom;
        }
    }

    /**
     * {@code plancycle.scoring.classification.*}: the classes' lower bounds (DOMAIN §4: excellent ≥ 90, good
     * 70–&lt;90, completed 50–&lt;70, not completed below) and the share of the units rated good or better that
     * may be excellent (20 %).
     */
    public static class Classes {

        private BigDecimal excellentFrom = new BigDecimal("90");
        private BigDecimal goodFrom = new BigDecimal("70");
        private BigDecimal completedFrom = new BigDecimal("50");
        private BigDecimal excellentCapShare = new BigDecimal("0.20");

        public BigDecimal getExcellentFrom() {
            return excellentFrom;
        }

        public void setExcellentFrom(BigDecimal excellentFrom) {
            this.excellentFrom = excellentFrom;
        }

        public BigDecimal getGoodFrom() {
            return goodFrom;
        }

        public void setGoodFrom(BigDecimal goodFrom) {
            this.goodFrom = goodFrom;
        }

        public BigDecimal getCompletedFrom() {
            return completedFrom;
        }

        public void setCompletedFrom(BigDecimal completedFrom) {
            this.completedFrom = completedFrom;
        }

        public BigDecimal getExcellentCapShare() {
            return excellentCapShare;
        }

        public void setExcellentCapShare(BigDecimal excellentCapShare) {
            this.excellentCapShare = excellentCapShare;
        }
    }
}
