package vn.plancycle.testsupport;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.engine.platform7.CompensationEventCoverageHandler;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import kotlin.UninitializedPropertyAccessException;

/**
 * Runs after the coverage library's test execution listener has given the engine the new test class's collector
 * (a JUnit extension declared on {@link AppTest} after {@code @SpringBootTest}, so its before-all comes after the
 * Spring extension's), and lets that collector refuse nothing: a process step that runs before the class's first
 * test method (a {@code @BeforeAll}, a background thread between two classes) counts for nobody instead of failing
 * with "No active run available".
 */
public class ProcessCoverageGuard implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        if (spring.getBeanNamesForType(ProcessEngine.class).length == 0) {
            return;
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                spring.getBean(ProcessEngine.class).getProcessEngineConfiguration();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            for (BpmnParseListener listener : configuration.getCustomPostBPMNParseListeners()) {
                if (listener instanceof ElementCoverageParseListener coverage) {
                    coverage.setCoverageState(guarded(stateOf(coverage)));
                }
            }
        }
        if (configuration.getEventHandler("compensate") instanceof CompensationEventCoverageHandler handler) {
            handler.setCoverageState(guarded(stateOf(handler)));
        }
    }

    /** The collector the engine's coverage parse listener gives the steps to now (null without one). */
    static Collector currentState(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            for (BpmnParseListener listener : configuration.getCustomPostBPMNParseListeners()) {
                if (listener instanceof ElementCoverageParseListener coverage) {
                    return stateOf(coverage);
                }
            }
        }
        return null;
    }

    /** The collector counts only while a test method of its class runs. */
    record Guarded(Collector collector) implements Collector {
        @Override
        public void addEvent(Event event) {
            if (collector instanceof DefaultCollector c && !hasActiveRun(c)) {
                return;
            }
            collector.addEvent(event);
        }
    }

    static Collector guarded(Collector state) {
        return state == null || state instanceof Guarded ? state : new Guarded(state);
    }

    private static boolean hasActiveRun(DefaultCollector collector) {
        try {
            return collector.getActiveRun() != null;
        } catch (UninitializedPropertyAccessException none) {
            return false;
        }
    }

    /** The library gives no getter for the collector it set; its field is read here. */
    private static Collector stateOf(Object holder) {
        try {
            Field field = holder.getClass().getDeclaredField("coverageState");
            field.setAccessible(true);
            return (Collector) field.get(holder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("camunda-process-test-coverage changed: no coverageState in "
                    + holder.getClass().getName(), e);
        }
    }
}
