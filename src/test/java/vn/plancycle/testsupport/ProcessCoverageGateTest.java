package vn.plancycle.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage gate over real files: a model, and the report.json files two test classes wrote. */
class ProcessCoverageGateTest {

    /** start, a choice, two tasks, one end: 6 flow nodes and 6 sequence flows; a second, non-executable process. */
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                              id="Definitions_Gate" targetNamespace="http://plancycle.vn/test">
              <bpmn:process id="gate-probe" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="Start"/>
                <bpmn:sequenceFlow id="Flow_ToChoice" sourceRef="Start" targetRef="Choice"/>
                <bpmn:exclusiveGateway id="Choice"/>
                <bpmn:sequenceFlow id="Flow_ToA" sourceRef="Choice" targetRef="TaskA"/>
                <bpmn:sequenceFlow id="Flow_ToB" sourceRef="Choice" targetRef="TaskB"/>
                <bpmn:userTask id="TaskA"/>
                <bpmn:userTask id="TaskB"/>
                <bpmn:sequenceFlow id="Flow_AToJoin" sourceRef="TaskA" targetRef="Join"/>
                <bpmn:sequenceFlow id="Flow_BToJoin" sourceRef="TaskB" targetRef="Join"/>
                <bpmn:exclusiveGateway id="Join"/>
                <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Join" targetRef="End"/>
                <bpmn:endEvent id="End"/>
              </bpmn:process>
              <bpmn:process id="drawing-only" isExecutable="false">
                <bpmn:startEvent id="Start_Drawing"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @TempDir
    Path dir;

    private Path processes() throws IOException {
        Path processes = Files.createDirectories(dir.resolve("processes"));
        Files.writeString(processes.resolve("gate-probe.bpmn"), MODEL);
        Files.writeString(processes.resolve("README.md"), "not a model");
        return processes;
    }

    /** A report.json as the library writes it: one suite, one run, events on the given elements. */
    private void report(String testClass, String modelKey, String... elements) throws IOException {
        String events = Stream.of(elements)
                .map(e -> "{\"source\":\"FLOW_NODE\",\"type\":\"START\",\"definitionKey\":\"" + e
                        + "\",\"elementType\":\"x\",\"modelKey\":\"" + modelKey + "\",\"timestamp\":1}")
                .collect(Collectors.joining(","));
        Path folder = Files.createDirectories(dir.resolve("reports").resolve(testClass));
        Files.writeString(folder.resolve("report.json"), "{\"suites\":[{\"id\":\"" + testClass + "\",\"name\":\""
                + testClass + "\",\"runs\":[{\"id\":\"m\",\"name\":\"m\",\"events\":[" + events + "]}]}],\"models\":[]}");
    }

    @Test
    void shouldAddUpTheClassesAndCountOnlyTheElementsOfTodaysModel() throws IOException {
        Path processes = processes();
        report("vn.FirstTest", "gate-probe", "Start", "Flow_ToChoice", "Choice", "Flow_ToA", "TaskA");
        // a second class and an element of an older version (no longer in the model), and another process
        report("vn.SecondTest", "gate-probe", "TaskA", "Flow_AToJoin", "Join", "Flow_ToEnd", "End", "Task_Removed");
        report("vn.ThirdTest", "other-process", "TaskB", "Flow_ToB");

        List<ProcessCoverageGate.ProcessCoverage> figures = ProcessCoverageGate.measure(processes, dir.resolve("reports"));

        assertThat(figures).hasSize(1);
        ProcessCoverageGate.ProcessCoverage probe = figures.get(0);
        assertThat(probe.key()).isEqualTo("gate-probe");
        assertThat(probe.file()).isEqualTo("gate-probe.bpmn");
        assertThat(probe.elements()).hasSize(12);
        assertThat(probe.covered()).hasSize(9);
        assertThat(probe.percent()).isEqualTo(75.0);
        assertThat(probe.missing()).containsExactlyInAnyOrder("TaskB", "Flow_ToB", "Flow_BToJoin");
    }

    @Test
    void shouldFailUnderTheThresholdNamingTheProcessAndPassAtIt() throws IOException {
        Path processes = processes();
        report("vn.FirstTest", "gate-probe", "Start", "Flow_ToChoice", "Choice", "Flow_ToA", "TaskA",
                "Flow_AToJoin", "Join", "Flow_ToEnd", "End");
        String[] args = {processes.toString(), dir.resolve("reports").toString(), "90"};

        assertThatThrownBy(() -> ProcessCoverageGate.main(args))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gate-probe 75.0 %");

        String[] atSeventyFive = {processes.toString(), dir.resolve("reports").toString(), "75"};
        ProcessCoverageGate.main(atSeventyFive);
    }

    @Test
    void shouldTellHowToSkipWhenNoTestWroteAReport() throws IOException {
        Path processes = processes();
        String[] args = {processes.toString(), dir.resolve("reports").toString(), "90"};

        assertThatThrownBy(() -> ProcessCoverageGate.main(args))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no process coverage reports")
                .hasMessageContaining("-Dcoverage.gate.skip=true");
    }
}
