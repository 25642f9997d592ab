package vn.plancycle.execution;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The four statuses of the Government's task-tracking rules (DOMAIN §2), plus "not started", and
 * their dashboard colours. Computed here only, from a task's dates and progress and today's date:
 * <ul>
 * <li>accepted: done on time when the accepted result was reported by the current deadline, else late;</li>
 * <li>otherwise overdue when today (or the day the result was reported, while the head decides) is
 * past the current deadline;</li>
 * <li>otherwise not started (no progress recorded yet) or in progress within the deadline.</li>
 * </ul>
 * The current deadline is the one a granted extension set: an excused delay is not a delay.
 */
public enum TaskStatus {

    NOT_STARTED("grey"), IN_PROGRESS("blue"), OVERDUE("red"), DONE_ON_TIME("green"), DONE_LATE("orange");

    private final String colour;

    TaskStatus(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    public String messageKey() {
        return "execution.status." + name();
    }

    public boolean isDone() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    public static TaskStatus of(TaskExecution task, LocalDate today) {
        return of(task.getStage(), task.getCurrentDueDate(), task.getReportedDoneAt(), task.getStartedAt() != null,
                today);
    }

    /**
     * The same rule from the task's values as they stood on a given day (a report's cut-off freezes
     * them): its stage, the deadline in force, when the result was reported, whether work had started.
     */
    public static TaskStatus of(TaskStage stage, LocalDate due, LocalDateTime reportedDoneAt, boolean started,
            LocalDate today) {
        LocalDate reported = reportedDoneAt == null ? null : reportedDoneAt.toLocalDate();
        if (stage == TaskStage.ACCEPTED) {
            return reported != null && reported.isAfter(due) ? DONE_LATE : DONE_ON_TIME;
        }
        LocalDate reference = stage == TaskStage.REPORTED && reported != null ? reported : today;
        if (reference.isAfter(due)) {
            return OVERDUE;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
