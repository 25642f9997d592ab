package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.plancycle.testsupport.AppTest;

/** Everything in processes/ and forms/ is deployed at start-up, and every element has a name. */
@AppTest
class DeployedResourcesTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyProcessOfTheProcessesFolderIsDeployedAndNamed() throws IOException {
        List<Path> files = files("processes", ".bpmn");
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Bpmn.validateModel(model);
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).as(file.toString()).isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " history TTL").isNotBlank();
                assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(process.getId())
                        .latestVersion().count()).as(process.getId() + " deployed").isEqualTo(1);
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                boolean joinGateway = node.getElementType().getTypeName().endsWith("Gateway")
                        && node.getIncoming().size() > 1;
                if (!joinGateway && !node.getElementType().getTypeName().endsWith("parallelGateway")) {
                    assertThat(node.getName()).as(file + ": " + node.getId() + " has a Vietnamese name").isNotBlank();
                }
                assertThat(node.getId()).as("readable id").doesNotMatch("(Activity|Event|Gateway|Flow)_[0-9a-z]{7}");
            }
        }
    }

    @Test
    void everyFormOfTheFormsFolderIsDeployed() throws IOException {
        List<Path> files = files("forms", ".form");
        assertThat(files).isNotEmpty();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            JsonNode form = json.readTree(file.toFile());
            assertThat(form.path("id").asText()).as(file.toString()).isNotBlank();
            String resourceName = "forms/" + file.getFileName();
            assertThat(repositoryService.createDeploymentQuery().list().stream()
                    .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream())
                    .anyMatch(name -> name.endsWith(resourceName))).as(resourceName + " deployed").isTrue();
        }
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of(folder))) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
