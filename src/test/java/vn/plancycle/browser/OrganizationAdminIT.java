package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The administration of units and people ({@code /admin/units}, {@code /admin/people}, their edit
 * pages and the xlsx import) as the administrator, and the refusal of a unit's staff. Unit codes
 * and usernames start with {@code itorg}: the browser tests share one database.
 */
class OrganizationAdminIT extends BrowserTest {

    /** The sheets and headers of {@code OrganizationWorkbook} (not visible from this package). */
    private static final String UNITS_SHEET = "DonVi";
    private static final String PEOPLE_SHEET = "CanBo";
    private static final List<String> UNIT_HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Hoạt động (có/không)");
    private static final List<String> PEOPLE_HEADERS = List.of("Tên đăng nhập", "Họ và tên", "Email", "Mã đơn vị",
            "Vai trò (STAFF/HEAD hoặc Cán bộ/Thủ trưởng)", "Mật khẩu ban đầu (chỉ cho tài khoản mới)");

    private void createUnit(String code, String name) {
        open("/admin/units");
        type("code", code);
        type("name", name);
        byId("save-unit").click();
        assertThat(byId("flash-message").getText()).isEqualTo("Đã tạo đơn vị " + code + " – " + name + ".");
    }

    private WebElement unitRow(String code) {
        return byId("unit-" + code);
    }

    private String cell(WebElement row, String cssClass) {
        return row.findElement(By.className(cssClass)).getText();
    }

    private void upload(Path xlsx) {
        open("/admin/units");
        byId("import-file").sendKeys(xlsx.toAbsolutePath().toString());
        byId("import-submit").click();
    }

    /** An import workbook in the format of {@code OrganizationWorkbook}, written to a temp file. */
    private static Path workbook(List<List<String>> units, List<List<String>> people) throws IOException {
        Path file = Files.createTempFile("don-vi-can-bo", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb.createSheet(UNITS_SHEET), UNIT_HEADERS, units);
            fill(wb.createSheet(PEOPLE_SHEET), PEOPLE_HEADERS, people);
            wb.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    private static void fill(Sheet sheet, List<String> headers, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < all.get(r).size(); c++) {
                row.createCell(c).setCellValue(all.get(r).get(c));
            }
        }
    }

    @Test
    void theAdministratorCreatesAUnitAndRenamesIt() {
        logIn("admin");
        byId("link-units").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/admin/units"));
        assertThat(byId("units-title").getText()).isEqualTo("Danh sách đơn vị");
        assertThat(driver.findElements(By.id("unit-itorg1"))).isEmpty();

        createUnit("itorg1", "Phòng Thử nghiệm Tổ chức");
        WebElement row = unitRow("itorg1");
        assertThat(cell(row, "unit-code")).isEqualTo("itorg1");
        assertThat(cell(row, "unit-name")).isEqualTo("Phòng Thử nghiệm Tổ chức");
        assertThat(cell(row, "unit-active")).isEqualTo("Có");
        assertThat(cell(row, "unit-staff")).isEqualTo("0");
        assertThat(cell(row, "unit-heads")).isEqualTo("0");

        byId("edit-unit-itorg1").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/admin/units/itorg1/edit"));
        // the code of an existing unit is shown but cannot be changed
        assertThat(byId("code").getAttribute("value")).isEqualTo("itorg1");
        assertThat(byId("code").getAttribute("readonly")).isNotNull();
        assertThat(byId("name").getAttribute("value")).isEqualTo("Phòng Thử nghiệm Tổ chức");
        type("name", "Phòng Thử nghiệm Tổ chức (đổi tên)");
        byId("save-unit").click();

        assertThat(byId("flash-message").getText())
                .isEqualTo("Đã cập nhật đơn vị itorg1 – Phòng Thử nghiệm Tổ chức (đổi tên).");
        assertThat(driver.getCurrentUrl()).endsWith("/admin/units");
        assertThat(cell(unitRow("itorg1"), "unit-name")).isEqualTo("Phòng Thử nghiệm Tổ chức (đổi tên)");
        // the rename did not create a second unit
        assertThat(driver.findElements(By.cssSelector("#units-table tr[data-code='itorg1']"))).hasSize(1);
    }

    @Test
    void aBadUnitFormShowsTheErrorsAndCreatesNothing() {
        logIn("admin");
        open("/admin/units");
        type("code", "IT Org!");
        type("name", " ");
        byId("save-unit").click();
        assertThat(byId("code-error").getText()).contains("Mã đơn vị phải viết thường");
        assertThat(byId("name-error").getText()).isEqualTo("Tên đơn vị là bắt buộc.");
        assertThat(driver.findElements(By.id("flash-message"))).isEmpty();
        open("/admin/units");
        assertThat(byId("units-table").getText()).doesNotContain("IT Org!");
    }

    @Test
    void theAdministratorCreatesAPersonAndMovesThemToAnotherUnit() {
        logIn("admin");
        createUnit("itorg2", "Đơn vị thử nghiệm Hai");
        createUnit("itorg3", "Đơn vị thử nghiệm Ba");

        byId("people-of-itorg2").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/admin/people?unit=itorg2"));
        assertThat(byId("people-empty").getText()).isEqualTo("Chưa có cán bộ nào.");
        // the add form starts in the filtered unit
        assertThat(new Select(byId("unitCode")).getFirstSelectedOption().getAttribute("value")).isEqualTo("itorg2");
        type("username", "itorg.nguoi1");
        type("fullName", "Trương Văn Thử");
        type("email", "itorg.nguoi1@plancycle.local");
        new Select(byId("role")).selectByValue("STAFF");
        type("password", DEMO_PASSWORD);
        byId("save-person").click();

        assertThat(byId("flash-message").getText()).isEqualTo("Đã tạo cán bộ itorg.nguoi1 – Trương Văn Thử.");
        assertThat(driver.getCurrentUrl()).endsWith("/admin/people?unit=itorg2");
        WebElement person = byId("person-itorg.nguoi1");
        assertThat(cell(person, "person-name")).isEqualTo("Trương Văn Thử");
        assertThat(cell(person, "person-email")).isEqualTo("itorg.nguoi1@plancycle.local");
        assertThat(cell(person, "person-unit")).isEqualTo("itorg2");
        assertThat(cell(person, "person-role")).isEqualTo("Cán bộ");
        open("/admin/units");
        assertThat(cell(unitRow("itorg2"), "unit-staff")).isEqualTo("1");

        // move to itorg3
        open("/admin/people?unit=itorg2");
        byId("edit-person-itorg.nguoi1").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/admin/people/itorg.nguoi1/edit"));
        assertThat(byId("username").getAttribute("readonly")).isNotNull();
        assertThat(driver.findElements(By.id("password"))).isEmpty();
        new Select(byId("unitCode")).selectByValue("itorg3");
        byId("save-person").click();

        assertThat(byId("flash-message").getText()).isEqualTo("Đã cập nhật cán bộ itorg.nguoi1 – Trương Văn Thử.");
        assertThat(driver.getCurrentUrl()).endsWith("/admin/people?unit=itorg3");
        assertThat(cell(byId("person-itorg.nguoi1"), "person-unit")).isEqualTo("itorg3");
        open("/admin/people?unit=itorg2");
        assertThat(byId("people-empty").isDisplayed()).isTrue();
        assertThat(driver.findElements(By.id("person-itorg.nguoi1"))).isEmpty();
        open("/admin/units");
        assertThat(cell(unitRow("itorg2"), "unit-staff")).isEqualTo("0");
        assertThat(cell(unitRow("itorg3"), "unit-staff")).isEqualTo("1");

        // the login followed: the person now belongs to itorg3 (and to itorg2 no more)
        byId("logout").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/login?logout"));
        logIn("itorg.nguoi1");
        assertThat(byId("my-unit").getText()).isEqualTo("Đơn vị: itorg3");
        assertThat(driver.findElements(By.id("link-units"))).isEmpty();
    }

    @Test
    void anImportWithOneBadRowShowsItsRowNumberAndImportsNothing() throws IOException {
        Path bad = workbook(
                List.of(List.of("itorg4", "Đơn vị nhập lỗi", "có")),
                List.of(List.of("itorg.tot4", "Lê Thị Tốt", "itorg.tot4@plancycle.local", "itorg4", "Cán bộ", "demo"),
                        List.of("itorg.sai4", "Lê Văn Sai", "itorg.sai4@plancycle.local", "itorg4", "Giám đốc",
                                "demo")));
        logIn("admin");
        upload(bad);

        assertThat(byId("flash-error").getText())
                .isEqualTo("Tệp có 1 lỗi; chưa nhập dữ liệu nào. Sửa các dòng dưới đây rồi nhập lại.");
        List<WebElement> errors = driver.findElements(By.cssSelector("#import-errors li"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getText()).startsWith("Sheet CanBo, dòng 3:").contains("Giám đốc");
        // nothing of the file was written: neither its unit nor its good person
        assertThat(driver.findElements(By.id("unit-itorg4"))).isEmpty();
        assertThat(byId("units-table").getText()).doesNotContain("Đơn vị nhập lỗi");
        open("/admin/people");
        assertThat(byId("people-table").getText()).contains("staff-vp").doesNotContain("itorg.tot4")
                .doesNotContain("Lê Thị Tốt");
        assertThat(driver.findElements(By.id("person-itorg.tot4"))).isEmpty();
        assertThat(new Select(byId("unitCode")).getOptions()).extracting(o -> o.getAttribute("value"))
                .doesNotContain("itorg4");
    }

    @Test
    void aGoodImportAddsItsUnitsAndPeople() throws IOException {
        Path good = workbook(
                List.of(List.of("itorg5", "Đơn vị nhập Năm", "có"),
                        List.of("itorg6", "Đơn vị nhập Sáu", "không")),
                List.of(List.of("itorg.canbo5", "Phạm Văn Năm", "itorg.canbo5@plancycle.local", "itorg5", "Cán bộ",
                                "demo"),
                        List.of("itorg.thutruong5", "Phạm Thị Năm", "itorg.thutruong5@plancycle.local", "itorg5",
                                "Thủ trưởng", "demo")));
        logIn("admin");
        upload(good);

        assertThat(byId("flash-message").getText())
                .isEqualTo("Đã nhập: 2 đơn vị mới, 0 đơn vị cập nhật, 2 cán bộ mới, 0 cán bộ cập nhật.");
        assertThat(driver.findElements(By.id("import-errors"))).isEmpty();
        WebElement five = unitRow("itorg5");
        assertThat(cell(five, "unit-name")).isEqualTo("Đơn vị nhập Năm");
        assertThat(cell(five, "unit-active")).isEqualTo("Có");
        assertThat(cell(five, "unit-staff")).isEqualTo("1");
        assertThat(cell(five, "unit-heads")).isEqualTo("1");
        WebElement six = unitRow("itorg6");
        assertThat(cell(six, "unit-name")).isEqualTo("Đơn vị nhập Sáu");
        assertThat(cell(six, "unit-active")).isEqualTo("Không");

        byId("people-of-itorg5").click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/admin/people?unit=itorg5"));
        WebElement staff = byId("person-itorg.canbo5");
        assertThat(cell(staff, "person-name")).isEqualTo("Phạm Văn Năm");
        assertThat(cell(staff, "person-role")).isEqualTo("Cán bộ");
        WebElement head = byId("person-itorg.thutruong5");
        assertThat(cell(head, "person-name")).isEqualTo("Phạm Thị Năm");
        assertThat(cell(head, "person-unit")).isEqualTo("itorg5");
        assertThat(cell(head, "person-role")).isEqualTo("Thủ trưởng");
        assertThat(driver.findElements(By.cssSelector("#people-table tbody tr"))).hasSize(2);
    }

    @Test
    void aUnitsStaffAreRefusedTheAdministrationPages() {
        logIn("staff-vp");
        open("/admin/units");
        assertThat(byId("error-text").getText()).isEqualTo("Bạn không có quyền truy cập nội dung này.");
        assertThat(byId("error-page").getText()).contains("403");
        assertThat(driver.findElements(By.id("units-table"))).isEmpty();
        assertThat(driver.findElements(By.id("import-form"))).isEmpty();

        open("/admin/people");
        assertThat(byId("error-text").getText()).isEqualTo("Bạn không có quyền truy cập nội dung này.");
        assertThat(driver.findElements(By.id("people-table"))).isEmpty();

        open("/admin/units/vp/edit");
        assertThat(byId("error-text").getText()).isEqualTo("Bạn không có quyền truy cập nội dung này.");
        assertThat(driver.findElements(By.id("unit-form"))).isEmpty();
    }
}
