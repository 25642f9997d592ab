package vn.plancycle.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Broken models are refused before anything is stored: every new deployment (Camunda Modeler's, a
 * script's, start-up's from {@code processes/} and {@code forms/}) goes through {@link FormFileCheck}
 * and {@link CheckedBpmnParse}. A broken model in {@code processes/} therefore stops start-up with
 * the same message a process owner would read.
 */
@Component
public class ModelCheckPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final MessageSource messages;

    public ModelCheckPlugin(ApplicationContext context, MessageSource messages) {
        this.context = context;
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ModelTexts texts = new ModelTexts(messages);
        ClassLoader loader = ModelCheckPlugin.class.getClassLoader();
        ModelChecks checks = new ModelChecks(context::containsBean, name -> ClassUtils.isPresent(name, loader), texts);
        configuration.setBpmnParseFactory(parser -> new CheckedBpmnParse(parser, checks));
        List<Deployer> preDeployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        preDeployers.add(new FormFileCheck(texts));
        configuration.setCustomPreDeployers(preDeployers);
    }
}
