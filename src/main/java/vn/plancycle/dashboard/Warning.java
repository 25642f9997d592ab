package vn.plancycle.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A task or a report flagged by {@link EarlyWarning} before it is late: what it is, whose, when it is due, how
 * serious (to order the list) and why, as message keys with their arguments; {@code text} is the reasons in the
 * reader's language once {@link DashboardService} has resolved them.
 */
public record Warning(Kind kind, String unitCode, long subjectId, String title, LocalDate due, double severity,
        List<MessageSourceResolvable> reasons, String text) {

    public enum Kind {
        TASK, REPORT;

        public String messageKey() {
            return "dashboard.warning.kind." + name();
        }
    }

    public Warning withTitle(String found) {
        return new Warning(kind, unitCode, subjectId, found, due, severity, reasons, text);
    }

    public Warning withText(String resolved) {
        return new Warning(kind, unitCode, subjectId, title, due, severity, reasons, resolved);
    }
}
