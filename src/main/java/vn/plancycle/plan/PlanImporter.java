package vn.plancycle.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads plan tasks from an Excel workbook (sheet {@value #SHEET}, header in row 1: Tên nhiệm vụ |
 * Nhóm nhiệm vụ | Sản phẩm | Người chủ trì | Thời hạn | Ghi chú). Every row is checked first, with
 * the same rules as the editor ({@link PlanValidator}); the caller imports nothing when any row is
 * bad. Row numbers are those Excel shows (the header is row 1).
 */
@Component
public class PlanImporter {

    public static final String SHEET = "NhiemVu";
    public static final List<String> HEADERS =
            List.of("Tên nhiệm vụ", "Nhóm nhiệm vụ", "Sản phẩm", "Người chủ trì", "Thời hạn", "Ghi chú");

    private static final int TITLE = 0;
    private static final int GROUP = 1;
    private static final int DELIVERABLE = 2;
    private static final int OWNER = 3;
    private static final int DUE = 4;
    private static final int NOTES = 5;
    private static final List<DateTimeFormatter> DATE_TEXTS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** A refused row: Excel's row number and the reason's message key with its arguments. */
    public record RowError(int row, String messageKey, List<Object> args) {
        public RowError {
            args = List.copyOf(args);
        }
    }

    /** The rows read: tasks in file order when there are no errors, else the errors (import nothing). */
    public record Result(List<PlanTaskForm> tasks, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final PlanValidator validator;
    private final Validator beanValidator;
    private final PlanSettings settings;
    private final DataFormatter formatter = new DataFormatter();

    public PlanImporter(PlanValidator validator, Validator beanValidator, PlanSettings settings) {
        this.validator = validator;
        this.beanValidator = beanValidator;
        this.settings = settings;
    }

    /**
     * Reads and checks every row.
     *
     * @param year       the plan's year (deadlines must fall inside it)
     * @param unitPeople logins of the plan unit's people (owners must be among them)
     * @throws PlanRefusedException when the file is not a readable workbook, lacks the sheet or has no task
     */
    public Result read(InputStream in, int year, Set<String> unitPeople) {
        try (Workbook workbook = open(in)) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                throw PlanRefusedException.badRequest("import_invalid", "plan.import.noSheet", SHEET);
            }
            return readSheet(sheet, year, unitPeople);
        } catch (IOException e) {
            throw PlanRefusedException.badRequest("import_invalid", "plan.import.notXlsx");
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // not a zip, not OOXML, a legacy .xls, truncated...: POI reports each differently
            throw PlanRefusedException.badRequest("import_invalid", "plan.import.notXlsx");
        }
    }

    private Result readSheet(Sheet sheet, int year, Set<String> unitPeople) {
        List<PlanTaskForm> tasks = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isEmpty(row)) {
                continue;
            }
            int excelRow = r + 1;
            if (tasks.size() + errors.size() >= settings.getMaxTasks()) {
                throw PlanRefusedException.badRequest("import_invalid", "plan.import.tooManyRows", settings.getMaxTasks());
            }
            List<RowError> rowErrors = new ArrayList<>();
            PlanTaskForm form = readRow(row, excelRow, rowErrors);
            if (rowErrors.isEmpty()) {
                for (ConstraintViolation<PlanTaskForm> v : beanValidator.validate(form)) {
                    rowErrors.add(new RowError(excelRow, "plan.import.violation", List.of(v.getMessage())));
                }
            }
            if (rowErrors.isEmpty()) {
                validator.validateTask(form.toTask(), excelRow, year, unitPeople).forEach(p ->
                        rowErrors.add(new RowError(excelRow, p.messageKey(), p.args())));
            }
            errors.addAll(rowErrors);
            tasks.add(form);
        }
        if (errors.isEmpty() && tasks.isEmpty()) {
            throw PlanRefusedException.badRequest("import_invalid", "plan.import.empty");
        }
        return errors.isEmpty() ? new Result(tasks, List.of()) : new Result(List.of(), errors);
    }

    private PlanTaskForm readRow(Row row, int excelRow, List<RowError> errors) {
        PlanTaskForm form = new PlanTaskForm();
        form.setTitle(text(row, TITLE));
        String group = text(row, GROUP);
        if (group != null && TaskGroup.parse(group).isEmpty()) {
            errors.add(new RowError(excelRow, "plan.import.groupUnknown", List.of(group)));
        }
        form.setGroup(TaskGroup.parse(group).map(Enum::name).orElse(group));
        form.setDeliverable(text(row, DELIVERABLE));
        form.setOwner(text(row, OWNER));
        form.setNotes(text(row, NOTES));
        Cell due = row.getCell(DUE);
        try {
            form.setDueDate(date(due));
        } catch (DateTimeParseException e) {
            errors.add(new RowError(excelRow, "plan.import.dateInvalid", List.of(formatter.formatCellValue(due))));
        }
        return form;
    }

    private boolean isEmpty(Row row) {
        for (int c = TITLE; c <= NOTES; c++) {
            if (text(row, c) != null) {
                return false;
            }
        }
        return true;
    }

    private String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String value = formatter.formatCellValue(cell);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A date cell, a serial number, or dd/MM/yyyy (also ISO yyyy-MM-dd) text; null when blank. */
    private LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (!DateUtil.isValidExcelDate(value)) {
                throw new DateTimeParseException("not a date", String.valueOf(value), 0);
            }
            return DateUtil.getLocalDateTime(value).toLocalDate();
        }
        String text = formatter.formatCellValue(cell);
        if (text == null || text.isBlank()) {
            return null;
        }
        DateTimeParseException last = null;
        for (DateTimeFormatter f : DATE_TEXTS) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }

    /** An empty workbook to fill in: the header row, a sample row and a list of the groups. */
    public byte[] template(int year) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(bold);
            }
            Row sample = sheet.createRow(1);
            sample.createCell(TITLE).setCellValue("Phổ biến Quyết định 970/QĐ-TTg tới toàn thể cán bộ");
            sample.createCell(GROUP).setCellValue(TaskGroup.AWARENESS.name());
            sample.createCell(DELIVERABLE).setCellValue("Hội nghị phổ biến");
            sample.createCell(OWNER).setCellValue("ten-dang-nhap");
            sample.createCell(DUE).setCellValue("31/03/" + year);
            sample.createCell(NOTES).setCellValue("");
            Sheet groups = wb.createSheet("NhomNhiemVu");
            int r = 0;
            for (TaskGroup g : TaskGroup.values()) {
                Row row = groups.createRow(r++);
                row.createCell(0).setCellValue(g.name());
                row.createCell(1).setCellValue(g.label());
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation groupList = helper.createValidation(
                    helper.createFormulaListConstraint("NhomNhiemVu!$A$1:$A$" + TaskGroup.values().length),
                    new CellRangeAddressList(1, 1000, GROUP, GROUP));
            groupList.setShowErrorBox(false); // a suggestion: the Vietnamese label is accepted too
            sheet.addValidationData(groupList);
            int[] widths = {60, 24, 40, 20, 14, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("template", e);
        }
    }
}
