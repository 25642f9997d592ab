package vn.plancycle.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import vn.plancycle.system.UnitTenantIdProvider;

/**
 * Process coverage is recorded for every {@link AppTest}, and a process started before the class's first test
 * method (here in a {@code @BeforeAll}) still runs: the coverage library would refuse its steps, the guard lets
 * them count for nobody.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessCoverageGuardTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    String startedBeforeAll;

    @BeforeAll
    void startAProcessBeforeAnyTestMethod() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("isolation-probe").count() == 0) {
            repositoryService.createDeployment().name("isolation-probe")
                    .addClasspathResource("bpmn/isolation-probe.bpmn").deploy();
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("isolation-probe",
                Map.of(UnitTenantIdProvider.UNIT_VARIABLE, "pc"));
        startedBeforeAll = instance.getId();
    }

    @Test
    void shouldRunAProcessStartedInBeforeAllAndCountOnlyTheStepsOfTheTestMethod() {
        Collector state = ProcessCoverageGuard.currentState(engine);
        assertThat(state).isInstanceOf(ProcessCoverageGuard.Guarded.class);
        DefaultCollector collector = (DefaultCollector) ((ProcessCoverageGuard.Guarded) state).collector();
        assertThat(collector.getActiveSuite().getId()).isEqualTo(ProcessCoverageGuardTest.class.getName());
        assertThat(collector.getActiveRun().getId())
                .isEqualTo("shouldRunAProcessStartedInBeforeAllAndCountOnlyTheStepsOfTheTestMethod");
        Task probe = taskService.createTaskQuery().processInstanceId(startedBeforeAll).singleResult();
        assertThat(probe.getTaskDefinitionKey()).isEqualTo("Task_Probe");

        taskService.complete(probe.getId());

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(startedBeforeAll).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(startedBeforeAll)
                .activityId("EndEvent_ProbeDone").finished().count()).isEqualTo(1);
        // the start ran in @BeforeAll (counted for nobody), the rest in this test method
        assertThat(collector.getActiveRun().getEvents("isolation-probe")).extracting(Event::getDefinitionKey)
                .contains("Task_Probe", "SequenceFlow_ToEnd", "EndEvent_ProbeDone")
                .doesNotContain("StartEvent_ProbeStarted", "SequenceFlow_ToTask");
    }
}
