package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.plancycle.execution.PlanTaskProcess;
import vn.plancycle.plan.UnitPlanProcess;
import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.AsyncJobs;
import vn.plancycle.testsupport.PlanFixtures;
import vn.plancycle.testsupport.TestSmtp;

/**
 * The shared Tasklist filters as each role sees them through the REST API Tasklist uses: which filters a
 * demo user may read, and which tasks each returns. Unit {@code pc}: its plan of 2016 is submitted (the
 * head's approval waits), its plan of 2017 approved (its plan tasks wait at the owners' carry-out).
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFiltersTest {

    static final String UNIT = "pc";
    static final int YEAR = 2016;
    static final int APPROVED_YEAR = 2017;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    FilterService filterService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    TasklistFilters tasklistFilters;

    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    String planInstance;
    String approvalTask;

    @BeforeAll
    void submitThePlan() {
        planInstance = PlanFixtures.submitCompletePlan(rest, UNIT, YEAR);
        approvalTask = taskService.createTaskQuery().processInstanceId(planInstance)
                .taskDefinitionKey(UnitPlanProcess.TASK_APPROVE).singleResult().getId();
    }

    @Test
    void eachRoleReadsTheFiltersThatServeIt() {
        assertThat(filterNames("staff-pc")).containsExactly(TasklistFilters.MINE, TasklistFilters.UNIT,
                TasklistFilters.OVERDUE);
        assertThat(filterNames("head-pc")).containsExactly(TasklistFilters.MINE, TasklistFilters.UNIT,
                TasklistFilters.APPROVAL, TasklistFilters.OVERDUE);
        assertThat(filterNames("reviewer")).contains(TasklistFilters.APPROVAL, TasklistFilters.MINE);
        assertThat(filterNames("leader")).contains(TasklistFilters.APPROVAL, TasklistFilters.OVERDUE);
    }

    @Test
    void theFiltersDescribeThemselvesInVietnameseAndShowTheVariablesAPersonNeeds() {
        Map<String, Object> unit = filter("staff-pc", TasklistFilters.UNIT);
        Map<String, Object> properties = properties(unit);
        assertThat(properties.get("description")).isEqualTo("Các việc của đơn vị (nhóm) bạn, kể cả việc đã có người nhận");
        assertThat(properties.get("refresh")).isEqualTo(true);
        assertThat((List<Map<String, String>>) properties.get("variables"))
                .contains(Map.of("name", "unitCode", "label", "Đơn vị"), Map.of("name", "taskTitle", "label", "Nhiệm vụ"),
                        Map.of("name", "dueDate", "label", "Hạn"), Map.of("name", "cycleTitle", "label", "Kỳ báo cáo"));
        // the list shows them in priority order: my tasks first
        List<Integer> priorities = filters("head-pc").stream().map(f -> (Integer) properties(f).get("priority")).toList();
        assertThat(priorities).containsExactly(-40, -30, -20, -10);
    }

    @Test
    void theHeadsApprovalWaitsInTheirApprovalFilterOnly() {
        assertThat(taskIds("head-pc", TasklistFilters.APPROVAL)).contains(approvalTask);
        assertThat(taskIds("head-pc", TasklistFilters.UNIT)).contains(approvalTask);
        assertThat(taskIds("head-pc", TasklistFilters.MINE)).doesNotContain(approvalTask);
        // another unit's head and the unit's staff do not see it
        assertThat(taskIds("head-vp", TasklistFilters.APPROVAL)).doesNotContain(approvalTask);
        assertThat(taskIds("staff-pc", TasklistFilters.UNIT)).doesNotContain(approvalTask);

        // claimed by the head, it is theirs and still waits for their approval
        taskService.claim(approvalTask, "head-pc");
        try {
            assertThat(taskIds("head-pc", TasklistFilters.MINE)).contains(approvalTask);
            assertThat(taskIds("head-pc", TasklistFilters.APPROVAL)).contains(approvalTask);
        } finally {
            taskService.setAssignee(approvalTask, null);
        }
    }

    @Test
    void carryOutTasksAreTheOwnersAndTheUnitsAndOverdueOnesShowAsOverdue() {
        List<Task> carryOut = approvedPlanTasks();
        assertThat(carryOut).hasSizeGreaterThanOrEqualTo(2);
        Task first = carryOut.get(0);
        Task second = carryOut.get(1);
        assertThat(first.getAssignee()).isEqualTo("staff-pc");

        assertThat(taskIds("staff-pc", TasklistFilters.MINE)).contains(first.getId(), second.getId());
        assertThat(taskIds("staff-pc", TasklistFilters.UNIT)).contains(first.getId(), second.getId());
        assertThat(taskIds("head-pc", TasklistFilters.APPROVAL)).doesNotContain(first.getId(), second.getId());
        assertThat(taskIds("staff-vp", TasklistFilters.UNIT)).doesNotContain(first.getId());

        // a due date set in Tasklist: one passed, one to come
        taskService.setDueDate(first.getId(), date(LocalDateTime.now().minusDays(2)));
        taskService.setDueDate(second.getId(), date(LocalDateTime.now().plusDays(30)));
        assertThat(taskIds("staff-pc", TasklistFilters.OVERDUE)).contains(first.getId()).doesNotContain(second.getId());
        assertThat(taskIds("reviewer", TasklistFilters.OVERDUE)).contains(first.getId());
        assertThat(taskIds("staff-vp", TasklistFilters.OVERDUE)).doesNotContain(first.getId());
    }

    @Test
    void startingAgainChangesNothingAndTheOldSharedFiltersAreRenamed() {
        Filter unit = filterService.createFilterQuery().filterName(TasklistFilters.UNIT).singleResult();
        // as an earlier version left it: the old name, readable by every user
        unit.setName("Việc của nhóm tôi");
        filterService.saveFilter(unit);
        Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyone.setUserId(Authorization.ANY);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(unit.getId());
        everyone.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(everyone);
        long grants = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();

        tasklistFilters.ensureFilters();
        tasklistFilters.ensureFilters();

        for (String name : List.of(TasklistFilters.MINE, TasklistFilters.UNIT, TasklistFilters.APPROVAL,
                TasklistFilters.OVERDUE)) {
            assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.UNIT).singleResult().getId())
                .isEqualTo(unit.getId());
        assertThat(filterService.createFilterQuery().filterName("Việc của nhóm tôi").count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count())
                .isEqualTo(grants - 1);
        assertThat(filterNames("staff-pc")).doesNotContain(TasklistFilters.APPROVAL);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private List<Task> approvedPlanTasks() {
        String pid = PlanFixtures.submitCompletePlan(rest, UNIT, APPROVED_YEAR);
        String approve = taskService.createTaskQuery().processInstanceId(pid)
                .taskDefinitionKey(UnitPlanProcess.TASK_APPROVE).singleResult().getId();
        taskService.complete(approve, withVariables("decision", "approved", "comment", ""));
        AsyncJobs.executeDue(managementService, pid);
        for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .variableValueEquals("unitCode", UNIT).variableValueEquals("year", APPROVED_YEAR).list()) {
            AsyncJobs.executeDue(managementService, pi.getId());
        }
        return taskService.createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .taskDefinitionKey(PlanTaskProcess.TASK_CARRY_OUT).taskAssignee("staff-pc")
                .processVariableValueEquals("year", APPROVED_YEAR).orderByTaskId().asc().list();
    }

    private List<Map<String, Object>> filters(String user) {
        List<Map<String, Object>> filters = getList(user, "/engine-rest/filter?resourceType=Task&maxResults=100");
        // as Tasklist lists them: lowest priority first
        return filters.stream().sorted((a, b) -> Integer.compare((Integer) properties(a).get("priority"),
                (Integer) properties(b).get("priority"))).toList();
    }

    private List<String> filterNames(String user) {
        return filters(user).stream().map(f -> (String) f.get("name")).toList();
    }

    private Map<String, Object> filter(String user, String name) {
        return filters(user).stream().filter(f -> name.equals(f.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(user + " does not see " + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> filter) {
        return (Map<String, Object>) filter.get("properties");
    }

    private List<String> taskIds(String user, String filterName) {
        String id = (String) filter(user, filterName).get("id");
        List<Map<String, Object>> tasks = getList(user, "/engine-rest/filter/" + id + "/list?maxResults=1000");
        return tasks.stream().map(t -> (String) t.get("id")).toList();
    }

    private List<Map<String, Object>> getList(String user, String path) {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(user + " " + path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        try {
            return JSON.readValue(response.getBody(), List.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(response.getBody(), e);
        }
    }

    private static Date date(LocalDateTime at) {
        return Date.from(at.atZone(ZoneId.systemDefault()).toInstant());
    }
}
