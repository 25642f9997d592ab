package vn.plancycle.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Drafts plans through the public API contract of DESIGN.md ({@code /api/plans}). */
public final class PlanFixtures {

    /** The five task groups of Decision 970, which a plan must cover. */
    public static final List<String> GROUPS_970 =
            List.of("AWARENESS", "LEADERSHIP", "WORKFORCE", "TRANSPARENCY", "MONITORING");

    private PlanFixtures() {
    }

    /** A complete plan: one task per 970 group plus one CCHC task, owned by the unit's staff and head. */
    public static List<Map<String, Object>> completeTasks(String unit, int year) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        int month = 2;
        for (String group : GROUPS_970) {
            tasks.add(task("Nhiệm vụ " + group.toLowerCase() + " năm " + year, group,
                    "Báo cáo kết quả " + group.toLowerCase(), "staff-" + unit, year + "-%02d-15".formatted(month++)));
        }
        tasks.add(task("Số hoá hồ sơ thủ tục hành chính", "DIGITAL_GOVERNMENT", "100 % hồ sơ được số hoá",
                "head-" + unit, year + "-11-30"));
        return tasks;
    }

    public static Map<String, Object> task(String title, String group, String deliverable, String owner, String due) {
        return Map.of("title", title, "group", group, "deliverable", deliverable, "owner", owner, "dueDate", due);
    }

    public static ResponseEntity<Map> saveDraft(TestRestTemplate rest, String user, String unit, int year,
            List<Map<String, Object>> tasks) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/api/plans/" + unit + "/" + year, HttpMethod.PUT,
                new HttpEntity<>(Map.of("tasks", tasks), headers), Map.class);
    }

    /** Saves a complete draft and submits it; returns the process instance id. */
    public static String submitCompletePlan(TestRestTemplate rest, String unit, int year) {
        ResponseEntity<Map> saved = saveDraft(rest, "staff-" + unit, unit, year, completeTasks(unit, year));
        if (!saved.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("draft not saved: " + saved);
        }
        return submit(rest, "staff-" + unit, unit, year);
    }

    public static String submit(TestRestTemplate rest, String user, String unit, int year) {
        ResponseEntity<Map> submitted = rest.withBasicAuth(user, "demo")
                .postForEntity("/api/plans/" + unit + "/" + year + "/submit", null, Map.class);
        if (submitted.getStatusCode() != HttpStatus.OK) {
            throw new IllegalStateException("not submitted: " + submitted);
        }
        return (String) submitted.getBody().get("processInstanceId");
    }
}
