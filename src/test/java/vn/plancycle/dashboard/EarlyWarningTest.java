package vn.plancycle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.plancycle.execution.TaskStage;
import vn.plancycle.reporting.ReportStatus;

/**
 * The early-warning rule on hand-made situations at its edges, with the default thresholds (margin 25 points,
 * due soon 14 days under 50 %, history weight 1, reports due within 7 days). Year 2087: 1 January + 100 days is
 * 11 April, so a day is a percent of the time.
 */
class EarlyWarningTest {

    static final LocalDate START = LocalDate.of(2087, 1, 1);
    static final LocalDate DUE = START.plusDays(100);
    static final Locale VI = Locale.forLanguageTag("vi");

    final EarlyWarning rule = new EarlyWarning(new DashboardSettings());

    static EarlyWarning.TaskSituation task(int progress, LocalDate due) {
        return new EarlyWarning.TaskSituation(7, "vp", "Nhiệm vụ thử", 2087, TaskStage.WORKING, progress, due);
    }

    static LocalDate day(int n) {
        return START.plusDays(n);
    }

    static String text(Optional<Warning> w) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/dashboard", "messages/reporting");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return w.orElseThrow().reasons().stream().map(r -> messages.getMessage(r, VI))
                .collect(Collectors.joining("; "));
    }

    @Test
    void flagsTheBriefsExampleWithItsReasonInVietnamese() {
        Optional<Warning> w = rule.task(task(20, DUE), 3, 10, day(80));
        assertThat(w).isPresent();
        assertThat(text(w)).isEqualTo("tiến độ 20 % sau 80 % thời gian; đơn vị đã chậm 3/10 nhiệm vụ năm nay");
    }

    @Test
    void behindByExactlyTheMarginIsNotFlaggedOneMoreIs() {
        assertThat(rule.task(task(35, DUE), 0, 10, day(60))).isEmpty();
        Optional<Warning> w = rule.task(task(34, DUE), 0, 10, day(60));
        assertThat(text(w)).isEqualTo("tiến độ 34 % sau 60 % thời gian");
        assertThat(w.get().severity()).isEqualTo(26.0);
    }

    @Test
    void theUnitsHistoryTightensTheMargin() {
        // 15 points behind: within the margin of 25 for a unit never late ...
        assertThat(rule.task(task(45, DUE), 0, 6, day(60))).isEmpty();
        // ... beyond 25 × (1 − 3/6) = 12.5 for a unit late on half its tasks
        Optional<Warning> w = rule.task(task(45, DUE), 3, 6, day(60));
        assertThat(text(w)).isEqualTo("tiến độ 45 % sau 60 % thời gian; đơn vị đã chậm 3/6 nhiệm vụ năm nay");
        assertThat(w.get().severity()).isEqualTo(15 * 1.5);
    }

    @Test
    void dueSoonWithLowProgressIsFlaggedAtTheEdges() {
        // a short task (due 21 January): 14 days ahead, 30 % of its time is gone, so only "due soon" applies
        LocalDate shortDue = START.plusDays(20);
        assertThat(text(rule.task(task(49, shortDue), 0, 0, shortDue.minusDays(14))))
                .isEqualTo("còn 14 ngày đến hạn, tiến độ mới 49 %");
        assertThat(rule.task(task(49, shortDue), 0, 0, shortDue.minusDays(15))).isEmpty();
        assertThat(rule.task(task(50, shortDue), 0, 0, shortDue.minusDays(14))).isEmpty();
        assertThat(text(rule.task(task(10, shortDue), 0, 0, shortDue)))
                .isEqualTo("tiến độ 10 % sau 100 % thời gian; còn 0 ngày đến hạn, tiến độ mới 10 %");
    }

    @Test
    void onlyOpenTasksStillOnTimeAreFlagged() {
        assertThat(rule.task(task(0, DUE), 5, 10, DUE.plusDays(1))).as("already overdue: red, not a warning").isEmpty();
        assertThat(rule.task(new EarlyWarning.TaskSituation(7, "vp", "t", 2087, TaskStage.REPORTED, 0, DUE), 0, 0,
                day(90))).as("result reported").isEmpty();
        assertThat(rule.task(new EarlyWarning.TaskSituation(7, "vp", "t", 2087, TaskStage.ACCEPTED, 0, DUE), 0, 0,
                day(90))).as("accepted").isEmpty();
        assertThat(rule.task(task(0, DUE), 0, 0, START.minusDays(3))).as("before the year starts").isEmpty();
    }

    @Test
    void elapsedTimeRunsFromTheFirstOfJanuaryToTheDeadline() {
        assertThat(EarlyWarning.elapsedPercent(2087, DUE, START.minusDays(5))).isZero();
        assertThat(EarlyWarning.elapsedPercent(2087, DUE, day(1))).isEqualTo(1);
        assertThat(EarlyWarning.elapsedPercent(2087, DUE, DUE.plusDays(30))).isEqualTo(100);
        assertThat(EarlyWarning.elapsedPercent(2087, START, START)).isEqualTo(100);
    }

    static EarlyWarning.ReportSituation report(ReportStatus status, LocalDate due, boolean late) {
        return new EarlyWarning.ReportSituation(9, "khtc", "Báo cáo quý I", status, due, late);
    }

    @Test
    void aReportNotStartedDueWithinSevenDaysIsFlaggedNotEightDaysAhead() {
        LocalDate today = day(60);
        Optional<Warning> w = rule.report(report(ReportStatus.NOT_STARTED, today.plusDays(7), false), 0, today);
        assertThat(text(w)).isEqualTo("còn 7 ngày đến hạn gửi, báo cáo đang ở tình trạng \"Chưa bắt đầu\"");
        assertThat(rule.report(report(ReportStatus.NOT_STARTED, today.plusDays(8), false), 0, today)).isEmpty();
        assertThat(rule.report(report(ReportStatus.DRAFTING, today, false), 0, today)).isPresent();
        assertThat(rule.report(report(ReportStatus.RETURNED, today.plusDays(2), false), 0, today)).isPresent();
    }

    @Test
    void aReportWithTheHeadIsFlaggedOnlyForAUnitLateBefore() {
        LocalDate today = day(60);
        assertThat(rule.report(report(ReportStatus.WAITING_HEAD, today.plusDays(3), false), 0, today)).isEmpty();
        Optional<Warning> w = rule.report(report(ReportStatus.WAITING_HEAD, today.plusDays(3), false), 2, today);
        assertThat(text(w)).isEqualTo("còn 3 ngày đến hạn gửi, báo cáo đang ở tình trạng \"Chờ Thủ trưởng ký\"; "
                + "đơn vị đã gửi muộn 2 báo cáo năm nay");
    }

    @Test
    void sentLateOrPastReportsAreNotWarnings() {
        LocalDate today = day(60);
        assertThat(rule.report(report(ReportStatus.SUBMITTED, today.plusDays(1), false), 3, today)).isEmpty();
        assertThat(rule.report(report(ReportStatus.ACCEPTED, today.plusDays(1), false), 3, today)).isEmpty();
        assertThat(rule.report(report(ReportStatus.DRAFTING, today.plusDays(1), true), 0, today)).isEmpty();
        assertThat(rule.report(report(ReportStatus.DRAFTING, today.minusDays(1), false), 0, today)).isEmpty();
    }

    @Test
    void theRiskScoreWeighsOverdueTasksLateReportsReturnsAndTheScoreDrop() {
        RiskScore risk = new RiskScore(new DashboardSettings());
        assertThat(risk.of(3, 0, 0, null)).isEqualTo(9.0);
        assertThat(risk.of(1, 1, 2, null)).isEqualTo(7.0);
        assertThat(risk.of(0, 0, 0, new java.math.BigDecimal("-25.00"))).isEqualTo(5.0);
        assertThat(risk.of(0, 0, 0, new java.math.BigDecimal("12.00"))).as("a rising score adds nothing").isZero();
    }
}
