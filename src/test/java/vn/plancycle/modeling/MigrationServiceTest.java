package vn.plancycle.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.plancycle.execution.PlanTaskProcess;
import vn.plancycle.plan.UnitPlanProcess;
import vn.plancycle.security.Roles;
import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.AsyncJobs;
import vn.plancycle.testsupport.PlanFixtures;
import vn.plancycle.testsupport.TestSmtp;

/**
 * Migration of running {@code plan-task} instances to a real version 2 (a "Gửi nhắc việc" reminder on the carry-out
 * task, and no head's decision on extensions), through {@code /api/process-migrations}: the check's verdicts, the
 * Camunda batch, the new reminder firing on a migrated instance (inbox and e-mail), the instance that cannot move
 * staying on its version, refusals. Unit khcn, 2012. Version 2 stays deployed only for this class: afterwards the
 * shipped model is deployed again as the latest version.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"))
            .withPerMethodLifecycle(false);

    static final String UNIT = "khcn";
    static final int YEAR = 2012;
    static final String API = "/api/process-migrations";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    String v1;
    String v2;
    String waitingInCarryOut;
    String waitingForDecision;
    String businessKeyCarryOut;
    String businessKeyDecision;

    @BeforeAll
    void publishPlanAndDeployVersion2() {
        clock(YEAR + "-01-05T09:00:00");
        String plan = PlanFixtures.submitCompletePlan(rest, UNIT, YEAR);
        String approve = taskService.createTaskQuery().processInstanceId(plan)
                .taskDefinitionKey(UnitPlanProcess.TASK_APPROVE).singleResult().getId();
        taskService.complete(approve, withVariables("decision", "approved", "comment", ""));
        AsyncJobs.executeDue(managementService, plan);

        long first = taskId(1);
        long second = taskId(2);
        businessKeyCarryOut = PlanTaskProcess.businessKey(first);
        businessKeyDecision = PlanTaskProcess.businessKey(second);
        waitingInCarryOut = started(businessKeyCarryOut).getId();
        waitingForDecision = started(businessKeyDecision).getId();
        ResponseEntity<Map> extension = rest.withBasicAuth("staff-" + UNIT, "demo").postForEntity(
                "/api/tasks/" + second + "/extension",
                Map.of("newDueDate", YEAR + "-04-30", "reason", "Chờ số liệu của các đơn vị"), Map.class);
        assertThat(extension.getStatusCode().is2xxSuccessful()).as("%s", extension).isTrue();
        assertThat(taskService.createTaskQuery().processInstanceId(waitingForDecision)
                .taskDefinitionKey(MigrationModels.TASK_DECIDE_EXTENSION).count()).isEqualTo(1);

        v1 = instance(waitingInCarryOut).getProcessDefinitionId();
        // deployed as the process owner, as Modeler does through /engine-rest (an authenticated deployer)
        identityService.setAuthentication("owner", List.of(Roles.PROCESS_OWNERS));
        try {
            v2 = deploy(repositoryService.createDeployment().name("plan-task v2 (MigrationServiceTest)")
                    .addModelInstance(MigrationModels.RESOURCE, MigrationModels.version2(true)));
        } finally {
            identityService.clearAuthentication();
        }
    }

    @AfterAll
    void deployTheShippedModelAgain() {
        ClockUtil.reset();
        // later test classes start plan-task on the shipped model, not on this class's version 2
        deploy(repositoryService.createDeployment().name("plan-task (shipped, after MigrationServiceTest)")
                .addModelInstance(MigrationModels.RESOURCE, MigrationModels.shipped()));
    }

    @AfterEach
    void keepTheClock() {
        clock(YEAR + "-01-05T09:00:00");
    }

    private String deploy(DeploymentBuilder deployment) {
        for (String form : MigrationModels.FORMS) {
            deployment.addInputStream(form, new ByteArrayInputStream(MigrationModels.form(form)));
        }
        String deploymentId = deployment.deploy().getId();
        return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId)
                .processDefinitionKey(PlanTaskProcess.KEY).singleResult().getId();
    }

    private long taskId(int position) {
        return jdbc.queryForObject("SELECT t.id FROM plan_task t JOIN plan p ON t.plan_id = p.id JOIN unit u "
                + "ON p.unit_id = u.id WHERE u.code = ? AND p.\"year\" = ? AND t.position = ?", Long.class, UNIT, YEAR,
                position);
    }

    private ProcessInstance started(String businessKey) {
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult();
        AsyncJobs.executeDue(managementService, pi.getId());
        return pi;
    }

    private ProcessInstance instance(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private static void clock(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoDateTime).atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** A POST with a JSON body (or none); {@code ?lang=en} in the path asks for English. */
    private ResponseEntity<Map> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                Map.class);
    }

    private Map<String, Object> verdict(Map<?, ?> check, String businessKey) {
        return ((List<Map<String, Object>>) check.get("instances")).stream()
                .filter(v -> businessKey.equals(v.get("businessKey"))).findFirst().orElseThrow();
    }

    private long migrationRecords() {
        return jdbc.queryForObject("SELECT count(*) FROM process_migration WHERE source_definition_id = ?", Long.class,
                v1);
    }

    /** Runs the batch's jobs as the job executor would: seed, migration jobs, monitor. */
    private void runBatch(String batchId) {
        Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
        for (int round = 0; round < 10 && batch != null; round++) {
            for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                    batch.getMonitorJobDefinitionId())) {
                for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
                    managementService.executeJob(job.getId());
                }
            }
            batch = managementService.createBatchQuery().batchId(batchId).singleResult();
        }
        assertThat(batch).as("the batch has finished").isNull();
    }

    @Test
    @Order(1)
    void shouldOfferTheNewVersionAndTellWhichInstancesCanMove() {
        Map<?, ?> overview = rest.withBasicAuth("owner", "demo").getForObject(API, Map.class);
        Map<String, Object> planTask = ((List<Map<String, Object>>) overview.get("processes")).stream()
                .filter(p -> PlanTaskProcess.KEY.equals(((Map<?, ?>) p.get("latest")).get("key"))).findFirst()
                .orElseThrow();
        assertThat(((Map<?, ?>) planTask.get("latest")).get("definitionId")).isEqualTo(v2);
        assertThat((List<Map<String, Object>>) planTask.get("older"))
                .anySatisfy(o -> assertThat(((Map<?, ?>) o.get("version")).get("definitionId")).isEqualTo(v1));

        // deploying version 2 while instances run on version 1 told the process owners
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE recipient = 'owner' "
                + "AND template = 'process-new-version' AND idempotency_key = ?", Long.class, "process-version:" + v2))
                .isEqualTo(1);

        ResponseEntity<Map> check = post("owner", API + "/" + v1 + "/check", null);
        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) check.getBody().get("planProblems")).isEmpty();
        Map<String, Object> movable = verdict(check.getBody(), businessKeyCarryOut);
        assertThat(movable).containsEntry("migratable", true).containsEntry("tenantId", UNIT)
                .containsEntry("processInstanceId", waitingInCarryOut);
        assertThat((List<String>) movable.get("waitingIn")).containsExactly("Thực hiện và báo cáo kết quả nhiệm vụ");
        Map<String, Object> stuck = verdict(check.getBody(), businessKeyDecision);
        assertThat(stuck).containsEntry("migratable", false);
        assertThat((List<String>) stuck.get("waitingIn")).contains("Quyết định gia hạn nhiệm vụ");
        assertThat((List<String>) stuck.get("reasons")).singleElement().asString()
                .contains("Quyết định gia hạn nhiệm vụ").contains("không còn trong phiên bản mới");

        // the check changed nothing
        assertThat(instance(waitingInCarryOut).getProcessDefinitionId()).isEqualTo(v1);
        assertThat(managementService.createJobQuery().processInstanceId(waitingInCarryOut)
                .activityId(MigrationModels.TIMER_REMINDER).count()).isZero();
    }

    @Test
    @Order(2)
    void shouldMigrateInABatchOnceAndTheNewReminderReallyNotifies() throws Exception {
        List<String> mine = List.of(waitingInCarryOut, waitingForDecision);
        long batchesBefore = managementService.createBatchQuery().count();
        ResponseEntity<Map> started = post("owner", API + "/" + v1 + "/migrate", Map.of("processInstanceIds", mine));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(started.getBody()).containsEntry("instanceCount", 1).containsEntry("startedBy", "owner")
                .containsEntry("sourceDefinitionId", v1).containsEntry("targetDefinitionId", v2)
                .containsEntry("state", "RUNNING");
        String batchId = (String) started.getBody().get("batchId");
        assertThat(batchId).isNotBlank();

        // a second click while the batch runs: the same batch, nothing new
        ResponseEntity<Map> again = post("owner", API + "/" + v1 + "/migrate", Map.of("processInstanceIds", mine));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).containsEntry("batchId", batchId);
        assertThat(managementService.createBatchQuery().count()).isEqualTo(batchesBefore + 1);
        assertThat(migrationRecords()).isEqualTo(1);

        runBatch(batchId);
        assertThat(instance(waitingInCarryOut).getProcessDefinitionId()).isEqualTo(v2);
        assertThat(instance(waitingForDecision).getProcessDefinitionId()).isEqualTo(v1);
        Map<?, ?> overview = rest.withBasicAuth("owner", "demo").getForObject(API, Map.class);
        Map<String, Object> run = ((List<Map<String, Object>>) overview.get("runs")).stream()
                .filter(r -> batchId.equals(r.get("batchId"))).findFirst().orElseThrow();
        assertThat(run).containsEntry("state", "COMPLETED").containsEntry("onTarget", 1).containsEntry("jobsFailed", 0);

        // the migrated instance has the new reminder's timer; fired, the owner is really told
        Job timer = managementService.createJobQuery().processInstanceId(waitingInCarryOut).timers()
                .activityId(MigrationModels.TIMER_REMINDER).singleResult();
        assertThat(timer).isNotNull();
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        managementService.executeJob(timer.getId());
        AsyncJobs.executeDue(managementService, waitingInCarryOut);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE recipient = ? AND template = ? "
                + "AND idempotency_key LIKE ?", Long.class, "staff-" + UNIT, "task-reminder",
                waitingInCarryOut + ":" + MigrationModels.TASK_SEND_REMINDER + ":%")).isEqualTo(1);
        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(mails).anySatisfy(m -> assertThat(m.getAllRecipients()[0].toString())
                .isEqualTo("staff-" + UNIT + "@plancycle.local"));
        // still waiting in the same task, which its owner can go on with
        assertThat(taskService.createTaskQuery().processInstanceId(waitingInCarryOut)
                .taskDefinitionKey(PlanTaskProcess.TASK_CARRY_OUT).count()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void shouldRefuseBadInputInTheUsersLanguageAndChangeNothing() {
        long records = migrationRecords();
        long batches = managementService.createBatchQuery().count();

        ResponseEntity<Map> unknown = post("owner", API + "/plan-task:999:khong-co/check", null);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) unknown.getBody().get("message")).contains("Không có phiên bản quy trình");

        ResponseEntity<Map> latest = post("owner", API + "/" + v2 + "/migrate", null);
        assertThat(latest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(latest.getBody()).containsEntry("error", "already_latest");
        assertThat((String) latest.getBody().get("message")).contains("đã là phiên bản mới nhất");

        // only the instance that cannot move is left of this class's instances
        ResponseEntity<Map> nothing = post("owner", API + "/" + v1 + "/migrate",
                Map.of("processInstanceIds", List.of(waitingForDecision)));
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nothing.getBody()).containsEntry("error", "nothing_to_migrate");
        assertThat((String) nothing.getBody().get("message")).contains("Không có hồ sơ nào");

        ResponseEntity<Map> english = post("owner", API + "/" + v1 + "/migrate?lang=en",
                Map.of("processInstanceIds", List.of("not-an-instance")));
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) english.getBody().get("message")).contains("is not running on version");

        assertThat(migrationRecords()).isEqualTo(records);
        assertThat(managementService.createBatchQuery().count()).isEqualTo(batches);
        assertThat(instance(waitingForDecision).getProcessDefinitionId()).isEqualTo(v1);
    }

    @Test
    @Order(4)
    void shouldRefuseEveryoneButProcessOwnersAndAdministrators() {
        long batches = managementService.createBatchQuery().count();
        for (String user : List.of("staff-" + UNIT, "head-" + UNIT, "reviewer", "leader")) {
            ResponseEntity<Map> list = rest.withBasicAuth(user, "demo").getForEntity(API, Map.class);
            assertThat(list.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(list.getBody()).containsEntry("error", "forbidden");
            assertThat(post(user, API + "/" + v1 + "/migrate", null).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(user, API + "/" + v1 + "/check", null).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/processes/migrations", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity(API, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> page = rest.withBasicAuth("owner", "demo").getForEntity("/processes/migrations",
                String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Chuyển sang phiên bản mới").contains("Kiểm tra");
        assertThat(managementService.createBatchQuery().count()).isEqualTo(batches);
        assertThat(instance(waitingForDecision).getProcessDefinitionId()).isEqualTo(v1);
    }
}
