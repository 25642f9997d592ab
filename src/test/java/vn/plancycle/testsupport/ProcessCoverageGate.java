package vn.plancycle.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process coverage gate of {@code mvn verify}: adds up the {@code report.json} of every test class
 * (written by camunda-process-test-coverage under {@code target/process-test-coverage/}) and, for each executable
 * process of {@code processes/*.bpmn}, prints the share of its flow nodes and sequence flows that some test ran
 * (all classes together, any deployed version of the key: an element counts by its id in today's model), then
 * fails when a process is under the threshold.
 *
 * <p>args: processes folder, reports folder, threshold in percent (e.g. 90).
 */
public final class ProcessCoverageGate {

    private ProcessCoverageGate() {
    }

    /** One process of the models and what the tests ran of it. */
    public record ProcessCoverage(String file, String key, Set<String> elements, Set<String> covered) {

        public double percent() {
            return elements.isEmpty() ? 100.0 : 100.0 * covered.size() / elements.size();
        }

        public Set<String> missing() {
            Set<String> missing = new LinkedHashSet<>(elements);
            missing.removeAll(covered);
            return missing;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ProcessCoverageGate <processes folder> <reports folder> <threshold %>");
        }
        Path processes = Path.of(args[0]);
        Path reports = Path.of(args[1]);
        double threshold = Double.parseDouble(args[2]);
        List<ProcessCoverage> figures = measure(processes, reports);
        List<String> under = new ArrayList<>();
        System.out.println("Process coverage (flow nodes + sequence flows run by the tests, all test classes together):");
        for (ProcessCoverage c : figures) {
            boolean ok = c.percent() >= threshold;
            System.out.printf(Locale.ROOT, "  %-6s %-22s %6.1f %%  (%d of %d)  %s%n", ok ? "OK" : "UNDER", c.key(),
                    c.percent(), c.covered().size(), c.elements().size(), c.file());
            if (!c.missing().isEmpty()) {
                System.out.println("         not run: " + String.join(", ", c.missing()));
            }
            if (!ok) {
                under.add(String.format(Locale.ROOT, "%s %.1f %%", c.key(), c.percent()));
            }
        }
        if (!under.isEmpty()) {
            throw new IllegalStateException("process coverage under " + threshold + " %: " + String.join(", ", under)
                    + " (per-class reports: " + reports + "/<test class>/report.html)");
        }
        System.out.printf(Locale.ROOT, "Every process is covered at %.0f %% or more.%n", threshold);
    }

    /** The coverage of every executable process of the models, from the reports of the test classes. */
    public static List<ProcessCoverage> measure(Path processes, Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            throw new IllegalStateException("no process coverage reports in " + reports
                    + ": run the tests first (mvn verify), or skip the gate with -Dcoverage.gate.skip=true");
        }
        Map<String, Set<String>> ran = ranElements(reports);
        List<ProcessCoverage> figures = new ArrayList<>();
        List<Path> models;
        try (Stream<Path> files = Files.list(processes)) {
            models = files.filter(p -> p.getFileName().toString().endsWith(".bpmn")).sorted().toList();
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("no *.bpmn in " + processes);
        }
        for (Path model : models) {
            BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
            for (Process process : instance.getModelElementsByType(Process.class)) {
                if (!process.isExecutable()) {
                    continue;
                }
                Set<String> elements = executableElements(instance, process.getId());
                Set<String> covered = new LinkedHashSet<>(elements);
                covered.retainAll(ran.getOrDefault(process.getId(), Set.of()));
                figures.add(new ProcessCoverage(model.getFileName().toString(), process.getId(), elements, covered));
            }
        }
        return figures;
    }

    /** Process key to the ids of the elements some test ran, from every report.json under the folder. */
    static Map<String, Set<String>> ranElements(Path reports) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> ran = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reports)) {
            files = walk.filter(p -> p.getFileName().toString().equals("report.json")).toList();
        }
        for (Path file : files) {
            for (JsonNode suite : json.readTree(file.toFile()).path("suites")) {
                for (JsonNode run : suite.path("runs")) {
                    for (JsonNode event : run.path("events")) {
                        ran.computeIfAbsent(event.path("modelKey").asText(), k -> new HashSet<>())
                                .add(event.path("definitionKey").asText());
                    }
                }
            }
        }
        return ran;
    }

    /**
     * The flow nodes of the process (its sub-processes' included) and the sequence flows leaving them, as the
     * coverage library counts them.
     */
    static Set<String> executableElements(BpmnModelInstance instance, String processId) {
        Set<String> elements = new LinkedHashSet<>();
        Set<FlowNode> nodes = new HashSet<>();
        for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
            if (inProcess(node, processId)) {
                nodes.add(node);
                elements.add(node.getId());
            }
        }
        for (SequenceFlow flow : instance.getModelElementsByType(SequenceFlow.class)) {
            if (nodes.contains(flow.getSource())) {
                elements.add(flow.getId());
            }
        }
        return elements;
    }

    private static boolean inProcess(ModelElementInstance element, String processId) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof Process p) {
                return p.getId().equals(processId);
            }
        }
        return false;
    }
}
