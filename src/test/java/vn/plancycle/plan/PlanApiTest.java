package vn.plancycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.plancycle.security.Roles;
import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.PlanFixtures;

/**
 * The plan API, the editor page and the public page on the whole application (PostgreSQL, demo
 * ministry). Each test uses its own year, the database being shared with the other tests.
 */
@AppTest
class PlanApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    PlanService planService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private ResponseEntity<Map> get(String user, String unit, int year) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/plans/" + unit + "/" + year, Map.class);
    }

    private ResponseEntity<Map> submit(String user, String unit, int year) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/plans/" + unit + "/" + year + "/submit", null,
                Map.class);
    }

    private long planId(String unit, int year) {
        return ((Number) get("staff-" + unit, unit, year).getBody().get("id")).longValue();
    }

    /** Runs service calls as a member of the unit, as the pages do. */
    private static void actAs(String username, String... groups) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                AuthorityUtils.createAuthorityList(java.util.Arrays.stream(groups)
                        .map(g -> Roles.AUTHORITY_PREFIX + g).toArray(String[]::new))));
    }

    @Test
    void staffSaveADraftAndReadItBackWithItsProblems() {
        List<Map<String, Object>> tasks = new ArrayList<>(PlanFixtures.completeTasks("pc", 2041));
        tasks.add(PlanFixtures.task("Rà soát văn bản", "INSTITUTIONAL", "", "staff-khtc", "2042-01-10"));
        ResponseEntity<Map> saved = PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2041, tasks);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> read = get("staff-pc", "pc", 2041);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> plan = read.getBody();
        assertThat(plan).containsEntry("status", "DRAFT").containsEntry("unit", "pc").containsEntry("year", 2041)
                .containsEntry("businessKey", "PLAN-PC-2041").containsEntry("editable", true);
        List<Map<String, Object>> readTasks = (List<Map<String, Object>>) plan.get("tasks");
        assertThat(readTasks).hasSize(7);
        assertThat(readTasks.get(0)).containsEntry("position", 1).containsEntry("group", "AWARENESS")
                .containsEntry("owner", "staff-pc").containsEntry("dueDate", "2041-02-15");
        assertThat((String) readTasks.get(0).get("ownerName")).isNotBlank();
        assertThat((String) readTasks.get(0).get("groupLabel")).isEqualTo("Nâng cao nhận thức, tuyên truyền");
        List<Map<String, Object>> problems = (List<Map<String, Object>>) plan.get("problems");
        assertThat(problems).extracting(p -> p.get("code")).containsExactly(PlanProblem.DELIVERABLE_MISSING,
                PlanProblem.OWNER_NOT_IN_UNIT, PlanProblem.DUE_DATE_OUTSIDE_YEAR);
        assertThat(problems).allSatisfy(p -> assertThat(p).containsEntry("taskPosition", 7));
        assertThat((String) problems.get(0).get("message")).contains("Nhiệm vụ 7").contains("Rà soát văn bản");

        // the first save put the drafting step into Tasklist
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("PLAN-PC-2041")
                .taskDefinitionKey(UnitPlanProcess.TASK_DRAFT).count()).isEqualTo(1);

        // saving again replaces the list, and does not start a second instance
        assertThat(PlanFixtures.saveDraft(rest, "head-pc", "pc", 2041, PlanFixtures.completeTasks("pc", 2041))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) get("staff-pc", "pc", 2041).getBody().get("tasks")).hasSize(6);
        assertThat((List<?>) get("staff-pc", "pc", 2041).getBody().get("problems")).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PLAN-PC-2041").count())
                .isEqualTo(1);
    }

    @Test
    void anInvalidPlanIsRefusedWithItsProblemsAndNothingChanges() {
        List<Map<String, Object>> tasks = List.of(
                PlanFixtures.task("Tuyên truyền Quyết định 970", "AWARENESS", "Hội nghị", "staff-pc", "2042-03-01"),
                PlanFixtures.task("Đào tạo", "WORKFORCE", "Lớp học", "", "2042-05-01"));
        assertThat(PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2042, tasks).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> refused = submit("staff-pc", "pc", 2042);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("error", "plan_invalid");
        assertThat((String) refused.getBody().get("message")).isNotBlank();
        List<Map<String, Object>> problems = (List<Map<String, Object>>) refused.getBody().get("problems");
        assertThat(problems).extracting(p -> p.get("code")).containsExactly(PlanProblem.OWNER_MISSING,
                PlanProblem.MANDATORY_GROUP_MISSING, PlanProblem.MANDATORY_GROUP_MISSING,
                PlanProblem.MANDATORY_GROUP_MISSING);
        assertThat(problems).extracting(p -> (String) p.get("message")).anyMatch(m -> m.contains("Theo dõi, đánh giá"));

        assertThat(get("staff-pc", "pc", 2042).getBody()).containsEntry("status", "DRAFT");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("PLAN-PC-2042")
                .taskDefinitionKey(UnitPlanProcess.TASK_DRAFT).count()).isEqualTo(1);
    }

    @Test
    void submittingAPlanNobodySavedIsRefusedAsEmpty() {
        ResponseEntity<Map> refused = submit("staff-pc", "pc", 2043);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) refused.getBody().get("problems")).extracting(p -> p.get("code"))
                .contains(PlanProblem.PLAN_EMPTY);
        assertThat(get("staff-pc", "pc", 2043).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PLAN-PC-2043").count())
                .isZero();
    }

    @Test
    void anotherUnitsStaffAreForbiddenAndReviewersOnlyRead() {
        PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2044, PlanFixtures.completeTasks("pc", 2044));

        ResponseEntity<Map> read = get("staff-khtc", "pc", 2044);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(read.getBody()).containsEntry("error", "forbidden");
        assertThat(PlanFixtures.saveDraft(rest, "staff-khtc", "pc", 2044, List.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(submit("staff-khtc", "pc", 2044).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("staff-khtc", "demo").getForEntity("/plans/pc/2044", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(get("reviewer", "pc", 2044).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(PlanFixtures.saveDraft(rest, "reviewer", "pc", 2044, List.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((List<?>) get("staff-pc", "pc", 2044).getBody().get("tasks")).hasSize(6);
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() {
        PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2045, PlanFixtures.completeTasks("pc", 2045));

        ResponseEntity<Map> noTitle = PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2045,
                List.of(PlanFixtures.task(" ", "AWARENESS", "Hội nghị", "staff-pc", "2045-03-01")));
        assertThat(noTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noTitle.getBody()).containsEntry("error", "invalid_task");
        assertThat((String) noTitle.getBody().get("message")).contains("Nhiệm vụ 1").contains("tên nhiệm vụ");

        ResponseEntity<Map> badGroup = PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2045,
                List.of(PlanFixtures.task("Việc", "NOT_A_GROUP", "Hội nghị", "staff-pc", "2045-03-01")));
        assertThat(badGroup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) badGroup.getBody().get("message")).contains("Nhóm nhiệm vụ");

        ResponseEntity<Map> tooLong = PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2045,
                List.of(PlanFixtures.task("x".repeat(501), "AWARENESS", "Hội nghị", "staff-pc", "2045-03-01")));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) tooLong.getBody().get("message")).contains("500");

        assertThat(PlanFixtures.saveDraft(rest, "staff-pc", "nope", 2045, List.of()).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(get("admin", "nope", 2045).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("staff-pc", "pc", 1999).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat((List<?>) get("staff-pc", "pc", 2045).getBody().get("tasks")).hasSize(6);
    }

    @Test
    void aPlanSentToTheHeadIsNoLongerEditableAndAReturnedOneShowsTheComment() {
        PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2046, PlanFixtures.completeTasks("pc", 2046));
        long id = planId("pc", 2046);

        planService.markSubmitted(id);
        ResponseEntity<Map> refused = PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2046, List.of());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("error", "plan_not_editable");
        assertThat(get("staff-pc", "pc", 2046).getBody()).containsEntry("status", "SUBMITTED")
                .containsEntry("editable", false);
        String readOnly = rest.withBasicAuth("staff-pc", "demo").getForObject("/plans/pc/2046", String.class);
        assertThat(readOnly).contains("id=\"plan-read-only\"").doesNotContain("id=\"add-task\"")
                .doesNotContain("id=\"submit-plan\"");

        planService.markReturned(id, "Ghi rõ số cán bộ được đào tạo", "head-pc");
        Map<String, Object> returned = get("staff-pc", "pc", 2046).getBody();
        assertThat(returned).containsEntry("status", "RETURNED").containsEntry("editable", true)
                .containsEntry("returnComment", "Ghi rõ số cán bộ được đào tạo").containsEntry("returnedBy", "head-pc");
        String editor = rest.withBasicAuth("staff-pc", "demo").getForObject("/plans/pc/2046", String.class);
        assertThat(editor).contains("id=\"return-comment\"").contains("Ghi rõ số cán bộ được đào tạo")
                .contains("id=\"add-task\"").contains("id=\"submit-plan\"");

        planService.markDraftInvalid(id);
        assertThat(get("staff-pc", "pc", 2046).getBody()).containsEntry("status", "RETURNED");
    }

    @Test
    void theEditorListsTheProblemsAndTheUnitsPeople() {
        PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2047,
                List.of(PlanFixtures.task("Tuyên truyền", "AWARENESS", "", "staff-pc", "2047-03-01")));
        String page = rest.withBasicAuth("staff-pc", "demo").getForObject("/plans/pc/2047", String.class);
        assertThat(page).contains("id=\"plan-problems\"").contains("Nhiệm vụ 1 «Tuyên truyền»")
                .contains("id=\"task-owner\"").contains("value=\"head-pc\"").doesNotContain("value=\"staff-khtc\"")
                .contains("id=\"task-group\"").contains("value=\"DIGITAL_GOVERNMENT\"")
                .contains("class=\"btn secondary delete-task\"").contains("id=\"import-file\"");
        assertThat(page).containsPattern("id=\"submit-plan\"[^>]*disabled");

        ResponseEntity<String> redirect = rest.withBasicAuth("staff-pc", "demo").getForEntity("/plans", String.class);
        assertThat(redirect.getStatusCode().is2xxSuccessful()).isTrue(); // followed to the unit's plan
        assertThat(redirect.getBody()).contains("Vụ Pháp chế");

        ResponseEntity<byte[]> template = rest.withBasicAuth("staff-pc", "demo")
                .getForEntity("/plans/template.xlsx", byte[].class);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(template.getBody()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void anImportAppendsEveryRowOrNothing() throws IOException {
        PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2048,
                List.of(PlanFixtures.task("Tuyên truyền", "AWARENESS", "Hội nghị", "staff-pc", "2048-03-01")));
        actAs("staff-pc", Roles.staffGroup("pc"));

        PlanImporter.Result bad = planService.importTasks("pc", 2048, xlsx(
                new String[] {"Đào tạo", "WORKFORCE", "Lớp học", "staff-pc", "15/05/2048"},
                new String[] {"Người lạ", "MONITORING", "Báo cáo", "staff-khtc", "15/06/2048"}));
        assertThat(bad.errors()).extracting(PlanImporter.RowError::row).containsExactly(3);
        assertThat(planService.view("pc", 2048).tasks()).hasSize(1);

        PlanImporter.Result good = planService.importTasks("pc", 2048, xlsx(
                new String[] {"Đào tạo", "WORKFORCE", "Lớp học", "staff-pc", "15/05/2048"},
                new String[] {"Đánh giá", "Theo dõi, đánh giá", "Báo cáo", "head-pc", "15/06/2048"}));
        assertThat(good.ok()).isTrue();
        assertThat(planService.view("pc", 2048).tasks()).extracting(PlanView.TaskRow::position, PlanView.TaskRow::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Tuyên truyền"),
                        org.assertj.core.groups.Tuple.tuple(2, "Đào tạo"),
                        org.assertj.core.groups.Tuple.tuple(3, "Đánh giá"));
        assertThat(planService.view("pc", 2048).tasks().get(2).dueDate()).isEqualTo(LocalDate.of(2048, 6, 15));
    }

    private static ByteArrayInputStream xlsx(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(PlanImporter.SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < PlanImporter.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(PlanImporter.HEADERS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    @Test
    void thePublicPageShowsOnlyPublishedPlans() {
        PlanFixtures.saveDraft(rest, "staff-pc", "pc", 2049, PlanFixtures.completeTasks("pc", 2049));
        PlanFixtures.saveDraft(rest, "staff-khtc", "khtc", 2049, PlanFixtures.completeTasks("khtc", 2049));
        PlanFixtures.saveDraft(rest, "staff-vp", "vp", 2049, PlanFixtures.completeTasks("vp", 2049));
        PlanFixtures.saveDraft(rest, "staff-cds", "cds", 2049, PlanFixtures.completeTasks("cds", 2049));
        long pc = planId("pc", 2049);
        planService.markSubmitted(pc);
        planService.markApprovedAndPublished(pc, "head-pc");
        planService.markSubmitted(planId("vp", 2049));
        long cds = planId("cds", 2049);
        planService.markSubmitted(cds);
        planService.markReturned(cds, "Chưa đạt", "head-cds");

        ResponseEntity<String> page = new TestRestTemplate().getForEntity(rest.getRootUri() + "/public/plans?year=2049",
                String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("id=\"plan-pc\"").contains("Vụ Pháp chế")
                .contains("Nhiệm vụ awareness năm 2049").contains("Báo cáo kết quả awareness").contains("15/02/2049")
                .contains("Nâng cao nhận thức, tuyên truyền")
                .doesNotContain("id=\"plan-khtc\"").doesNotContain("id=\"plan-vp\"").doesNotContain("id=\"plan-cds\"");
        assertThat(get("staff-pc", "pc", 2049).getBody()).containsEntry("status", "PUBLISHED")
                .containsEntry("approvedBy", "head-pc");

        String otherYear = new TestRestTemplate().getForObject(rest.getRootUri() + "/public/plans?year=2040",
                String.class);
        assertThat(otherYear).contains("id=\"no-public-plans\"").doesNotContain("id=\"plan-pc\"");
    }
}
