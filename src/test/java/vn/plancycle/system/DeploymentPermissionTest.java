package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.plancycle.testsupport.AppTest;

/**
 * Deploying is for process owners: the owner's good model is deployed on either REST root; unit staff,
 * heads, reviewers, leaders and administrators are refused with a 403 in their language, and nothing
 * is deployed, redeployed or deleted.
 */
@AppTest
class DeploymentPermissionTest {

    private static final List<String> NOT_OWNERS = List.of("staff-vp", "head-vp", "reviewer", "leader", "admin");
    private static final String KEY = "deploy-probe-ok";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;

    /** Uses a bean, a form deployed with it and one deployed at start-up: everything the checks accept. */
    private static Map<String, String> goodModel(String name) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("deploy-probe-ok.bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
                  <process id="deploy-probe-ok" name="%s" isExecutable="true" camunda:historyTimeToLive="30">
                    <startEvent id="StartEvent_Probe" name="Bắt đầu thử" camunda:formRef="plan-approval"
                        camunda:formRefBinding="latest"/>
                    <sequenceFlow id="SequenceFlow_ToEnter" sourceRef="StartEvent_Probe" targetRef="Task_Enter"/>
                    <userTask id="Task_Enter" name="Nhập thử" camunda:candidateGroups="process-owners"
                        camunda:formRef="deploy-probe-ok-form" camunda:formRefBinding="deployment">
                      <extensionElements>
                        <camunda:taskListener event="complete" delegateExpression="${checkDecisionListener}"/>
                      </extensionElements>
                    </userTask>
                    <sequenceFlow id="SequenceFlow_ToNotify" sourceRef="Task_Enter" targetRef="Task_Notify"/>
                    <serviceTask id="Task_Notify" name="Gửi thông báo thử" camunda:asyncBefore="true"
                        camunda:delegateExpression="${sendNotificationDelegate}"/>
                    <sequenceFlow id="SequenceFlow_ToEnd" sourceRef="Task_Notify" targetRef="EndEvent_Probe"/>
                    <endEvent id="EndEvent_Probe" name="Kết thúc thử"/>
                  </process>
                </definitions>
                """.formatted(name));
        files.put("deploy-probe-ok.form", """
                {"id": "deploy-probe-ok-form", "type": "default", "schemaVersion": 16,
                 "components": [{"id": "Field_Note", "key": "note", "label": "Ghi chú", "type": "textfield"}]}
                """);
        return files;
    }

    private static void assertForbidden(ResponseEntity<?> response, String user) {
        assertThat(response.getStatusCode()).as(user + ": %s", response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().toString()).contains("deployment_forbidden")
                .contains("Chỉ chủ quy trình (nhóm process-owners) được triển khai").contains(user);
    }

    @Test
    void theOwnerDeploysAGoodModelOnBothRoots() {
        DeploymentRequests requests = new DeploymentRequests(rest);
        long versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count();
        for (String root : List.of(DeploymentRequests.ENGINE_REST, DeploymentRequests.WEBAPP_API)) {
            ResponseEntity<Map> response = requests.create("owner", root, goodModel("Quy trình thử " + root));
            assertThat(response.getStatusCode()).as(root + ": %s", response.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody().get("deployedProcessDefinitions").toString()).contains(KEY);
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count())
                .isEqualTo(versions + 2);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
                .singleResult().getName()).isEqualTo("Quy trình thử " + DeploymentRequests.WEBAPP_API);
    }

    @Test
    void everyoneElseIsRefusedOnBothRootsAndNothingIsDeployed() {
        DeploymentRequests requests = new DeploymentRequests(rest);
        long deployments = repositoryService.createDeploymentQuery().count();
        long definitions = repositoryService.createProcessDefinitionQuery().count();
        for (String user : NOT_OWNERS) {
            for (String root : List.of(DeploymentRequests.ENGINE_REST, DeploymentRequests.WEBAPP_API)) {
                assertForbidden(requests.create(user, root, goodModel("Không được triển khai")), user);
            }
        }
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    }

    @Test
    void onlyTheOwnerRedeploysOrDeletesADeployment() {
        DeploymentRequests requests = new DeploymentRequests(rest);
        ResponseEntity<Map> created = requests.create("owner", DeploymentRequests.ENGINE_REST, goodModel("Để xóa"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
        String id = (String) created.getBody().get("id");
        long deployments = repositoryService.createDeploymentQuery().count();
        for (String user : NOT_OWNERS) {
            for (String root : List.of(DeploymentRequests.ENGINE_REST, DeploymentRequests.WEBAPP_API)) {
                assertForbidden(requests.redeploy(user, root, id), user);
                assertForbidden(requests.delete(user, root, id), user);
            }
        }
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(id).count()).isOne();

        ResponseEntity<Map> redeployed = requests.redeploy("owner", DeploymentRequests.ENGINE_REST, id);
        assertThat(redeployed.getStatusCode()).as("%s", redeployed.getBody()).isEqualTo(HttpStatus.OK);
        String copy = (String) redeployed.getBody().get("id");
        assertThat(requests.delete("owner", DeploymentRequests.WEBAPP_API, copy).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(requests.delete("owner", DeploymentRequests.ENGINE_REST, id).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(id).count()).isZero();
    }

    @Test
    void theRefusalIsInEnglishForAnEnglishClient() {
        HttpHeaders english = new HttpHeaders();
        english.add(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<Map> response = new DeploymentRequests(rest).create("staff-vp", DeploymentRequests.ENGINE_REST,
                "", english, goodModel("Không được triển khai"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) response.getBody().get("message"))
                .startsWith("Only process owners (group process-owners) may deploy");
    }
}
