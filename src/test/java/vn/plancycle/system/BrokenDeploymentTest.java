package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.testsupport.AppTest;

/**
 * A process owner deploying a broken model gets a 400 that names the element in Vietnamese (or
 * English), and nothing of it is deployed: not a deployment, not a definition, not a form.
 */
@AppTest
class BrokenDeploymentTest {

    private static final String DANGLING_FLOW = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
              <process id="broken-probe" name="Hỏng" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="StartEvent_1" name="Bắt đầu"/>
                <sequenceFlow id="Flow_Dangling" sourceRef="StartEvent_1" targetRef="Task_Missing"/>
              </process>
            </definitions>
            """;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;

    @Autowired
    JdbcTemplate jdbc;

    private DeploymentRequests requests;
    private long deploymentsBefore;
    private long definitionsBefore;
    private long formsBefore;

    @BeforeEach
    void countWhatIsDeployed() {
        requests = new DeploymentRequests(rest);
        deploymentsBefore = repositoryService.createDeploymentQuery().count();
        definitionsBefore = repositoryService.createProcessDefinitionQuery().count();
        formsBefore = forms();
    }

    private long forms() {
        return jdbc.queryForObject("select count(*) from act_re_camformdef", Long.class);
    }

    /** A one-step process "probe" whose step is the given XML (id Task_Probe). */
    static String process(String processAttributes, String step) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
                  <process id="deploy-probe" name="Quy trình thử triển khai" isExecutable="true" %s>
                    <startEvent id="StartEvent_Probe" name="Bắt đầu thử"/>
                    <sequenceFlow id="SequenceFlow_ToProbe" sourceRef="StartEvent_Probe" targetRef="Task_Probe"/>
                    %s
                    <sequenceFlow id="SequenceFlow_FromProbe" sourceRef="Task_Probe" targetRef="EndEvent_Probe"/>
                    <endEvent id="EndEvent_Probe" name="Kết thúc thử"/>
                  </process>
                </definitions>
                """.formatted(processAttributes, step);
    }

    static String process(String step) {
        return process("camunda:historyTimeToLive=\"30\"", step);
    }

    private ResponseEntity<Map> deploy(Map<String, String> files) {
        return requests.create("owner", DeploymentRequests.ENGINE_REST, files);
    }

    private static String message(ResponseEntity<Map> response) {
        return (String) response.getBody().get("message");
    }

    private void assertRefusedAndNothingDeployed(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(message(response)).startsWith("Không triển khai được");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore);
        assertThat(forms()).isEqualTo(formsBefore);
    }

    @Test
    void aModelWithADanglingFlowIsRefusedInVietnameseWithCamundasFindings() {
        ResponseEntity<Map> response = deploy(Map.of("broken.bpmn", DANGLING_FLOW));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("Task_Missing");
        assertThat(response.getBody().get("details").toString()).contains("Flow_Dangling");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("broken-probe").count())
                .isZero();
    }

    @Test
    void aFileThatIsNotXmlIsA400NotA500() {
        ResponseEntity<Map> response = deploy(Map.of("junk.bpmn", "không phải XML"));
        assertRefusedAndNothingDeployed(response);
    }

    @Test
    void anOwnerWhoChoseEnglishReadsItInEnglish() {
        HttpHeaders cookie = new HttpHeaders();
        cookie.add(HttpHeaders.COOKIE, "PLANCYCLE_LANG=en");
        ResponseEntity<Map> response = requests.create("owner", DeploymentRequests.ENGINE_REST, "", cookie,
                Map.of("broken.bpmn", DANGLING_FLOW));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(message(response)).startsWith("Not deployed");
    }

    @Test
    void aDelegateExpressionNamingNoBeanIsRefusedNamingTheStep() {
        ResponseEntity<Map> response = deploy(Map.of("probe.bpmn", process("""
                <serviceTask id="Task_Probe" name="Gửi thông báo thử" camunda:delegateExpression="${guiThongBaoKhongCo}"/>
                """)));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("«Gửi thông báo thử» (Task_Probe)")
                .contains("camunda:delegateExpression = ${guiThongBaoKhongCo}")
                .contains("không trỏ tới thành phần (bean) nào");
        assertThat(response.getBody().get("details").toString()).contains("Task_Probe");
    }

    @Test
    void aListenerNamingNoBeanIsRefusedNamingItsStep() {
        ResponseEntity<Map> response = deploy(Map.of("probe.bpmn", process("""
                <userTask id="Task_Probe" name="Duyệt thử" camunda:candidateGroups="process-owners">
                  <extensionElements>
                    <camunda:taskListener event="complete" delegateExpression="${kiemTraKhongCo}"/>
                    <camunda:executionListener event="end" delegateExpression="${sendNotificationDelegate}"/>
                  </extensionElements>
                </userTask>
                """)));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("«Duyệt thử» (Task_Probe)").contains("${kiemTraKhongCo}")
                .contains("camunda:taskListener").doesNotContain("sendNotificationDelegate");
    }

    @Test
    void aMessageEndEventNamingNoBeanIsRefusedNamingTheEvent() {
        String model = process("<task id=\"Task_Probe\" name=\"Chuẩn bị\"/>").replace(
                "<endEvent id=\"EndEvent_Probe\" name=\"Kết thúc thử\"/>", """
                <endEvent id="EndEvent_Probe" name="Đã báo kết quả">
                  <messageEventDefinition id="MessageEventDefinition_Probe" camunda:delegateExpression="${baoKetQuaKhongCo}"/>
                </endEvent>
                """);
        ResponseEntity<Map> response = deploy(Map.of("probe.bpmn", model));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("«Đã báo kết quả» (EndEvent_Probe)").contains("${baoKetQuaKhongCo}");
    }

    @Test
    void aFormRefToAMissingFormIsRefused() {
        ResponseEntity<Map> response = deploy(Map.of("probe.bpmn", process("""
                <userTask id="Task_Probe" name="Nhập báo cáo thử" camunda:formRef="bieu-mau-khong-co" camunda:formRefBinding="latest"/>
                """)));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("«Nhập báo cáo thử» (Task_Probe)").contains("\"bieu-mau-khong-co\"")
                .contains("chưa từng được triển khai");
    }

    @Test
    void aFormRefWithoutBindingIsRefusedInVietnamese() {
        ResponseEntity<Map> response = deploy(Map.of("probe.bpmn", process("""
                <userTask id="Task_Probe" name="Nhập báo cáo thử" camunda:formRef="plan-approval"/>
                """)));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("«Nhập báo cáo thử» (Task_Probe)").contains("chưa chọn cách gắn phiên bản");
    }

    @Test
    void aFormBoundToTheDeploymentMustComeWithIt() {
        // plan-approval is deployed (start-up), but not in this deployment, which the binding requires
        ResponseEntity<Map> response = deploy(Map.of("probe.bpmn", process("""
                <userTask id="Task_Probe" name="Phê duyệt thử" camunda:formRef="plan-approval" camunda:formRefBinding="deployment"/>
                """)));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("«Phê duyệt thử» (Task_Probe)").contains("\"plan-approval\"")
                .contains("Include additional files");
    }

    @Test
    void aFormOfAnotherVersionThanDeployedIsRefused() {
        ResponseEntity<Map> response = deploy(Map.of("probe.bpmn", process("""
                <userTask id="Task_Probe" name="Phê duyệt thử" camunda:formRef="plan-approval" camunda:formRefBinding="version" camunda:formRefVersion="999"/>
                """)));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("(Task_Probe)").contains("phiên bản 999");
    }

    @Test
    void aProcessWithoutHistoryTimeToLiveIsRefusedNamingTheProcess() {
        ResponseEntity<Map> response = deploy(Map.of("probe.bpmn", process("", "<task id=\"Task_Probe\" name=\"Việc\"/>")));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("«Quy trình thử triển khai» (deploy-probe)")
                .contains("camunda:historyTimeToLive").doesNotContain("ENGINE-12018");
    }

    @Test
    void aClassThatDoesNotExistIsRefused() {
        ResponseEntity<Map> response = deploy(Map.of("probe.bpmn", process("""
                <serviceTask id="Task_Probe" name="Ghi điểm thử" camunda:class="vn.plancycle.scoring.KhongCoDelegate"/>
                """)));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("«Ghi điểm thử» (Task_Probe)")
                .contains("vn.plancycle.scoring.KhongCoDelegate").contains("không phải là lớp Java");
    }

    @Test
    void aFormFileThatIsNotAFormIsRefusedNamingTheFile() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("probe.bpmn", process("<userTask id=\"Task_Probe\" name=\"Nhập thử\" camunda:formRef=\"deploy-probe-form\""
                + " camunda:formRefBinding=\"deployment\"/>"));
        files.put("deploy-probe.form", "{\"id\": \"deploy-probe-form\", \"components\": [");
        ResponseEntity<Map> response = deploy(files);
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("deploy-probe.form").contains("không phải là biểu mẫu Camunda hợp lệ");

        ResponseEntity<Map> noComponents = deploy(Map.of("other.form", "{\"id\": \"deploy-probe-other\"}"));
        assertRefusedAndNothingDeployed(noComponents);
        assertThat(message(noComponents)).contains("other.form").contains("\"components\"");
    }

    @Test
    void everyFindingIsListedInEnglishWhenAskedByHeaderOrParameter() {
        String model = process("", """
                <serviceTask id="Task_Probe" name="Gửi thông báo thử" camunda:delegateExpression="${guiThongBaoKhongCo}"/>
                """);
        HttpHeaders english = new HttpHeaders();
        english.add(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
        ResponseEntity<Map> byHeader = requests.create("owner", DeploymentRequests.ENGINE_REST, "", english,
                Map.of("probe.bpmn", model));
        assertThat(byHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(message(byHeader)).startsWith("Not deployed")
                .contains("Element «Quy trình thử triển khai» (deploy-probe): the process has no history time to live")
                .contains("Element «Gửi thông báo thử» (Task_Probe): camunda:delegateExpression = ${guiThongBaoKhongCo}"
                        + " names no bean");

        ResponseEntity<Map> byParameter = requests.create("owner", DeploymentRequests.WEBAPP_API, "?lang=en",
                new HttpHeaders(), Map.of("probe.bpmn", model));
        assertThat(byParameter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(message(byParameter)).startsWith("Not deployed").contains("names no bean");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void theWebappsRootRefusesBrokenModelsInVietnamese() {
        ResponseEntity<Map> response = requests.create("owner", DeploymentRequests.WEBAPP_API, Map.of("probe.bpmn",
                process("<serviceTask id=\"Task_Probe\" name=\"Gửi thông báo thử\" camunda:class=\"khong.Co\"/>")));
        assertRefusedAndNothingDeployed(response);
        assertThat(message(response)).contains("«Gửi thông báo thử» (Task_Probe)");
    }

    /**
     * Start-up deploys processes/ through the same Java API (Camunda's Spring auto-deployment) with no
     * request: the same checks refuse it with the same Vietnamese message, which stops start-up.
     */
    @Test
    void aBrokenModelDeployedAsAtStartUpFailsLoudlyWithTheSameMessage() {
        LocaleContextHolder.resetLocaleContext();
        String model = process("""
                <serviceTask id="Task_Probe" name="Gửi thông báo thử" camunda:delegateExpression="${guiThongBaoKhongCo}"/>
                """);
        assertThatThrownBy(() -> repositoryService.createDeployment().name("PlanCycle start-up probe")
                .addString("processes/probe.bpmn", model).deploy())
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("Phần tử «Gửi thông báo thử» (Task_Probe): camunda:delegateExpression = "
                        + "${guiThongBaoKhongCo} không trỏ tới thành phần (bean) nào");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }
}
