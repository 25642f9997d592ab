package vn.plancycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Reading tasks from xlsx: all rows checked first, row numbers as Excel shows them. */
class PlanImporterTest {

    private static final int YEAR = 2031;
    private static final Set<String> PEOPLE = Set.of("staff-pc", "head-pc");
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final PlanSettings settings = new PlanSettings();
    private final PlanImporter importer =
            new PlanImporter(new PlanValidator(settings), VALIDATION.getValidator(), settings);

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    /** A workbook: header row then the given rows; a LocalDate becomes a real date cell. */
    private static InputStream workbook(String sheetName, Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < PlanImporter.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(PlanImporter.HEADERS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            wb.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    @Test
    void readsAGoodFileWithDateCellsTextDatesAndVietnameseGroupLabels() throws IOException {
        PlanImporter.Result result = importer.read(workbook(PlanImporter.SHEET,
                new Object[] {"Phổ biến Quyết định 970", "AWARENESS", "Hội nghị", "staff-pc", LocalDate.of(YEAR, 2, 28), "họp toàn cơ quan"},
                new Object[] {"Đào tạo chuyển đổi số", "Nhân lực: bố trí, tuyển dụng, đào tạo", "Lớp học", "head-pc", "30/06/" + YEAR, null},
                new Object[] {null, null, null, null, null, null},
                new Object[] {"Đánh giá năm", "monitoring", "Báo cáo", "staff-pc", YEAR + "-12-10", ""}),
                YEAR, PEOPLE);

        assertThat(result.ok()).isTrue();
        assertThat(result.tasks()).extracting(PlanTaskForm::getTitle, PlanTaskForm::getGroup, PlanTaskForm::getOwner,
                PlanTaskForm::getDueDate).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Phổ biến Quyết định 970", "AWARENESS", "staff-pc", LocalDate.of(YEAR, 2, 28)),
                        org.assertj.core.groups.Tuple.tuple("Đào tạo chuyển đổi số", "WORKFORCE", "head-pc", LocalDate.of(YEAR, 6, 30)),
                        org.assertj.core.groups.Tuple.tuple("Đánh giá năm", "MONITORING", "staff-pc", LocalDate.of(YEAR, 12, 10)));
        assertThat(result.tasks().get(0).getNotes()).isEqualTo("họp toàn cơ quan");
    }

    @Test
    void aBadRowInTheMiddleIsReportedByItsRowNumberAndNothingIsImported() throws IOException {
        PlanImporter.Result result = importer.read(workbook(PlanImporter.SHEET,
                new Object[] {"Phổ biến", "AWARENESS", "Hội nghị", "staff-pc", "15/02/" + YEAR, null},
                new Object[] {"Không rõ người", "MONITORING", "Báo cáo", "nguoi-la", "15/03/" + YEAR, null},
                new Object[] {"Ngày sai", "WORKFORCE", "Lớp học", "staff-pc", "31/02/" + YEAR, null},
                new Object[] {"Nhóm sai", "KHONG_CO", "Lớp học", "staff-pc", "15/04/" + YEAR, null},
                new Object[] {"Sai năm", "WORKFORCE", "Lớp học", "staff-pc", "15/04/" + (YEAR + 1), null},
                new Object[] {"Công khai", "TRANSPARENCY", "Bài đăng", "head-pc", "15/05/" + YEAR, null}),
                YEAR, PEOPLE);

        assertThat(result.ok()).isFalse();
        assertThat(result.tasks()).isEmpty();
        assertThat(result.errors()).extracting(PlanImporter.RowError::row, PlanImporter.RowError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "plan.problem.ownerNotInUnit"),
                        org.assertj.core.groups.Tuple.tuple(4, "plan.import.dateInvalid"),
                        org.assertj.core.groups.Tuple.tuple(5, "plan.import.groupUnknown"),
                        org.assertj.core.groups.Tuple.tuple(6, "plan.problem.dueDateOutsideYear"));
        assertThat(result.errors().get(0).args()).containsExactly("nguoi-la");
    }

    @Test
    void aRowWithoutTitleOrDeliverableIsRefused() throws IOException {
        PlanImporter.Result result = importer.read(workbook(PlanImporter.SHEET,
                new Object[] {null, "AWARENESS", "Hội nghị", "staff-pc", "15/02/" + YEAR, null},
                new Object[] {"Không sản phẩm", "AWARENESS", null, "staff-pc", "15/02/" + YEAR, null}),
                YEAR, PEOPLE);
        assertThat(result.errors()).extracting(PlanImporter.RowError::row).containsExactly(2, 3);
        assertThat(result.errors().get(1).messageKey()).isEqualTo("plan.problem.deliverableMissing");
    }

    @Test
    void aFileThatIsNotXlsxIsRefusedClearly() {
        InputStream text = new ByteArrayInputStream("Tên nhiệm vụ;Nhóm\nA;B".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.read(text, YEAR, PEOPLE))
                .isInstanceOfSatisfying(PlanRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.import.notXlsx"));
        assertThatThrownBy(() -> importer.read(new ByteArrayInputStream(new byte[0]), YEAR, PEOPLE))
                .isInstanceOfSatisfying(PlanRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.import.notXlsx"));
    }

    @Test
    void aWorkbookWithoutTheSheetOrWithoutRowsIsRefused() throws IOException {
        InputStream wrongSheet = workbook("Sheet1", new Object[] {"A", "AWARENESS", "B", "staff-pc", "15/02/" + YEAR});
        assertThatThrownBy(() -> importer.read(wrongSheet, YEAR, PEOPLE))
                .isInstanceOfSatisfying(PlanRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.import.noSheet"));
        InputStream headerOnly = workbook(PlanImporter.SHEET);
        assertThatThrownBy(() -> importer.read(headerOnly, YEAR, PEOPLE))
                .isInstanceOfSatisfying(PlanRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.import.empty"));
    }

    @Test
    void theTemplateReadsBackAsItsSampleRow() {
        byte[] template = importer.template(YEAR);
        PlanImporter.Result result = importer.read(new ByteArrayInputStream(template), YEAR, Set.of("ten-dang-nhap"));
        assertThat(result.ok()).isTrue();
        assertThat(result.tasks()).singleElement().satisfies(t -> {
            assertThat(t.getGroup()).isEqualTo("AWARENESS");
            assertThat(t.getDueDate()).isEqualTo(LocalDate.of(YEAR, 3, 31));
        });
    }
}
