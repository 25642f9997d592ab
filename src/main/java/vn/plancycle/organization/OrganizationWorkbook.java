package vn.plancycle.organization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import workbook: sheet {@value #UNITS} (Mã đơn vị | Tên đơn vị | Hoạt động) and sheet
 * {@value #PEOPLE} (Tên đăng nhập | Họ và tên | Email | Mã đơn vị | Vai trò | Mật khẩu ban đầu),
 * header in row 1, data from row 2. Reading checks what the file alone can tell (format of each
 * cell, duplicates); {@link OrganizationImportService} checks the rest against the database.
 */
public final class OrganizationWorkbook {

    public static final String UNITS = "DonVi";
    public static final String PEOPLE = "CanBo";
    public static final String HELP = "HuongDan";
    public static final List<String> UNIT_HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Hoạt động (có/không)");
    public static final List<String> PEOPLE_HEADERS = List.of("Tên đăng nhập", "Họ và tên", "Email", "Mã đơn vị",
            "Vai trò (STAFF/HEAD hoặc Cán bộ/Thủ trưởng)", "Mật khẩu ban đầu (chỉ cho tài khoản mới)");
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** A unit row as read (code lower-cased). */
    public record UnitRow(int row, String code, String name, Boolean active) {
    }

    /** A person row as read; role null when it could not be read. */
    public record PersonRow(int row, String username, String fullName, String email, String unitCode,
            PersonRole role, String password) {
    }

    /** A problem of one row: sheet, Excel row number, message key and arguments. */
    public record RowProblem(String sheet, int row, String messageKey, Object... args) {
    }

    /** Rows and the problems found while reading them. */
    public record Content(List<UnitRow> units, List<PersonRow> people, List<RowProblem> problems) {
    }

    private OrganizationWorkbook() {
    }

    /** Reads the workbook; throws {@link ImportFileException} when the file is not a readable import workbook. */
    public static Content read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        if (bytes.length < ZIP_MAGIC.length || !startsWith(bytes, ZIP_MAGIC)) {
            throw new ImportFileException("import.file.notXlsx", fileName == null ? "" : fileName);
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet unitSheet = workbook.getSheet(UNITS);
            Sheet peopleSheet = workbook.getSheet(PEOPLE);
            if (unitSheet == null) {
                throw new ImportFileException("import.file.missingSheet", UNITS);
            }
            if (peopleSheet == null) {
                throw new ImportFileException("import.file.missingSheet", PEOPLE);
            }
            List<RowProblem> problems = new ArrayList<>();
            List<UnitRow> units = readUnits(unitSheet, problems);
            List<PersonRow> people = readPeople(peopleSheet, problems);
            if (units.isEmpty() && people.isEmpty() && problems.isEmpty()) {
                throw new ImportFileException("import.file.noRows");
            }
            return new Content(units, people, problems);
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI's NotOfficeXmlFileException, POIXMLException, zip bomb protection, ...
            throw new ImportFileException("import.file.corrupt", fileName == null ? "" : fileName);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<UnitRow> readUnits(Sheet sheet, List<RowProblem> problems) {
        List<UnitRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        DataFormatter formatter = new DataFormatter();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            List<String> cells = cells(row, 3, formatter);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int n = i + 1;
            String code = cells.get(0).toLowerCase(Locale.ROOT);
            Boolean active = parseActive(cells.get(2));
            if (active == null) {
                problems.add(new RowProblem(UNITS, n, "import.unit.active.invalid", cells.get(2)));
            }
            if (!code.isEmpty()) {
                Integer first = seen.putIfAbsent(code, n);
                if (first != null) {
                    problems.add(new RowProblem(UNITS, n, "import.unit.duplicate", code, first));
                }
            }
            rows.add(new UnitRow(n, code, cells.get(1), active));
        }
        return rows;
    }

    private static List<PersonRow> readPeople(Sheet sheet, List<RowProblem> problems) {
        List<PersonRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        DataFormatter formatter = new DataFormatter();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            List<String> cells = cells(row, 6, formatter);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int n = i + 1;
            String username = cells.get(0);
            PersonRole role = PersonRole.parse(cells.get(4)).orElse(null);
            if (role == null) {
                problems.add(new RowProblem(PEOPLE, n, "import.person.role.invalid", cells.get(4)));
            }
            if (!username.isEmpty()) {
                Integer first = seen.putIfAbsent(username.toLowerCase(Locale.ROOT), n);
                if (first != null) {
                    problems.add(new RowProblem(PEOPLE, n, "import.person.duplicate", username, first));
                }
            }
            rows.add(new PersonRow(n, username, cells.get(1), cells.get(2).isEmpty() ? null : cells.get(2),
                    cells.get(3).toLowerCase(Locale.ROOT), role, cells.get(5).isEmpty() ? null : cells.get(5)));
        }
        return rows;
    }

    private static List<String> cells(Row row, int count, DataFormatter formatter) {
        List<String> cells = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            Cell cell = row == null ? null : row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
        }
        return cells;
    }

    /** "có"/"không" (also yes/no, true/false, 1/0, x); blank means active. Null when unreadable. */
    static Boolean parseActive(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(VI);
        return switch (t) {
            case "", "có", "co", "x", "yes", "true", "1", "hoạt động" -> Boolean.TRUE;
            case "không", "khong", "no", "false", "0", "ngừng", "ngừng hoạt động" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The downloadable template: the two sheets with their headers, and a sheet of instructions. */
    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            header(workbook.createSheet(UNITS), UNIT_HEADERS, bold);
            header(workbook.createSheet(PEOPLE), PEOPLE_HEADERS, bold);
            Sheet help = workbook.createSheet(HELP);
            String[] lines = {
                "Hướng dẫn nhập đơn vị và cán bộ",
                "Dòng 1 của mỗi sheet là tiêu đề; dữ liệu bắt đầu từ dòng 2. Không đổi tên sheet DonVi và CanBo.",
                "DonVi: mã đơn vị viết thường, bắt đầu bằng chữ cái, 2–20 ký tự a-z, 0-9 (ví dụ: khtc). "
                        + "Đơn vị đã có sẽ được cập nhật tên và trạng thái.",
                "DonVi: cột Hoạt động ghi \"có\" hoặc \"không\" (để trống = có).",
                "CanBo: tên đăng nhập gồm chữ, số và . _ - (ví dụ: nguyen.van.an); cán bộ đã có sẽ được cập nhật.",
                "CanBo: mã đơn vị phải có trong hệ thống hoặc trong sheet DonVi của cùng tệp.",
                "CanBo: vai trò STAFF/HEAD hoặc \"Cán bộ\"/\"Thủ trưởng\".",
                "CanBo: mật khẩu ban đầu bắt buộc với tài khoản chưa tồn tại; bỏ qua với tài khoản đã có.",
                "Nếu có dòng sai, hệ thống báo từng dòng và không nhập gì; sửa rồi nhập lại cả tệp.",
                "Ví dụ DonVi: khtc | Vụ Kế hoạch – Tài chính | có",
                "Ví dụ CanBo: nguyen.van.an | Nguyễn Văn An | an@bo.gov.vn | khtc | Cán bộ | (mật khẩu)",
            };
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, List<String> headers, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(style);
            sheet.setColumnWidth(c, 30 * 256);
        }
    }
}
