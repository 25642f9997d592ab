package vn.plancycle.testsupport;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.engine.platform7.CompensationEventCoverageHandler;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;

/**
 * Process test coverage for every {@link AppTest} (camunda-process-test-coverage, platform 7): the library's
 * configuration adds its parse listener to the engine, its test execution listener (registered by the library
 * for every Spring test) collects what each test method runs and writes
 * {@code target/process-test-coverage/<test class>/report.json} and {@code report.html}; {@link ProcessCoverageGate}
 * adds the classes up after the tests.
 *
 * <p>Until the first test class starts, the parse listener has no collector and would refuse every process step;
 * the demo loaders start processes while the context starts, so here those steps are counted for nobody
 * ({@link ProcessCoverageGuard} does the same for the steps before each class's first test method).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageSetup {

    /** Steps that run outside any test method (the application's start-up) count for nobody. */
    static final Collector NOBODY = event -> { };

    @Bean
    @Order(Ordering.DEFAULT_ORDER + 2)
    AbstractCamundaConfiguration coverageBeforeTheFirstTest() {
        return new AbstractCamundaConfiguration() {
            @Override
            public void postInit(SpringProcessEngineConfiguration configuration) {
                countForNobody(configuration);
            }
        };
    }

    static void countForNobody(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            for (BpmnParseListener listener : configuration.getCustomPostBPMNParseListeners()) {
                if (listener instanceof ElementCoverageParseListener coverage) {
                    coverage.setCoverageState(NOBODY);
                }
            }
        }
        if (configuration.getEventHandler("compensate") instanceof CompensationEventCoverageHandler handler) {
            handler.setCoverageState(NOBODY);
        }
    }
}
