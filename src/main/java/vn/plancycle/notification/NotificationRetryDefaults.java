package vn.plancycle.notification;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A "send a notification" task that its modeller left without a retry time cycle (the Modeler's
 * element templates cannot set one) retries like the others: {@value #DEFAULT_CYCLE}, i.e. the
 * configured {@code plancycle.process.notification-retry-cycle}, instead of the engine's three
 * immediate attempts. A cycle written in the BPMN wins.
 */
@Component
public class NotificationRetryDefaults extends AbstractProcessEnginePlugin {

    static final String DELEGATE = "${sendNotificationDelegate}";
    static final String DEFAULT_CYCLE = "${processSettings.notificationRetryCycle}";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
                if (DELEGATE.equals(delegate)
                        && activity.getProperties().get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION) == null) {
                    activity.getProperties().set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION,
                            new FailedJobRetryConfiguration(
                                    Context.getProcessEngineConfiguration().getExpressionManager()
                                            .createExpression(DEFAULT_CYCLE)));
                }
            }
        });
    }
}
