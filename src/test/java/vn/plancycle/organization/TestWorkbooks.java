package vn.plancycle.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import workbooks in the tests, with POI. */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    static List<String> unit(String code, String name, String active) {
        return List.of(code, name, active);
    }

    static List<String> person(String username, String fullName, String email, String unit, String role,
            String password) {
        return List.of(username, fullName, email, unit, role, password);
    }

    static byte[] xlsx(List<List<String>> units, List<List<String>> people) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet(OrganizationWorkbook.UNITS), OrganizationWorkbook.UNIT_HEADERS, units);
            fill(workbook.createSheet(OrganizationWorkbook.PEOPLE), OrganizationWorkbook.PEOPLE_HEADERS, people);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] onlySheet(String name) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet(name).createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, List<String> headers, List<List<String>> rows) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) != null) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }
    }
}
