package vn.plancycle.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.plancycle.plan.TaskGroup;

/**
 * A unit's report as the pages show it: the report with its cycle and unit name, the figures frozen at
 * the cut-off (per task group and task by task), its files, and whether the viewer may still change it.
 */
public record ReportView(UnitReport report, ReportingCycle cycle, String unitName, List<ReportGroupFigure> figures,
        List<ReportTaskLine> lines, List<Attachment> attachments, boolean editable) {

    /** The figures per task group, as the figures table shows them. */
    public List<FigureRow> figureRows() {
        return figures.stream().map(f -> new FigureRow(f.getTaskGroup(), f.getAssigned(), f.getDoneOnTime(),
                f.getDoneLate(), f.getInProgress(), f.getNotStarted(), f.getOverdue(), f.completionPercent())).toList();
    }

    /** The figures of all groups together. */
    public FigureRow total() {
        return FigureRow.sum(figureRows());
    }

    /** One line of a figures table: a task group (null for the total) and its counts. */
    public record FigureRow(TaskGroup group, int assigned, int doneOnTime, int doneLate, int inProgress,
            int notStarted, int overdue, BigDecimal completion) {

        /** A consolidated group total (or the grand total) as a line of the table. */
        public static FigureRow of(Consolidation.GroupTotal g) {
            return new FigureRow(g.group(), g.assigned(), g.doneOnTime(), g.doneLate(), g.inProgress(),
                    g.notStarted(), g.overdue(), g.completionPercent());
        }

        public static FigureRow sum(List<FigureRow> rows) {
            int assigned = 0;
            int onTime = 0;
            int late = 0;
            int inProgress = 0;
            int notStarted = 0;
            int overdue = 0;
            for (FigureRow f : rows) {
                assigned += f.assigned();
                onTime += f.doneOnTime();
                late += f.doneLate();
                inProgress += f.inProgress();
                notStarted += f.notStarted();
                overdue += f.overdue();
            }
            return new FigureRow(null, assigned, onTime, late, inProgress, notStarted, overdue,
                    ReportGroupFigure.percent(onTime + late, assigned));
        }
    }

    /** A file of the report without its content. */
    public record Attachment(long id, String name, String contentType, long sizeBytes, String uploadedBy,
            LocalDateTime uploadedAt) {
    }

    /** One line of a unit's list of its reports. */
    public record Row(long reportId, String cycleTitle, ReportKind kind, LocalDate cutOff, LocalDate dueDate,
            ReportStatus status, boolean late) {
    }

    /** One line of the reviewers' list of cycles: the cycle and how many of its reports are in each state. */
    public record CycleRow(ReportingCycle cycle, java.util.Map<ReportStatus, Long> counts, long late) {

        public long count(ReportStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public long units() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
