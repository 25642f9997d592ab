package vn.plancycle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import vn.plancycle.system.UnitTenantIdProvider;
import vn.plancycle.testsupport.AppTest;

/**
 * Every unit role tries another unit's task, instance, variables and history through
 * {@code /engine-rest} and {@code /api}, and is refused; the owners of the data (positive
 * controls) and the ministry see it. Runs against the demo ministry on PostgreSQL.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitIsolationTest {

    /** List queries page, as Tasklist does: the engine refuses unbounded ones (query-max-results-limit). */
    private static final String PAGE = "&firstResult=0&maxResults=100";

    private static final String SECRET = "bí mật của Văn phòng";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    String vpInstance;
    String vpTask;
    String khtcInstance;

    @BeforeAll
    void startOneInstancePerUnit() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("isolation-probe").count() == 0) {
            repositoryService.createDeployment().name("isolation-probe")
                    .addClasspathResource("bpmn/isolation-probe.bpmn").deploy();
        }
        ProcessInstance vp = runtimeService.startProcessInstanceByKey("isolation-probe",
                Map.of(UnitTenantIdProvider.UNIT_VARIABLE, "vp", "secret", SECRET));
        ProcessInstance khtc = runtimeService.startProcessInstanceByKey("isolation-probe",
                Map.of(UnitTenantIdProvider.UNIT_VARIABLE, "khtc", "secret", "khtc"));
        vpInstance = vp.getId();
        khtcInstance = khtc.getId();
        vpTask = taskService.createTaskQuery().processInstanceId(vpInstance).singleResult().getId();
        assertThat(vp.getTenantId()).isEqualTo("vp");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    @Test
    void everyRoleOfAnotherUnitIsRefusedTheUnitsTaskInstanceVariablesAndHistory() {
        for (String intruder : List.of("staff-khtc", "head-khtc", "staff-cds", "head-tccb")) {
            TestRestTemplate r = as(intruder);
            assertThat(r.getForEntity("/engine-rest/task/" + vpTask, String.class).getStatusCode())
                    .as("%s reads vp's task", intruder).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(r.getForObject("/engine-rest/task?processInstanceId=" + vpInstance + PAGE, List.class))
                    .as("%s lists vp's tasks", intruder).isEmpty();
            assertThat(r.getForEntity("/engine-rest/task/" + vpTask + "/variables", String.class)
                    .getStatusCode().is4xxClientError()).as("%s reads vp's task variables", intruder).isTrue();
            ResponseEntity<String> complete = r.postForEntity("/engine-rest/task/" + vpTask + "/complete",
                    json("{}"), String.class);
            assertThat(complete.getStatusCode().is4xxClientError()).as("%s completes vp's task", intruder).isTrue();
            assertThat(r.getForEntity("/engine-rest/process-instance/" + vpInstance, String.class).getStatusCode())
                    .as("%s reads vp's instance", intruder).isEqualTo(HttpStatus.NOT_FOUND);
            ResponseEntity<String> variables =
                    r.getForEntity("/engine-rest/process-instance/" + vpInstance + "/variables", String.class);
            assertThat(variables.getStatusCode()).as("%s reads vp's variables", intruder).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(variables.getBody()).doesNotContain(SECRET);
            assertThat(r.getForObject("/engine-rest/variable-instance?processInstanceIdIn=" + vpInstance + PAGE, List.class))
                    .as("%s lists vp's variables", intruder).isEmpty();
            assertThat(r.getForEntity("/engine-rest/history/process-instance/" + vpInstance, String.class)
                    .getStatusCode()).as("%s reads vp's history", intruder).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(r.getForObject("/engine-rest/history/variable-instance?processInstanceId=" + vpInstance + PAGE,
                    List.class)).as("%s reads vp's variable history", intruder).isEmpty();
            assertThat(r.getForObject("/engine-rest/history/task?processInstanceId=" + vpInstance + PAGE, List.class))
                    .as("%s reads vp's task history", intruder).isEmpty();
            assertThat(r.getForObject("/engine-rest/history/activity-instance?processInstanceId=" + vpInstance + PAGE,
                    List.class)).as("%s reads vp's activity history", intruder).isEmpty();
            assertThat(r.getForEntity("/api/units/vp/workforce/" + Year.now().getValue(), String.class)
                    .getStatusCode()).as("%s reads vp's workforce", intruder).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(taskService.createTaskQuery().taskId(vpTask).count()).as("vp's task is still open").isEqualTo(1);
    }

    @Test
    void theUnitsOwnStaffSeeAndCompleteTheUnitsTasks() {
        TestRestTemplate staff = as("staff-vp");
        String other = runtimeService.startProcessInstanceByKey("isolation-probe",
                Map.of(UnitTenantIdProvider.UNIT_VARIABLE, "vp")).getId();
        String otherTask = taskService.createTaskQuery().processInstanceId(other).singleResult().getId();
        assertThat(staff.postForEntity("/engine-rest/task/" + otherTask + "/complete", json("{}"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(other).finished().count())
                .isEqualTo(1);
        assertThat(staff.getForEntity("/engine-rest/task/" + vpTask, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(staff.getForEntity("/engine-rest/process-instance/" + vpInstance + "/variables", String.class)
                .getBody()).contains(SECRET);
        assertThat(staff.getForEntity("/engine-rest/history/process-instance/" + vpInstance, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(staff.getForObject("/engine-rest/history/variable-instance?processInstanceId=" + vpInstance + PAGE,
                List.class)).isNotEmpty();
        // the khtc instance stays invisible to vp
        assertThat(staff.getForEntity("/engine-rest/process-instance/" + khtcInstance, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theHeadOfTheUnitIsNotACandidateForStaffTasksButSeesTheUnitsInstances() {
        TestRestTemplate head = as("head-vp");
        assertThat(head.getForEntity("/engine-rest/task/" + vpTask, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(head.getForEntity("/engine-rest/process-instance/" + vpInstance, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void reviewersAndLeadersSeeEveryUnit() {
        for (String ministry : List.of("reviewer", "leader")) {
            TestRestTemplate r = as(ministry);
            assertThat(r.getForEntity("/engine-rest/process-instance/" + vpInstance, String.class).getStatusCode())
                    .as(ministry).isEqualTo(HttpStatus.OK);
            assertThat(r.getForEntity("/engine-rest/process-instance/" + khtcInstance, String.class).getStatusCode())
                    .as(ministry).isEqualTo(HttpStatus.OK);
            assertThat(r.getForEntity("/engine-rest/history/process-instance/" + vpInstance, String.class)
                    .getStatusCode()).as(ministry).isEqualTo(HttpStatus.OK);
            assertThat(r.getForEntity("/api/units/vp/workforce/" + Year.now().getValue(), String.class)
                    .getStatusCode()).as(ministry).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void onlyProcessOwnersDeploy() {
        // administrators manage people and grants; putting a model into production is the owners' (DeploymentPermissionFilter)
        for (String user : List.of("staff-vp", "head-vp", "reviewer", "leader", "admin")) {
            assertThat(deploy(user).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(deploy("owner").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyProcessOwnersAndAdministratorsCreateFilters() {
        String filter = "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{}}";
        for (String user : List.of("staff-vp", "head-vp", "reviewer", "leader")) {
            assertThat(as(user).postForEntity("/engine-rest/filter/create", json(filter), String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(as("owner").postForEntity("/engine-rest/filter/create", json(filter), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> deploy(String user) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "probe-by-" + user);
        parts.add("enable-duplicate-filtering", "false");
        parts.add("probe.bpmn", new ByteArrayResource(probeBpmn(user).getBytes()) {
            @Override
            public String getFilename() {
                return "probe.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(parts, headers), String.class);
    }

    private static String probeBpmn(String user) {
        String id = "probe-" + user.replaceAll("[^a-z]", "");
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
              <process id="%s" name="Thử triển khai" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="StartEvent_1" name="Bắt đầu"/>
              </process>
            </definitions>
            """.formatted(id);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
