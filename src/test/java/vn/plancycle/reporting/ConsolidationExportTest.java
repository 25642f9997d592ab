package vn.plancycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.plan.TaskGroup;
import vn.plancycle.testsupport.AppTest;

/**
 * The consolidated xlsx and docx of a cycle with Vietnamese text, re-read with POI and opened by
 * LibreOffice headless (which must be installed: .ci/run installs it; the test fails without it).
 * Q3 2074: vp, khtc, tccb as in {@link ConsolidationTest}, plus cds whose texts try to inject markup
 * and a formula.
 */
@AppTest
class ConsolidationExportTest {

    static final int YEAR = 2074;
    static final String INJECTED_TITLE = "=1+2 Kiểm tra \"công thức\" <b>";
    static final String INJECTED_RESULTS = "Kết quả </w:t></w:r><w:r><w:t>chèn thẻ\u0007 & <b>đậm</b>\nDòng thứ hai: ổn định";

    @Autowired
    ConsolidationExport export;
    @Autowired
    ReportPrefill prefill;
    @Autowired
    UnitReportRepository reports;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    ReportingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    static ReportingCycle cycle;
    Path work;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createTempDirectory("plancycle-export-");
        if (cycle != null) {
            return;
        }
        ReportDataFixtures fx = new ReportDataFixtures(jdbc, cycles, reports, calendar);
        fx.workforce("vp", YEAR, 5, 2, 40, 38);
        ReportingCycle c = ConsolidationTest.threeReports(fx, prefill, reports, YEAR);
        long cdsPlan = fx.plan("cds", YEAR, "PUBLISHED");
        fx.task(cdsPlan, "cds", YEAR, 1, TaskGroup.PROCEDURES, INJECTED_TITLE, LocalDate.of(YEAR, 12, 31));
        UnitReport cds = fx.report(c, "cds");
        prefill.prefill(cds.getId());
        cds = reports.findById(cds.getId()).orElseThrow();
        cds.write(INJECTED_RESULTS, null, "Chuyển đổi số toàn diện", null, "staff-cds", LocalDateTime.of(YEAR, 9, 15, 9, 0));
        reports.save(cds);
        c = cycles.findById(c.getId()).orElseThrow();
        c.collected();
        c.consolidated("Các đơn vị cơ bản hoàn thành nhiệm vụ quý III; cần đôn đốc Vụ Kế hoạch – Tài chính.", "reviewer",
                LocalDateTime.of(YEAR, 9, 18, 9, 0));
        cycle = cycles.save(c);
    }

    @AfterEach
    void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void shouldWriteASummarySheetAndOneSheetPerUnitWithRealNumbersAndDates() throws IOException {
        byte[] xlsx = export.xlsx(cycle.getId());

        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Tổng hợp", "cds", "khtc", "tccb", "vp");

            Sheet summary = wb.getSheet("Tổng hợp");
            assertThat(text(summary.getRow(0).getCell(0))).isEqualTo("BÁO CÁO TỔNG HỢP: Báo cáo Q3 năm 2074");
            Row cutOff = rowStartingWith(summary, "Ngày chốt số liệu");
            assertThat(DateUtil.isCellDateFormatted(cutOff.getCell(1))).isTrue();
            assertThat(cutOff.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(YEAR, 9, 14));

            Row header = rowStartingWith(summary, "Mã đơn vị");
            assertThat(text(header.getCell(2))).isEqualTo("Tình trạng báo cáo");
            Row vp = rowStartingWith(summary, "vp");
            assertThat(text(vp.getCell(1))).isEqualTo("Văn phòng Bộ");
            assertThat(text(vp.getCell(2))).isEqualTo("Đã tiếp nhận");
            assertThat(text(vp.getCell(3))).isEqualTo("Có");
            assertThat(vp.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(YEAR, 9, 16));
            assertThat(vp.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(vp.getCell(7).getNumericCellValue()).isEqualTo(3.0);
            assertThat(vp.getCell(8).getNumericCellValue()).isEqualTo(2.0);
            assertThat(vp.getCell(10).getNumericCellValue()).isEqualTo(66.7);
            Row khtc = rowStartingWith(summary, "khtc");
            assertThat(text(khtc.getCell(2))).isEqualTo("Bị trả lại");
            assertThat(khtc.getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(text(rowStartingWith(summary, "tccb").getCell(2))).isEqualTo("Chưa bắt đầu");

            Row awareness = rowStartingWith(summary, TaskGroup.AWARENESS.label());
            assertThat(numbers(awareness, 1, 7)).containsExactly(3.0, 1.0, 1.0, 0.0, 0.0, 1.0, 66.7);
            Row total = rowStartingWith(summary, "Tổng cộng");
            assertThat(numbers(total, 1, 7)).containsExactly(7.0, 2.0, 1.0, 1.0, 2.0, 1.0, 42.9);

            Sheet vpSheet = wb.getSheet("vp");
            assertThat(text(vpSheet.getRow(0).getCell(0))).isEqualTo("Báo cáo của Văn phòng Bộ (vp)");
            Row task = rowWith(vpSheet, 1, "Tuyên truyền chuyển đổi số");
            assertThat(task.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(text(task.getCell(2))).isEqualTo(TaskGroup.AWARENESS.label());
            assertThat(text(task.getCell(3))).contains("staff-vp");
            assertThat(task.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(YEAR, 8, 1));
            assertThat(text(task.getCell(5))).isEqualTo("Hoàn thành đúng hạn");
            assertThat(task.getCell(6).getNumericCellValue()).isEqualTo(100.0);
            assertThat(task.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(YEAR, 7, 20));
            assertThat(text(rowWith(vpSheet, 1, "Hội nghị phổ biến").getCell(5))).isEqualTo("Hoàn thành chậm");
            assertThat(rowStartingWith(vpSheet, "Số lãnh đạo đơn vị").getCell(1).getNumericCellValue()).isEqualTo(5.0);
            assertThat(rowStartingWith(vpSheet, "Số công chức, viên chức").getCell(1).getNumericCellValue())
                    .isEqualTo(40.0);

            assertThat(text(rowStartingWith(wb.getSheet("tccb"), "Đơn vị không có nhiệm vụ nào").getCell(0)))
                    .contains("chưa có kế hoạch");
            assertThat(rowStartingWith(wb.getSheet("tccb"), "Đơn vị chưa nhập số liệu nhân lực")).isNotNull();

            Cell injected = rowWith(wb.getSheet("cds"), 1, INJECTED_TITLE).getCell(1);
            assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getStringCellValue()).isEqualTo(INJECTED_TITLE);
        }

        List<String> csv = libreOffice(xlsx, "tong-hop.xlsx",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1");
        String all = String.join("\n", csv);
        assertThat(all).contains("Văn phòng Bộ", "Đã tiếp nhận", "Tổng cộng", "14/09/2074", "Tuyên truyền chuyển đổi số",
                "Hoàn thành đúng hạn", "01/08/2074", INJECTED_TITLE.replace("\"", "\"\""));
    }

    @Test
    void shouldWriteTheReportInTheOutlineOfTheDecreeWithPeoplesTextAsPlainText() throws IOException {
        byte[] docx = export.docx(cycle.getId());

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence("BÁO CÁO TỔNG HỢP", "Báo cáo Q3 năm 2074",
                    "Loại báo cáo: Định kỳ", "Kỳ báo cáo: Quý III", "Số liệu từ ngày 15/06/2074 đến ngày 14/09/2074",
                    "Ngày chốt số liệu: 14/09/2074", "Hạn đơn vị gửi báo cáo: 17/09/2074",
                    "Tình hình gửi báo cáo của các đơn vị", "I. Kết quả đạt được", TaskGroup.AWARENESS.label(),
                    "Số nhiệm vụ: 3; hoàn thành đúng hạn: 1; hoàn thành chậm: 1; đang thực hiện trong hạn: 0; "
                            + "chưa bắt đầu: 0; quá hạn chưa hoàn thành: 1; tỷ lệ hoàn thành: 66,7 %.",
                    "Tổng cộng", "Kết quả của các đơn vị", "Trung tâm Chuyển đổi số (cds):",
                    "Kết quả </w:t></w:r><w:r><w:t>chèn thẻ & <b>đậm</b>", "Dòng thứ hai: ổn định",
                    "Văn phòng Bộ (vp):",
                    "Hoàn thành 2/3 nhiệm vụ; tuyên truyền rộng rãi về \"chuyển đổi số\" & <đổi mới>.",
                    "II. Tồn tại, hạn chế và nguyên nhân", "Văn phòng Bộ (vp):", "Nhân lực còn thiếu.",
                    "III. Nhiệm vụ trọng tâm kỳ tới", "Chuyển đổi số toàn diện", "Hoàn thành đề án tài chính.",
                    "Số hoá hồ sơ lưu trữ.", "IV. Đề xuất, kiến nghị", "Đề nghị bổ sung kinh phí.",
                    "Ý kiến tổng hợp",
                    "Các đơn vị cơ bản hoàn thành nhiệm vụ quý III; cần đôn đốc Vụ Kế hoạch – Tài chính.");
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).contains("I. Kết quả đạt được", "II. Tồn tại, hạn chế và nguyên nhân",
                            "III. Nhiệm vụ trọng tâm kỳ tới", "IV. Đề xuất, kiến nghị");
            XWPFTable states = doc.getTables().get(0);
            assertThat(states.getRow(0).getCell(0).getText()).isEqualTo("Mã đơn vị");
            assertThat(states.getRows()).hasSize(5);
            assertThat(states.getRow(4).getCell(0).getText()).isEqualTo("vp");
            assertThat(states.getRow(4).getCell(2).getText()).isEqualTo("Đã tiếp nhận");
            assertThat(states.getRow(4).getCell(8).getText()).isEqualTo("66,7 %");
        }

        String text = String.join("\n", libreOffice(docx, "tong-hop.docx", "txt:Text (encoded):UTF8"));
        assertThat(text).contains("BÁO CÁO TỔNG HỢP", "I. Kết quả đạt được", "IV. Đề xuất, kiến nghị", "Văn phòng Bộ",
                "Chuyển đổi số toàn diện", "chèn thẻ & <b>đậm</b>");
    }

    /** Opens a copy of the file in LibreOffice headless with a fresh profile and returns the converted files' text. */
    private List<String> libreOffice(byte[] content, String fileName, String convertTo) throws IOException {
        Path input = work.resolve(fileName);
        Files.write(input, content);
        Path out = Files.createDirectories(work.resolve("out"));
        Path profile = work.resolve("profile");
        ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", convertTo, "--outdir", out.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile());
        Process process = pb.start();
        boolean finished;
        try {
            finished = process.waitFor(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while LibreOffice converted " + fileName, e);
        }
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(work.resolve("soffice.log"));
        assertThat(finished).as("LibreOffice finished within 120 s: " + log).isTrue();
        assertThat(process.exitValue()).as("LibreOffice exit code: " + log).isZero();
        assertThat(log).doesNotContainIgnoringCase("error");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).as("LibreOffice wrote its output: " + log).isNotEmpty();
        return texts;
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }

    private static Row rowStartingWith(Sheet sheet, String prefix) {
        return rowWith(sheet, 0, prefix);
    }

    /** The first row whose cell in this column is a text starting with {@code prefix}. */
    private static Row rowWith(Sheet sheet, int column, String prefix) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(prefix)) {
                return row;
            }
        }
        throw new AssertionError("no row of sheet " + sheet.getSheetName() + " starts with " + prefix);
    }

    private static List<Double> numbers(Row row, int from, int count) {
        List<Double> values = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.NUMERIC);
            values.add(row.getCell(i).getNumericCellValue());
        }
        return values;
    }
}
