package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
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

import vn.plancycle.testsupport.AppTest;

/** A process owner deploying a broken model gets a 400 saying so in Vietnamese (or English), and nothing is deployed. */
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

    private ResponseEntity<Map> deploy(String root, String file, String content, String cookie) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "broken-by-owner");
        parts.add(file, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return file;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return rest.withBasicAuth("owner", "demo").exchange(root + "/deployment/create", HttpMethod.POST,
                new HttpEntity<>(parts, headers), Map.class);
    }

    @Test
    void aModelWithADanglingFlowIsRefusedInVietnameseWithCamundasFindings() {
        long before = repositoryService.createDeploymentQuery().count();
        ResponseEntity<Map> response = deploy("/engine-rest", "broken.bpmn", DANGLING_FLOW, null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).startsWith("Không triển khai được")
                .contains("Task_Missing");
        assertThat(response.getBody().get("details").toString()).contains("Flow_Dangling");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("broken-probe").count())
                .isZero();
    }

    @Test
    void aFileThatIsNotXmlIsA400NotA500() {
        long before = repositoryService.createDeploymentQuery().count();
        ResponseEntity<Map> response = deploy("/engine-rest", "junk.bpmn", "không phải XML", null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).startsWith("Không triển khai được");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void anOwnerWhoChoseEnglishReadsItInEnglish() {
        ResponseEntity<Map> response = deploy("/engine-rest", "broken.bpmn", DANGLING_FLOW, "PLANCYCLE_LANG=en");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).startsWith("Not deployed");
    }
}
