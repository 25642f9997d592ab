package vn.plancycle.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.plancycle.testsupport.AppTest;

/**
 * The pages over HTTP (HTTP Basic plus the session's CSRF token): who may open them, and that a
 * form post saves, or re-renders with the errors and saves nothing. Browser tests click them too.
 */
@AppTest
class OrganizationPagesTest {

    private static final int YEAR = Year.now().getValue();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WorkforceService workforce;
    @Autowired
    UnitRepository units;

    /** A page session of the user: GET the page, then POST the form with its CSRF token and cookie. */
    private ResponseEntity<String> postForm(String user, String page, String action, MultiValueMap<String, String> form) {
        ResponseEntity<String> get = rest.withBasicAuth(user, "demo").getForEntity(page, String.class);
        assertThat(get.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher m = CSRF.matcher(get.getBody());
        assertThat(m.find()).as("CSRF token in %s", page).isTrue();
        form.add("_csrf", m.group(1));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        List<String> cookies = get.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies != null) {
            headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList()));
        }
        return rest.withBasicAuth(user, "demo").postForEntity(action, new HttpEntity<>(form, headers), String.class);
    }

    private static MultiValueMap<String, String> figures(int leaders, int experts, int officials, int trained) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("leaders", String.valueOf(leaders));
        form.add("expertLeaders", String.valueOf(experts));
        form.add("officials", String.valueOf(officials));
        form.add("trainedOfficials", String.valueOf(trained));
        return form;
    }

    @Test
    void staffSeeTheirUnitsTargetCheck() {
        ResponseEntity<String> page = rest.withBasicAuth("staff-vp", "demo").getForEntity("/workforce", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("id=\"target-check\"").contains("id=\"save-workforce\"")
                .contains("Lãnh đạo có chuyên môn KH,CN,ĐMST,CĐS: 37,5 % — Đạt chỉ tiêu ≥ 25 %");
        ResponseEntity<String> khtc = rest.withBasicAuth("staff-khtc", "demo").getForEntity("/workforce", String.class);
        assertThat(khtc.getBody()).contains("Chưa đạt chỉ tiêu ≥ 25 %");
        assertThat(rest.withBasicAuth("staff-khtc", "demo").getForEntity("/workforce?unit=vp", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theMinistryViewsAnyUnitButOnlyAdministratorsMaySave() {
        ResponseEntity<String> reviewer = rest.withBasicAuth("reviewer", "demo")
                .getForEntity("/workforce?unit=cds", String.class);
        assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reviewer.getBody()).contains("id=\"target-check\"").doesNotContain("id=\"save-workforce\"");
        ResponseEntity<String> admin = rest.withBasicAuth("admin", "demo")
                .getForEntity("/workforce?unit=cds", String.class);
        assertThat(admin.getBody()).contains("id=\"save-workforce\"");
    }

    @Test
    void aBadFigureReRendersWithTheErrorAndSavesNothing() {
        WorkforceFigures before = workforce.view("cds", YEAR).figures();
        ResponseEntity<String> r = postForm("staff-cds", "/workforce", "/workforce?unit=cds&year=" + YEAR,
                figures(5, 4, 10, 12));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).contains("class=\"field-error\" id=\"trainedOfficials-error\"")
                .contains("không được lớn hơn số công chức");
        assertThat(workforce.view("cds", YEAR).figures()).isEqualTo(before);
    }

    @Test
    void aGoodFormIsSavedAndRedirects() {
        ResponseEntity<String> r = postForm("head-tccb", "/workforce", "/workforce?unit=tccb&year=2032",
                figures(4, 1, 10, 10));
        // the client follows the redirect to the page, which shows the flash message and the new check
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).contains("id=\"flash-message\"").contains("Đã lưu số liệu nhân lực của tccb năm 2032")
                .contains("Đạt chỉ tiêu ≥ 25 %");
        assertThat(workforce.view("tccb", 2032).figures()).isEqualTo(new WorkforceFigures(4, 1, 10, 10));
    }

    @Test
    void onlyAdministratorsOpenTheAdministrationPages() {
        for (String path : List.of("/admin/units", "/admin/people", "/admin/import/template.xlsx")) {
            assertThat(rest.withBasicAuth("staff-vp", "demo").getForEntity(path, String.class).getStatusCode())
                    .as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rest.withBasicAuth("admin", "demo").getForEntity(path, String.class).getStatusCode())
                    .as(path).isEqualTo(HttpStatus.OK);
        }
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/admin/units", String.class).getBody())
                .contains("id=\"units-table\"").contains("Văn phòng Bộ").contains("id=\"import-form\"");
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/admin/people?unit=vp", String.class).getBody())
                .contains("staff-vp").contains("head-vp").doesNotContain("staff-khtc");
    }

    @Test
    void theUnitFormRefusesABadCodeAndCreatesAGoodOne() {
        MultiValueMap<String, String> bad = new LinkedMultiValueMap<>();
        bad.add("code", "Sai Mã");
        bad.add("name", "");
        ResponseEntity<String> refused = postForm("admin", "/admin/units", "/admin/units/new", bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("id=\"code-error\"").contains("id=\"name-error\"");

        String code = "pg" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
        MultiValueMap<String, String> good = new LinkedMultiValueMap<>();
        good.add("code", code);
        good.add("name", "Đơn vị thử trang");
        good.add("active", "true");
        ResponseEntity<String> created = postForm("admin", "/admin/units", "/admin/units/new", good);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(created.getBody()).contains("id=\"flash-message\"").contains("id=\"unit-" + code + "\"");
        assertThat(units.findByCode(code)).isPresent();
    }
}
