package vn.plancycle.dashboard;

import java.util.EnumMap;
import java.util.Map;

import vn.plancycle.execution.TaskStatus;

/**
 * How many tasks stand in each status of DOMAIN §2 (as {@link TaskStatus#of} decides it), with the sum of their
 * progress percents: a unit's, a task group's, or the ministry's.
 */
public final class TaskCounts {

    private final EnumMap<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
    private long progressSum;

    public static TaskCounts empty() {
        return new TaskCounts();
    }

    public TaskCounts add(TaskStatus status, int count, long progress) {
        counts.merge(status, count, Integer::sum);
        progressSum += progress;
        return this;
    }

    public TaskCounts addAll(TaskCounts other) {
        other.counts.forEach((s, n) -> counts.merge(s, n, Integer::sum));
        progressSum += other.progressSum;
        return this;
    }

    public int count(TaskStatus status) {
        return counts.getOrDefault(status, 0);
    }

    public Map<TaskStatus, Integer> asMap() {
        EnumMap<TaskStatus, Integer> all = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            all.put(s, count(s));
        }
        return all;
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int done() {
        return count(TaskStatus.DONE_ON_TIME) + count(TaskStatus.DONE_LATE);
    }

    public int overdue() {
        return count(TaskStatus.OVERDUE);
    }

    /** The unit's history for the early warning: tasks done late or overdue, this year. */
    public int late() {
        return count(TaskStatus.DONE_LATE) + count(TaskStatus.OVERDUE);
    }

    /** Done tasks as a share of all, in whole percent (0 without tasks). */
    public int donePercent() {
        int total = total();
        return total == 0 ? 0 : (int) Math.round(100.0 * done() / total);
    }

    /** The average progress of the tasks, a done task counting 100 % (0 without tasks). */
    public int averageProgress() {
        int total = total();
        if (total == 0) {
            return 0;
        }
        return (int) Math.round((double) progressSum / total);
    }
}
