package vn.plancycle.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The consolidated workbook: sheet "Tổng hợp" (the units' reports and the totals per task group), then
 * one sheet per unit named by its code (its figures per group, its task lines, its workforce). Counts
 * and percentages are numbers, dates are dates (dd/MM/yyyy); people's text goes in as plain strings.
 */
final class ConsolidationWorkbook {

    private static final String[] UNIT_COLUMNS = {"unitCode", "unitName", "status", "late", "escalated", "returns",
        "signedAt", "assigned", "done", "overdue", "completion"};
    private static final int[] UNIT_WIDTHS = {12, 40, 22, 10, 14, 12, 14, 12, 12, 14, 14};
    private static final String[] GROUP_COLUMNS = {"group", "assigned", "doneOnTime", "doneLate", "inProgress",
        "notStarted", "overdue", "completion"};
    private static final String[] TASK_COLUMNS = {"position", "task", "group", "owner", "due", "taskStatus",
        "progress", "doneDate"};
    private static final int[] TASK_WIDTHS = {8, 60, 40, 30, 14, 26, 12, 16};

    private ConsolidationWorkbook() {
    }

    static byte[] write(ConsolidationExport.Content content, ExportTexts t) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(t.text("reporting.export.summarySheet")), content, t, styles);
            for (ConsolidationExport.UnitSection unit : content.units()) {
                unitSheet(workbook.createSheet(sheetName(workbook, unit.row().unitCode())), content.cycle(), unit, t,
                        styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the consolidated workbook", e);
        }
    }

    private static void summary(Sheet sheet, ConsolidationExport.Content content, ExportTexts t, Styles s) {
        ReportingCycle cycle = content.cycle();
        Lines out = new Lines(sheet, s);
        out.title(t.text("reporting.export.title") + ": " + ExportTexts.plain(cycle.getTitle()));
        out.label(t.text("reporting.export.kind", t.text(cycle.getKind().messageKey())));
        out.label(t.text("reporting.export.period", t.period(cycle)));
        out.dated(t.text("reporting.export.periodStart"), cycle.getPeriodStart());
        out.dated(t.text("reporting.export.cutOff"), cycle.getCutOff());
        out.dated(t.text("reporting.export.unitDue"), cycle.getDueDate());
        if (cycle.getHomeAffairsDue() != null) {
            out.dated(t.text("reporting.export.homeAffairsDue"), cycle.getHomeAffairsDue());
            out.dated(t.text("reporting.export.governmentDue"), cycle.getGovernmentDue());
        }
        out.skip();
        out.label(t.text("reporting.export.unitsTitle"));
        out.header(t, UNIT_COLUMNS);
        for (Consolidation.UnitRow u : content.overview().units()) {
            Row row = out.next();
            out.text(row, 0, u.unitCode());
            out.text(row, 1, u.unitName());
            out.text(row, 2, t.status(u.status()));
            out.text(row, 3, t.yesNo(u.late()));
            out.text(row, 4, t.yesNo(u.escalated()));
            out.number(row, 5, u.returnCount());
            out.date(row, 6, u.signedAt());
            out.number(row, 7, u.assigned());
            out.number(row, 8, u.done());
            out.number(row, 9, u.overdue());
            out.percent(row, 10, u.completionPercent());
        }
        out.skip();
        out.label(t.text("reporting.export.groupsTitle"));
        out.header(t, GROUP_COLUMNS);
        for (Consolidation.GroupTotal g : content.overview().groups()) {
            groupRow(out, g.group().label(), g.assigned(), g.doneOnTime(), g.doneLate(), g.inProgress(),
                    g.notStarted(), g.overdue(), g.completionPercent(), false);
        }
        totalRow(out, t, content.overview().total());
        widths(sheet, UNIT_WIDTHS);
    }

    private static void unitSheet(Sheet sheet, ReportingCycle cycle, ConsolidationExport.UnitSection unit,
            ExportTexts t, Styles s) {
        Lines out = new Lines(sheet, s);
        out.title(t.text("reporting.export.unitTitle", unit.row().unitName(), unit.row().unitCode()));
        out.label(ExportTexts.plain(cycle.getTitle()));
        out.label(t.text("reporting.export.unitStatus", t.status(unit.row().status())));
        out.dated(t.text("reporting.export.cutOff"), cycle.getCutOff());
        out.skip();

        out.label(t.text("reporting.export.unitGroups"));
        out.header(t, GROUP_COLUMNS);
        for (ReportGroupFigure f : unit.figures()) {
            groupRow(out, f.getTaskGroup().label(), f.getAssigned(), f.getDoneOnTime(), f.getDoneLate(),
                    f.getInProgress(), f.getNotStarted(), f.getOverdue(), f.completionPercent(), false);
        }
        totalRow(out, t, Consolidation.total(unit.figures()));
        out.skip();

        out.label(t.text("reporting.export.unitTasks"));
        if (unit.lines().isEmpty()) {
            out.label(t.text("reporting.export.noTasks"));
        } else {
            out.header(t, TASK_COLUMNS);
            for (ReportTaskLine line : unit.lines()) {
                Row row = out.next();
                out.number(row, 0, line.getPosition());
                out.text(row, 1, ExportTexts.plain(line.getTitle())).setCellStyle(out.styles.wrap);
                out.text(row, 2, line.getTaskGroup().label());
                out.text(row, 3, ExportTexts.plain(unit.owner(line.getOwnerUsername())));
                out.date(row, 4, line.getDueDate());
                out.text(row, 5, t.status(line.getStatus()));
                out.number(row, 6, line.getProgressPercent());
                out.date(row, 7, line.getDoneDate());
            }
        }
        out.skip();

        out.label(t.text("reporting.export.workforce"));
        UnitReport report = unit.report();
        if (report == null || report.getLeaders() == null) {
            out.label(t.text("reporting.export.noWorkforce"));
        } else {
            figure(out, t.text("workforce.leaders"), report.getLeaders());
            figure(out, t.text("workforce.expertLeaders"), report.getExpertLeaders());
            figure(out, t.text("workforce.officials"), report.getOfficials());
            figure(out, t.text("workforce.trainedOfficials"), report.getTrainedOfficials());
        }
        widths(sheet, TASK_WIDTHS);
    }

    private static void groupRow(Lines out, String label, int assigned, int onTime, int late, int inProgress,
            int notStarted, int overdue, BigDecimal completion, boolean total) {
        Row row = out.next();
        out.text(row, 0, label);
        int[] values = {assigned, onTime, late, inProgress, notStarted, overdue};
        for (int i = 0; i < values.length; i++) {
            out.number(row, i + 1, values[i]);
        }
        out.percent(row, values.length + 1, completion);
        if (total) {
            row.getCell(0).setCellStyle(out.styles.header);
        }
    }

    private static void totalRow(Lines out, ExportTexts t, Consolidation.GroupTotal total) {
        groupRow(out, t.text("reporting.export.total"), total.assigned(), total.doneOnTime(), total.doneLate(),
                total.inProgress(), total.notStarted(), total.overdue(), total.completionPercent(), true);
    }

    private static void figure(Lines out, String label, Integer value) {
        Row row = out.next();
        out.text(row, 0, label);
        if (value != null) {
            out.number(row, 1, value);
        }
    }

    private static void widths(Sheet sheet, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** The unit's code as a valid sheet name, unique in the workbook (names compare without case). */
    private static String sheetName(XSSFWorkbook workbook, String code) {
        String base = WorkbookUtil.createSafeSheetName(code);
        String name = base;
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            String suffix = "-" + n;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The cell styles of the workbook, made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle date;
        final CellStyle percent;
        final CellStyle wrap;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.0"));
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
        }
    }

    /** Writes rows one after the other. */
    private static final class Lines {
        private final Sheet sheet;
        private final Styles styles;
        private int next;

        Lines(Sheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        Row next() {
            return sheet.createRow(next++);
        }

        void skip() {
            next++;
        }

        void title(String text) {
            text(next(), 0, text).setCellStyle(styles.title);
        }

        void label(String text) {
            Cell cell = text(next(), 0, text);
            cell.setCellStyle(styles.header);
        }

        void dated(String label, LocalDate date) {
            Row row = next();
            text(row, 0, label);
            date(row, 1, date);
        }

        void header(ExportTexts t, String[] columns) {
            Row row = next();
            for (int i = 0; i < columns.length; i++) {
                text(row, i, t.text("reporting.export.col." + columns[i])).setCellStyle(styles.header);
            }
        }

        Cell text(Row row, int column, String value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value == null ? "" : value);
            return cell;
        }

        void number(Row row, int column, int value) {
            row.createCell(column).setCellValue(value);
        }

        void percent(Row row, int column, BigDecimal value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.percent);
        }

        void date(Row row, int column, LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(styles.date);
            }
        }

        void date(Row row, int column, LocalDateTime value) {
            date(row, column, value == null ? null : value.toLocalDate());
        }
    }
}
