package vn.plancycle.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;


import vn.plancycle.reporting.OpenCycleRequest;
import vn.plancycle.reporting.OpenResult;
import vn.plancycle.reporting.ReportKind;
import vn.plancycle.reporting.ReportingService;
import vn.plancycle.reporting.UnitReportProcess;

/**
 * The PlanCycle launch: a reviewer opens an ad-hoc cycle for every active unit through
 * {@link ReportingService#open}, and the command polls until every {@code unit-report} waits in its first
 * user task ({@code Task_WriteReport}) and has its "report opened" notice queued or sent.
 * <p>
 * The cut-off has passed (an ad-hoc cycle counts up to the end of the day before it opens), so every report
 * is pre-filled at once; the due date is 30 days ahead, so no reminder or late timer fires during the run.
 * A notice counts as queued while its {@code Task_NotifyReportOpened} job exists and as sent once its inbox
 * row exists (one staff login per unit), read in one SQL statement so that a notice is never missed
 * between the two.
 */
public final class CycleLaunch implements BenchmarkStep {

    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM act_ru_task WHERE task_def_key_ = ?) AS tasks,
                   (SELECT count(DISTINCT pid) FROM (
                        SELECT j.process_instance_id_ AS pid FROM act_ru_job j
                          JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_ WHERE d.act_id_ = ?
                        UNION ALL
                        SELECT split_part(idempotency_key, ':', 1) FROM inbox_message WHERE idempotency_key LIKE ?
                   ) n) AS queued,
                   (SELECT count(DISTINCT split_part(idempotency_key, ':', 1)) FROM inbox_message
                     WHERE idempotency_key LIKE ?) AS sent,
                   (SELECT count(*) FROM act_ru_incident) AS incidents,
                   (SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL) AS failing
            """;

    /** What the poll sees at one moment. */
    record Counts(int tasks, int queued, int sent, int incidents, int failing) {

        Counts minus(Counts base) {
            return new Counts(tasks - base.tasks, queued - base.queued, sent - base.sent, incidents, failing);
        }

        @Override
        public String toString() {
            return tasks + " tasks, " + queued + " notices queued or sent, " + sent + " sent, " + incidents
                    + " incidents, " + failing + " failing jobs";
        }
    }

    @Override
    public void run(BenchContext context, Figures figures) throws Exception {
        BenchSettings settings = context.settings();
        List<String> units = context.unitCodes();
        int warmUp = Math.min(settings.warmUpUnits(), units.size());
        if (warmUp > 0) {
            Counts base = counts(context);
            open(context, "Khởi động đo tải", units.subList(0, warmUp));
            awaitSent(context, base, warmUp);
        }

        Counts base = counts(context);
        long t0 = System.nanoTime();
        OpenResult opened = open(context, "Báo cáo đột xuất đo tải", List.of());
        Duration openCall = Duration.ofNanos(System.nanoTime() - t0);
        Duration halfTasks = null;
        Duration firstTasks = null;
        Duration launched = null;
        Duration allSent = null;
        Counts now = base;
        long deadline = t0 + settings.timeout().toNanos();
        int n = units.size();
        while (allSent == null && System.nanoTime() < deadline) {
            now = counts(context).minus(base);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
            if (halfTasks == null && now.tasks() >= (n + 1) / 2) {
                halfTasks = elapsed;
            }
            if (firstTasks == null && now.tasks() >= n) {
                firstTasks = elapsed;
            }
            if (launched == null && now.tasks() >= n && now.queued() >= n) {
                launched = elapsed;
            }
            if (launched != null && now.sent() >= n) {
                allSent = elapsed;
                break;
            }
            Thread.sleep(settings.poll().toMillis());
        }

        String scope = n + " units, " + (warmUp > 0 ? "warm (a " + warmUp + "-unit cycle before)" : "cold");
        figures.add("cycle: opened", opened.cycle().getBusinessKey(), scope);
        figures.seconds("cycle: open call", openCall, "ReportingService.open: cycle row, report rows, "
                + "one launch job per batch of units (plancycle.reporting.launch-batch-size), one transaction");
        figures.add("cycle: half the user tasks", time(halfTasks), (n + 1) / 2 + " Task_WriteReport waiting "
                + "(against the next row: whether a unit's launch costs more as the cycle fills)");
        figures.add("cycle: all first user tasks", time(firstTasks), n + " Task_WriteReport waiting");
        figures.add("cycle: launch time", time(launched), "from the open call until every report has its user task "
                + "and its notice queued (job) or sent (inbox row)");
        if (launched != null) {
            double throughput = Figures.perSecond(n, launched);
            double ratio = throughput / context.get(BareLaunch.THROUGHPUT);
            figures.rate("cycle: throughput", n, launched, "unit reports launched per second");
            figures.add("ratio PlanCycle / bare", String.format(Locale.ROOT, "%.2f", ratio),
                    "target ≥ " + BenchSettings.TARGET_RATIO + ": "
                            + (ratio >= BenchSettings.TARGET_RATIO ? "PASS" : "MISSED"));
        } else {
            figures.add("ratio PlanCycle / bare", "-", "target ≥ " + BenchSettings.TARGET_RATIO
                    + ": MISSED (not launched within " + settings.timeout().toSeconds() + " s)");
        }
        figures.add("cycle: all notices sent", time(allSent), "every report-opened notice executed (inbox rows)");
        figures.add("cycle: state at the end", String.valueOf(now.tasks()), now.toString());
    }

    private static OpenResult open(BenchContext context, String title, List<String> units) {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        OpenCycleRequest request = new OpenCycleRequest(today.getYear(), null, ReportKind.AD_HOC.name(),
                title, today.plusDays(30), List.of(), units);
        return context.bean(ReportingService.class).open(request, UnitGenerator.REVIEWER);
    }

    private static void awaitSent(BenchContext context, Counts base, int n) throws InterruptedException {
        long deadline = System.nanoTime() + context.settings().timeout().toNanos();
        Counts now = base;
        while (System.nanoTime() < deadline) {
            now = counts(context).minus(base);
            if (now.tasks() >= n && now.sent() >= n) {
                return;
            }
            Thread.sleep(context.settings().poll().toMillis());
        }
        throw new IllegalStateException("warm-up cycle not launched: " + now);
    }

    private static Counts counts(BenchContext context) {
        String notice = "%:" + UnitReportProcess.TASK_NOTIFY_OPENED + ":%";
        return context.jdbc().queryForObject(COUNTS, (rs, i) -> new Counts(rs.getInt("tasks"), rs.getInt("queued"),
                rs.getInt("sent"), rs.getInt("incidents"), rs.getInt("failing")),
                UnitReportProcess.TASK_WRITE, UnitReportProcess.TASK_NOTIFY_OPENED, notice, notice);
    }

    private static String time(Duration time) {
        return time == null ? "not reached" : String.format(Locale.ROOT, "%.2f s", time.toNanos() / 1e9);
    }
}
