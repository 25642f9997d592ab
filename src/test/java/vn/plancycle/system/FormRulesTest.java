package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.plancycle.execution.PlanTaskProcess;
import vn.plancycle.plan.UnitPlanProcess;
import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.AsyncJobs;
import vn.plancycle.testsupport.PlanFixtures;
import vn.plancycle.testsupport.TestSmtp;

/**
 * Every validated field of every Camunda Form in {@code forms/}, read from the form files themselves: a value the
 * form refuses (a required field left empty, a text one character too long or too short, a value that does not
 * match the pattern, a choice the form does not offer) is refused by the server when the task is completed
 * through the REST API, as Tasklist does it — a 400 with a Vietnamese message, and the task still open with its
 * variables unchanged. A form that gains a rule the server lacks fails here.
 * <p>
 * The refusals use a waiting task of the form's step (see {@link #waitingTask}). The plan of unit {@code khcn},
 * year 2015, is submitted and driven (approval, carry-out, acceptance) through the forms with valid values, to
 * show the server accepts what the form accepts.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormRulesTest {

    static final String UNIT = "khcn";
    static final int YEAR = 2015;
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*camunda:formRef=\"([^\"]+)\"");
    static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
    static final Pattern HIDE_UNLESS = Pattern.compile("^=\\s*(\\w+)\\s*!=\\s*\"([^\"]*)\"\\s*$");

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

    /** form id → the process key and user task that show it. */
    final Map<String, String[]> steps = new LinkedHashMap<>();
    String planInstance;

    @BeforeAll
    void readTheModelsAndSubmitAPlan() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                String xml = Files.readString(bpmn);
                Matcher process = PROCESS.matcher(xml);
                assertThat(process.find()).as(bpmn.toString()).isTrue();
                Matcher task = USER_TASK.matcher(xml);
                while (task.find()) {
                    steps.put(task.group(2), new String[] {process.group(1), task.group(1)});
                }
            }
        }
        planInstance = PlanFixtures.submitCompletePlan(rest, UNIT, YEAR);
    }

    // ------------------------------------------------------------------------------------ the refusals

    @TestFactory
    Stream<DynamicTest> everyValueAFormRefusesIsRefusedByTheServer() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                String formId = form.get("id").asText();
                List<JsonNode> fields = fields(form);
                for (JsonNode field : fields) {
                    for (Map.Entry<String, Object> bad : badValues(field).entrySet()) {
                        tests.add(DynamicTest.dynamicTest(formId + " / " + field.get("key").asText() + " / " + bad.getKey(),
                                () -> refused(formId, fields, field, bad.getValue())));
                    }
                }
            }
        }
        assertThat(tests).as("the forms have validated fields").hasSizeGreaterThan(20);
        return tests.stream();
    }

    private void refused(String formId, List<JsonNode> fields, JsonNode field, Object bad) {
        Task task = waitingTask(formId);
        String key = field.get("key").asText();
        Map<String, Object> before = taskService.getVariables(task.getId());
        Map<String, Object> values = validValues(fields, field);
        values.put(key, bad);

        ResponseEntity<String> response = submit(task, values);

        assertThat(response.getStatusCode()).as(formId + "/" + key + ": " + response.getBody())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        String message = message(response);
        assertThat(message).as("a clear Vietnamese message").isNotBlank().doesNotContain("Exception")
                .matches(m -> m.chars().anyMatch(c -> c > 127), "has Vietnamese letters");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();
        assertThat(taskService.getVariables(task.getId())).as("nothing changed").isEqualTo(before);
    }

    // ---------------------------------------------------------------------------------- the acceptances

    @Test
    void valuesTheFormsAcceptAreAcceptedOnThePlanSteps() throws IOException {
        // the head approves the plan through the form's fields
        Task approve = taskService.createTaskQuery().processInstanceId(planInstance)
                .taskDefinitionKey(UnitPlanProcess.TASK_APPROVE).singleResult();
        assertThat(submit(approve, validValues(fields(form("plan-approval")), null)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        AsyncJobs.executeDue(managementService, planInstance);
        assertThat(taskService.createTaskQuery().taskId(approve.getId()).count()).isZero();

        // the owner reports a task done, the head accepts the result
        Task carryOut = carryOutTask();
        assertThat(submit(carryOut, validValues(fields(form("plan-task-carry-out")), null)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        AsyncJobs.executeDue(managementService, carryOut.getProcessInstanceId());
        Task accept = taskService.createTaskQuery().processInstanceId(carryOut.getProcessInstanceId())
                .taskDefinitionKey(PlanTaskProcess.TASK_ACCEPT).singleResult();
        assertThat(accept).as("the result waits for the head").isNotNull();
        assertThat(submit(accept, validValues(fields(form("plan-task-acceptance")), null)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(accept.getId()).count()).isZero();
    }

    // -------------------------------------------------------------------------------------- the values

    /** The bad values of a field, by the rule each breaks. */
    private static Map<String, Object> badValues(JsonNode field) {
        Map<String, Object> bad = new LinkedHashMap<>();
        JsonNode v = field.path("validate");
        String type = field.path("type").asText();
        if (v.path("required").asBoolean(false)) {
            bad.put("required", "checkbox".equals(type) ? Boolean.FALSE : "radio".equals(type) ? null : "");
        }
        if (v.has("maxLength")) {
            bad.put("maxLength " + v.get("maxLength").asInt(), "x".repeat(v.get("maxLength").asInt() + 1));
        }
        if (v.has("minLength") && v.get("minLength").asInt() > 1) {
            bad.put("minLength " + v.get("minLength").asInt(), "x".repeat(v.get("minLength").asInt() - 1));
        }
        if (v.has("pattern")) {
            Pattern pattern = Pattern.compile(v.get("pattern").asText());
            String sample = Stream.of("không phải số", "1.234", "x", "!!").filter(s -> !pattern.matcher(s).find())
                    .findFirst().orElseThrow(() -> new AssertionError("no sample breaks " + pattern));
            bad.put("pattern", sample);
        }
        if (v.has("min")) {
            bad.put("min", v.get("min").decimalValue().subtract(java.math.BigDecimal.ONE));
        }
        if (v.has("max")) {
            bad.put("max", v.get("max").decimalValue().add(java.math.BigDecimal.ONE));
        }
        if (field.has("values")) {
            bad.put("not a choice", "khong-co-lua-chon-nay");
        }
        return bad;
    }

    /**
     * Values the form accepts for all its fields, with {@code target} (when given) shown: a field hidden unless
     * a choice has a value (e.g. the comment, shown when returning) gets that choice.
     */
    private static Map<String, Object> validValues(List<JsonNode> fields, JsonNode target) {
        Map<String, Object> values = new HashMap<>();
        for (JsonNode f : fields) {
            String type = f.path("type").asText();
            if ("radio".equals(type) || "select".equals(type)) {
                values.put(f.get("key").asText(), f.get("values").get(0).get("value").asText());
            } else if ("checkbox".equals(type)) {
                values.put(f.get("key").asText(), true);
            } else if (!f.path("validate").has("pattern")) {
                values.put(f.get("key").asText(), "Nội dung hợp lệ");
            }
        }
        if (target != null) {
            Matcher hide = HIDE_UNLESS.matcher(target.path("conditional").path("hide").asText(""));
            if (hide.matches()) {
                values.put(hide.group(1), hide.group(2));
            }
        }
        return values;
    }

    private static List<JsonNode> fields(JsonNode form) {
        List<JsonNode> fields = new ArrayList<>();
        for (JsonNode c : form.path("components")) {
            if (c.hasNonNull("key") && !c.path("readonly").asBoolean(false)
                    && (c.has("validate") || c.has("values"))) {
                fields.add(c);
            }
        }
        return fields;
    }

    private static JsonNode form(String id) throws IOException {
        return JSON.readTree(Path.of("forms", id + ".form").toFile());
    }

    // ----------------------------------------------------------------------------------------- helpers

    /**
     * A task waiting at the form's step: the demo ministry's or this test's; when none waits (steps deep in
     * a process), the form's process is started at that step (Camunda's instance modification, without the
     * step's own listeners: the refusals never reach them).
     */
    private Task waitingTask(String formId) {
        String[] step = steps.get(formId);
        assertThat(step).as("a user task shows the form " + formId).isNotNull();
        if (PlanTaskProcess.KEY.equals(step[0]) && PlanTaskProcess.TASK_CARRY_OUT.equals(step[1])) {
            return carryOutTask();
        }
        List<Task> waiting = taskService.createTaskQuery().processDefinitionKey(step[0]).taskDefinitionKey(step[1])
                .orderByTaskCreateTime().asc().list();
        if (!waiting.isEmpty()) {
            return waiting.get(0);
        }
        String far = (YEAR + 80) + "-01-01T00:00:00";
        Map<String, Object> variables = new HashMap<>(Map.of("unitCode", UNIT, "year", YEAR, "cycleId", 0L,
                "roundId", 0L, "cycleTitle", "Kỳ báo cáo thử", "taskTitle", "Nhiệm vụ thử", "escalationAt", far,
                "firstReminderAt", far, "lastReminderAt", far, "overdueNoticeAt", far));
        variables.put("overdueRepeatCycle", "R/" + far + "/P7D");
        ProcessInstance pi = runtimeService.createProcessInstanceByKey(step[0]).businessKey("form-rules-" + formId)
                .setVariables(variables).startBeforeActivity(step[1]).execute(true, true);
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(step[1]).singleResult();
    }

    /** A carry-out step of the khcn plan, once the head approved it (started here if need be). */
    private Task carryOutTask() {
        if (taskService.createTaskQuery().processInstanceId(planInstance).taskDefinitionKey(UnitPlanProcess.TASK_APPROVE)
                .count() > 0 && planTasks().isEmpty()) {
            // another plan of the unit's, approved through the engine: the form tests keep this one waiting
            String other = PlanFixtures.submitCompletePlan(rest, UNIT, YEAR + 1);
            Task otherApproval = taskService.createTaskQuery().processInstanceId(other)
                    .taskDefinitionKey(UnitPlanProcess.TASK_APPROVE).singleResult();
            taskService.complete(otherApproval.getId(), Map.of("decision", "approved", "comment", ""));
            AsyncJobs.executeDue(managementService, other);
        }
        List<Task> tasks = planTasks();
        assertThat(tasks).as("carry-out steps of " + UNIT).isNotEmpty();
        return tasks.get(0);
    }

    private List<Task> planTasks() {
        for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .variableValueEquals("unitCode", UNIT).list()) {
            AsyncJobs.executeDue(managementService, pi.getId());
        }
        return taskService.createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .taskDefinitionKey(PlanTaskProcess.TASK_CARRY_OUT).processVariableValueEquals("unitCode", UNIT)
                .orderByTaskId().asc().list();
    }

    /** Submits the values as Tasklist does, as a user of the task's candidate group (or its assignee). */
    private ResponseEntity<String> submit(Task task, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Map<String, Object> variable = new HashMap<>();
            variable.put("value", value);
            variables.put(name, variable);
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(userFor(task), "demo").postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
                new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    }

    private String userFor(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (link.getGroupId() == null) {
                continue;
            }
            String group = link.getGroupId();
            if (group.equals("ministry-reviewers")) {
                return "reviewer";
            }
            if (group.equals("ministry-leaders")) {
                return "leader";
            }
            Matcher unit = Pattern.compile("unit-([a-z0-9]+)-(staff|head)").matcher(group);
            if (unit.matches()) {
                return unit.group(2) + "-" + unit.group(1);
            }
        }
        throw new AssertionError("no demo user may complete " + task);
    }

    private static String message(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody()).path("message").asText("");
        } catch (IOException e) {
            throw new AssertionError(response.getBody(), e);
        }
    }
}
