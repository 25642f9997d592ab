package vn.plancycle.scoring;


/** What the report rules read from the {@code unit-report} variables. */
final class ReportRules {

    static final String VAR_PERIOD = "period";
    static final String VAR_LATE = "late";
    static final String VAR_DUE_DATE = "dueDate";
    static final String VAR_TITLE = "cycleTitle";

    private ReportRules() {
    }

    static String period(ScoreContext context) {
        Object value = context.variable(VAR_PERIOD);
        if (value == null) {
            throw new IllegalArgumentException("process variable 'period' missing (report rules need the period)");
        }
        return value.toString();
    }

    static boolean late(ScoreContext context) {
        Object value = context.variable(VAR_LATE);
        return value != null && Boolean.parseBoolean(value.toString());
    }

    static String title(ScoreContext context) {
        Object title = context.variable(VAR_TITLE);
        return title == null ? "Báo cáo " + period(context) + " năm " + context.year() : title.toString();
    }

    static String due(ScoreContext context) {
        Object due = context.variable(VAR_DUE_DATE);
        return due == null ? "?" : due.toString();
    }
}
