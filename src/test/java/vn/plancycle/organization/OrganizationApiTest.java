package vn.plancycle.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.plancycle.testsupport.AppTest;

/** {@code /api/units}: who sees which unit, and bad figures refused with a JSON error and nothing changed. */
@AppTest
class OrganizationApiTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WorkforceService workforce;

    private ResponseEntity<Map> put(String user, String unit, int year, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/api/units/" + unit + "/workforce/" + year, HttpMethod.PUT,
                new HttpEntity<>(json, headers), Map.class);
    }

    private ResponseEntity<Map> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
    }

    @Test
    void unitMembersReadOnlyTheirOwnUnit() {
        ResponseEntity<Map> other = get("staff-khtc", "/api/units/vp/workforce/" + YEAR);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody()).containsEntry("error", "forbidden").containsKey("message");

        ResponseEntity<Map> own = get("staff-vp", "/api/units/vp/workforce/" + YEAR);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).containsEntry("unit", "vp").containsEntry("recorded", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) own.getBody().get("check");
        assertThat(check).containsEntry("meetsExpertLeaderTarget", true).containsEntry("meetsTrainingTarget", true);

        assertThat(get("head-khtc", "/api/units/vp/workforce/" + YEAR).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("reviewer", "/api/units/vp/workforce/" + YEAR).getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<?, ?> khtc = get("leader", "/api/units/khtc/workforce/" + YEAR).getBody();
        assertThat(((Map<?, ?>) khtc.get("check")).get("meetsExpertLeaderTarget")).isEqualTo(false);
    }

    @Test
    void theUnitListIsScoped() {
        ResponseEntity<List> mine = rest.withBasicAuth("staff-vp", "demo").getForEntity("/api/units", List.class);
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody()).extracting(u -> ((Map<?, ?>) u).get("code")).containsExactly("vp");
        ResponseEntity<List> all = rest.withBasicAuth("reviewer", "demo").getForEntity("/api/units", List.class);
        assertThat(all.getBody()).extracting(u -> ((Map<?, ?>) u).get("code"))
                .contains("vp", "khtc", "tccb", "cds", "khcn", "pc", "ttdl");
    }

    @Test
    void anUnknownUnitIs404ForTheMinistry() {
        ResponseEntity<Map> r = get("reviewer", "/api/units/khongco/workforce/" + YEAR);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(r.getBody()).containsEntry("error", "unknown_unit");
        assertThat((String) r.getBody().get("message")).contains("khongco");
    }

    @Test
    void staffRecordTheirFiguresAndGetTheTargetCheck() {
        ResponseEntity<Map> saved = put("staff-pc", "pc", 2031,
                "{\"leaders\":4,\"expertLeaders\":1,\"officials\":20,\"trainedOfficials\":19}");
        assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody()).containsEntry("leaders", 4).containsEntry("trainedOfficials", 19);
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) saved.getBody().get("check");
        assertThat(check).containsEntry("meetsExpertLeaderTarget", true).containsEntry("meetsTrainingTarget", false);
        assertThat((List<String>) saved.getBody().get("summary")).anyMatch(s -> s.contains("Chưa đạt"));
        assertThat(workforce.view("pc", 2031).figures()).isEqualTo(new WorkforceFigures(4, 1, 20, 19));
        // reviewers read but do not write
        assertThat(put("reviewer", "pc", 2031, "{\"leaders\":4,\"expertLeaders\":1,\"officials\":20,"
                + "\"trainedOfficials\":20}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("staff-khtc", "pc", 2031, "{\"leaders\":4,\"expertLeaders\":1,\"officials\":20,"
                + "\"trainedOfficials\":20}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(workforce.view("pc", 2031).figures()).isEqualTo(new WorkforceFigures(4, 1, 20, 19));
    }

    @Test
    void badFiguresAreRefusedWithAJsonErrorAndChangeNothing() {
        WorkforceFigures before = workforce.view("vp", YEAR).figures();
        assertThat(before).isNotNull();
        for (String bad : List.of(
                "{\"leaders\":4,\"expertLeaders\":5,\"officials\":20,\"trainedOfficials\":20}",
                "{\"leaders\":4,\"expertLeaders\":1,\"officials\":20,\"trainedOfficials\":21}",
                "{\"leaders\":-1,\"expertLeaders\":0,\"officials\":20,\"trainedOfficials\":20}",
                "{\"leaders\":4,\"expertLeaders\":1,\"officials\":20}",
                "{\"leaders\":\"bốn\"}",
                "không phải JSON")) {
            ResponseEntity<Map> r = put("staff-vp", "vp", YEAR, bad);
            assertThat(r.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(r.getBody()).as(bad).containsKeys("error", "message");
            assertThat((String) r.getBody().get("message")).as(bad).isNotBlank();
        }
        ResponseEntity<Map> tooMany = put("staff-vp", "vp", YEAR,
                "{\"leaders\":4,\"expertLeaders\":5,\"officials\":20,\"trainedOfficials\":20}");
        assertThat(tooMany.getBody()).containsEntry("error", "validation");
        assertThat((String) tooMany.getBody().get("message")).contains("lãnh đạo");
        ResponseEntity<Map> badYear = put("staff-vp", "vp", 1999,
                "{\"leaders\":4,\"expertLeaders\":1,\"officials\":20,\"trainedOfficials\":20}");
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) badYear.getBody().get("message")).contains("2000").contains("2100");
        assertThat(workforce.view("vp", YEAR).figures()).isEqualTo(before);
        assertThat(workforce.view("vp", 1999).figures()).isNull();
    }
}
