package vn.plancycle.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plancycle.organization.TestWorkbooks.person;
import static vn.plancycle.organization.TestWorkbooks.unit;
import static vn.plancycle.organization.TestWorkbooks.xlsx;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import vn.plancycle.security.Roles;
import vn.plancycle.testsupport.AppTest;

/** The xlsx import through {@code POST /api/admin/import}: all or nothing, every bad row reported. */
@AppTest
class OrganizationImportTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    UnitRepository units;
    @Autowired
    PersonRepository people;
    @Autowired
    IdentityService identity;

    String s;

    @BeforeEach
    void suffix() {
        s = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
    }

    private ResponseEntity<Map> upload(String user, byte[] bytes, String fileName) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/admin/import", new HttpEntity<>(parts, headers),
                Map.class);
    }

    private List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).sorted().toList();
    }

    @Test
    void aGoodFileCreatesUnitsPeopleAndGroupsAndUpdatesWhatExists() {
        byte[] file = xlsx(
                List.of(unit("ia" + s, "Vụ Nhập khẩu A", "có"), unit("ib" + s, "Trung tâm B", "không")),
                List.of(person("ia-staff-" + s, "Nguyễn Văn An", "an@example.vn", "ia" + s, "Cán bộ", "demo"),
                        person("ia-head-" + s, "Trần Thị Bình", "", "ia" + s, "HEAD", "demo"),
                        person("ib-head-" + s, "Lê Văn Cường", "", "ib" + s, "Thủ trưởng", "demo")));
        ResponseEntity<Map> response = upload("admin", file, "don-vi.xlsx");
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("unitsCreated", 2).containsEntry("peopleCreated", 3);

        assertThat(units.findByCode("ia" + s)).get().extracting(Unit::getName, Unit::isActive)
                .containsExactly("Vụ Nhập khẩu A", true);
        assertThat(units.findByCode("ib" + s)).get().extracting(Unit::isActive).isEqualTo(false);
        assertThat(identity.createTenantQuery().tenantId("ia" + s).count()).isEqualTo(1);
        assertThat(groupsOf("ia-staff-" + s)).containsExactly(Roles.staffGroup("ia" + s));
        assertThat(groupsOf("ia-head-" + s)).containsExactly(Roles.headGroup("ia" + s));
        assertThat(groupsOf("ib-head-" + s)).containsExactly(Roles.headGroup("ib" + s));
        assertThat(identity.checkPassword("ia-staff-" + s, "demo")).isTrue();

        // the same people again: a rename, a move and a promotion; no password needed for existing logins
        byte[] again = xlsx(
                List.of(unit("ia" + s, "Vụ Nhập khẩu A (mới)", "có")),
                List.of(person("ia-staff-" + s, "Nguyễn Văn An", "an@example.vn", "ib" + s, "HEAD", "")));
        ResponseEntity<Map> second = upload("admin", again, "don-vi.xlsx");
        assertThat(second.getStatusCode()).as("%s", second.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody()).containsEntry("unitsUpdated", 1).containsEntry("peopleUpdated", 1);
        assertThat(units.findByCode("ia" + s).orElseThrow().getName()).isEqualTo("Vụ Nhập khẩu A (mới)");
        assertThat(identity.createTenantQuery().tenantId("ia" + s).singleResult().getName())
                .isEqualTo("Vụ Nhập khẩu A (mới)");
        assertThat(groupsOf("ia-staff-" + s)).containsExactly(Roles.headGroup("ib" + s));
        assertThat(people.findByUsername("ia-staff-" + s).orElseThrow().getRole()).isEqualTo(PersonRole.HEAD);
    }

    @Test
    void oneBadRowInTheMiddleIsReportedAndNothingIsImported() {
        long unitsBefore = units.count();
        long peopleBefore = people.count();
        long usersBefore = identity.createUserQuery().count();
        long groupsBefore = identity.createGroupQuery().count();
        long membershipsOfVp = identity.createUserQuery().memberOfGroup(Roles.staffGroup("vp")).count();
        byte[] file = xlsx(
                List.of(unit("ja" + s, "Đơn vị J", "có")),
                List.of(person("ja-1-" + s, "Nguyễn Văn Một", "", "ja" + s, "STAFF", "demo"),
                        person("ja-2-" + s, "Nguyễn Văn Hai", "", "vp", "STAFF", "demo"),
                        person("ja-3-" + s, "Nguyễn Văn Ba", "khong-phai-email", "ja" + s, "Phó phòng", "demo"),
                        person("ja-4-" + s, "Nguyễn Văn Bốn", "", "vp", "HEAD", "demo"),
                        person("ja-5-" + s, "Nguyễn Văn Năm", "", "ja" + s, "HEAD", "demo")));
        ResponseEntity<Map> response = upload("admin", file, "don-vi.xlsx");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("error", "invalid_rows");
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) response.getBody().get("rows");
        assertThat(rows).hasSize(2).allMatch(r -> r.startsWith("Sheet CanBo, dòng 4: "));
        assertThat(rows).anyMatch(r -> r.contains("Phó phòng")).anyMatch(r -> r.contains("Email"));
        assertThat((String) response.getBody().get("message")).contains("Sheet CanBo, dòng 4");

        assertThat(units.count()).isEqualTo(unitsBefore);
        assertThat(units.existsByCode("ja" + s)).isFalse();
        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(identity.createUserQuery().count()).isEqualTo(usersBefore);
        assertThat(identity.createUserQuery().userId("ja-1-" + s).count()).isZero();
        assertThat(identity.createGroupQuery().count()).isEqualTo(groupsBefore);
        assertThat(identity.createTenantQuery().tenantId("ja" + s).count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup(Roles.staffGroup("vp")).count()).isEqualTo(membershipsOfVp);
    }

    @Test
    void everyBadRowOfBothSheetsIsListed() {
        byte[] file = xlsx(
                List.of(unit("1a" + s, "Đơn vị K", "có"), unit("kb" + s, "", "có"), unit("kc" + s, "Đơn vị C", "chưa rõ"),
                        unit("kd" + s, "Đơn vị D", "có"), unit("kd" + s, "Đơn vị D lặp", "có")),
                List.of(person("ka-1-" + s, "", "", "kd" + s, "STAFF", "demo"),
                        person("ka-2-" + s, "Người Mới", "", "kd" + s, "STAFF", ""),
                        person("ka 3", "Tên Sai", "", "zz" + s, "STAFF", "demo"),
                        person("ka-4-" + s, "Người Tốt", "", "kd" + s, "STAFF", "demo")));
        ResponseEntity<Map> response = upload("admin", file, "x.xlsx");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) response.getBody().get("rows");
        assertThat(rows).anyMatch(r -> r.startsWith("Sheet DonVi, dòng 2: ")) // code starts with a digit
                .anyMatch(r -> r.startsWith("Sheet DonVi, dòng 3: ")) // no name
                .anyMatch(r -> r.startsWith("Sheet DonVi, dòng 4: ")) // active unreadable
                .anyMatch(r -> r.startsWith("Sheet DonVi, dòng 6: ")) // duplicate code
                .anyMatch(r -> r.startsWith("Sheet CanBo, dòng 2: ")) // no full name
                .anyMatch(r -> r.startsWith("Sheet CanBo, dòng 3: ") && r.contains("mật khẩu"))
                .anyMatch(r -> r.startsWith("Sheet CanBo, dòng 4: ") && r.contains("zz" + s))
                .noneMatch(r -> r.startsWith("Sheet DonVi, dòng 5: ") || r.startsWith("Sheet CanBo, dòng 5: "));
        assertThat(units.existsByCode("kd" + s)).isFalse();
        assertThat(people.existsByUsername("ka-4-" + s)).isFalse();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAMessage() {
        ResponseEntity<Map> text = upload("admin", "Mã đơn vị;Tên\nvp;Văn phòng".getBytes(), "don-vi.csv");
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text.getBody()).containsEntry("error", "invalid_file");
        assertThat((String) text.getBody().get("message")).contains("don-vi.csv").contains(".xlsx");

        ResponseEntity<Map> corrupt = upload("admin", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "hong.xlsx");
        assertThat(corrupt.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) corrupt.getBody().get("message")).contains("hong.xlsx");

        ResponseEntity<Map> missing = upload("admin", TestWorkbooks.onlySheet("DonVi"), "thieu.xlsx");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) missing.getBody().get("message")).contains("CanBo");

        ResponseEntity<Map> empty = upload("admin", xlsx(List.of(), List.of()), "rong.xlsx");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) empty.getBody().get("message")).isNotBlank();
    }

    @Test
    void onlyAdministratorsImport() {
        byte[] file = xlsx(List.of(unit("la" + s, "Đơn vị L", "có")), List.of());
        for (String user : List.of("staff-vp", "head-vp", "reviewer")) {
            assertThat(upload(user, file, "x.xlsx").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(units.existsByCode("la" + s)).isFalse();
    }

    @Test
    void theTemplateIsAWorkbookTheImportReads() {
        ResponseEntity<byte[]> template = rest.withBasicAuth("admin", "demo")
                .getForEntity("/admin/import/template.xlsx", byte[].class);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(template.getHeaders().getContentType().toString()).isEqualTo(OrganizationWorkbook.CONTENT_TYPE);
        // the template has headers only: reading it finds no rows
        ResponseEntity<Map> upload = upload("admin", template.getBody(), "mau.xlsx");
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) upload.getBody().get("message")).contains("dòng 2");
    }
}
