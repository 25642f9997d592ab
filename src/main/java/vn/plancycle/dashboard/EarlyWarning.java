package vn.plancycle.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.plancycle.execution.TaskStage;
import vn.plancycle.reporting.ReportStatus;

/**
 * The early warning rule: which open tasks and reports are likely to miss their deadline, flagged while they are
 * still on time, each with its reasons. Thresholds are {@code plancycle.dashboard.*} ({@link DashboardSettings}).
 *
 * <p><b>Tasks.</b> Only a task still being carried out (stage WORKING) whose deadline has not passed (an overdue
 * task is already red, not a warning). Its time runs from 1 January of its plan's year (yearly plans are
 * published in January, DOMAIN §5) to its current deadline (an extension the head granted moves it).
 * <ul>
 * <li><i>elapsed</i> = days from 1 January to today ÷ days from 1 January to the deadline, in whole percent
 * (rounded half up, kept between 0 and 100);</li>
 * <li>the unit's history: <i>late share</i> = its tasks of the year done late or overdue ÷ all its tasks of the
 * year (0 without tasks);</li>
 * <li><i>margin</i> = {@code progress-margin} (25) × (1 − {@code history-weight} (1) × late share): a unit that
 * was often late gets less benefit of the doubt;</li>
 * <li><b>behind</b> when elapsed − progress &gt; margin (strictly), or <b>due soon</b> when the deadline is at most
 * {@code task-due-soon-days} (14) days away and progress &lt; {@code low-progress-percent} (50);</li>
 * <li>severity (the order of the list) = (max(0, elapsed − progress) + (due soon ? 50 − progress : 0)) × (1 + late
 * share).</li>
 * </ul>
 * Reasons: "Tiến độ 20 % sau 80 % thời gian", "còn 5 ngày đến hạn, tiến độ mới 30 %", and when the unit has late
 * tasks "đơn vị đã chậm 3/10 nhiệm vụ năm nay".
 *
 * <p><b>Reports.</b> A unit's report of a cycle still collecting reports, not yet in the ministry's hands
 * ({@link ReportStatus#isMissing()}), not late yet (its due date is today or later), due within
 * {@code report-due-soon-days} (7) days, and either still NOT_STARTED, DRAFTING or RETURNED, or of a unit that
 * already sent a report late this year. Severity = (8 − days left) × 10, + 10 not started, + 10 per late report
 * before. Reasons: "còn 3 ngày đến hạn gửi, báo cáo Chưa bắt đầu", "đơn vị đã gửi muộn 2 báo cáo năm nay".
 */
@Component
public class EarlyWarning {

    /** An open task as the rule sees it. */
    public record TaskSituation(long taskId, String unitCode, String title, int year, TaskStage stage, int progress,
            LocalDate due) {
    }

    /** A unit's report of an open cycle as the rule sees it. */
    public record ReportSituation(long reportId, String unitCode, String title, ReportStatus status, LocalDate due,
            boolean late) {
    }

    private final DashboardSettings settings;

    public EarlyWarning(DashboardSettings settings) {
        this.settings = settings;
    }

    /**
     * The task's warning, if any. {@code unitLate} and {@code unitTotal} are the unit's tasks of the year done late
     * or overdue, and all of them.
     */
    public Optional<Warning> task(TaskSituation t, int unitLate, int unitTotal, LocalDate today) {
        if (t.stage() != TaskStage.WORKING || today.isAfter(t.due())) {
            return Optional.empty();
        }
        int elapsed = elapsedPercent(t.year(), t.due(), today);
        double lateShare = unitTotal == 0 ? 0 : (double) unitLate / unitTotal;
        double margin = settings.getProgressMargin() * (1 - settings.getHistoryWeight() * lateShare);
        int behindBy = elapsed - t.progress();
        long daysLeft = ChronoUnit.DAYS.between(today, t.due());
        boolean behind = behindBy > margin;
        boolean dueSoon = daysLeft <= settings.getTaskDueSoonDays() && t.progress() < settings.getLowProgressPercent();
        if (!behind && !dueSoon) {
            return Optional.empty();
        }
        List<MessageSourceResolvable> reasons = new ArrayList<>();
        if (behind) {
            reasons.add(reason("dashboard.reason.behind", t.progress(), elapsed));
        }
        if (dueSoon) {
            reasons.add(reason("dashboard.reason.dueSoon", daysLeft, t.progress()));
        }
        if (unitLate > 0) {
            reasons.add(reason("dashboard.reason.taskHistory", unitLate, unitTotal));
        }
        double severity = (Math.max(0, behindBy) + (dueSoon ? settings.getLowProgressPercent() - t.progress() : 0))
                * (1 + lateShare);
        return Optional.of(new Warning(Warning.Kind.TASK, t.unitCode(), t.taskId(), t.title(), t.due(), severity,
                List.copyOf(reasons), null));
    }

    /** The report's warning, if any. {@code unitLateReports}: the unit's reports of the year marked late. */
    public Optional<Warning> report(ReportSituation r, int unitLateReports, LocalDate today) {
        if (!r.status().isMissing() || r.late() || today.isAfter(r.due())) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, r.due());
        if (daysLeft > settings.getReportDueSoonDays()) {
            return Optional.empty();
        }
        boolean unfinished = r.status() == ReportStatus.NOT_STARTED || r.status() == ReportStatus.DRAFTING
                || r.status() == ReportStatus.RETURNED;
        if (!unfinished && unitLateReports == 0) {
            return Optional.empty();
        }
        List<MessageSourceResolvable> reasons = new ArrayList<>();
        reasons.add(reason("dashboard.reason.reportDue", daysLeft,
                new DefaultMessageSourceResolvable(r.status().messageKey())));
        if (unitLateReports > 0) {
            reasons.add(reason("dashboard.reason.reportHistory", unitLateReports));
        }
        double severity = (settings.getReportDueSoonDays() + 1 - daysLeft) * 10.0
                + (r.status() == ReportStatus.NOT_STARTED ? 10 : 0) + 10.0 * unitLateReports;
        return Optional.of(new Warning(Warning.Kind.REPORT, r.unitCode(), r.reportId(), r.title(), r.due(), severity,
                List.copyOf(reasons), null));
    }

    /** The share of the task's time (1 January of its year to its deadline) gone by today, in whole percent. */
    static int elapsedPercent(int year, LocalDate due, LocalDate today) {
        LocalDate start = LocalDate.of(year, 1, 1);
        if (!due.isAfter(start)) {
            return today.isBefore(start) ? 0 : 100;
        }
        long total = ChronoUnit.DAYS.between(start, due);
        long gone = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today)));
        return (int) Math.round(100.0 * gone / total);
    }

    private static MessageSourceResolvable reason(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new DefaultMessageSourceResolvable(new String[] {key}, plain);
    }
}
