package vn.plancycle.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.plancycle.notification.Channel;
import vn.plancycle.notification.NotificationRequest;
import vn.plancycle.notification.NotificationService;
import vn.plancycle.security.Roles;

/**
 * Offers the migration: when a deployment creates a new version of a process while instances run on older
 * versions, the process owners get an inbox message (template {@code process-new-version}) pointing to
 * {@code /processes/migrations}. It is sent after the deployment has committed, in a transaction of its own, once
 * per new version (idempotency key {@code process-version:<definition id>}); a failure to tell never fails the
 * deployment. (The page shows the same offer at its top.)
 */
@Component
public class MigrationOfferPlugin extends AbstractProcessEnginePlugin {

    static final String TEMPLATE = "process-new-version";

    private static final Logger LOG = LoggerFactory.getLogger(MigrationOfferPlugin.class);

    private final ObjectProvider<NotificationService> notifications;
    private final ObjectProvider<PlatformTransactionManager> transactionManager;

    public MigrationOfferPlugin(ObjectProvider<NotificationService> notifications,
            ObjectProvider<PlatformTransactionManager> transactionManager) {
        this.notifications = notifications;
        this.transactionManager = transactionManager;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPostDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostDeployers());
        deployers.add(this::deployed);
        configuration.setCustomPostDeployers(deployers);
    }

    private void deployed(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // the definition cache being filled again, not a deployment
        }
        List<ProcessDefinitionEntity> newVersions = deployment.getDeployedArtifacts(ProcessDefinitionEntity.class);
        if (newVersions == null || newVersions.isEmpty()) {
            return;
        }
        List<String[]> offers = newVersions.stream().filter(d -> d.getVersion() > 1)
                .map(d -> new String[] {d.getId(), d.getKey(), d.getName() == null ? d.getKey() : d.getName(),
                    String.valueOf(d.getVersion())})
                .toList();
        if (offers.isEmpty()) {
            return;
        }
        var runtime = Context.getProcessEngineConfiguration().getRuntimeService();
        var identity = Context.getProcessEngineConfiguration().getIdentityService();
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> {
                    // the deployer (an owner on /engine-rest) is authenticated: telling the owners is the system's
                    // doing, not theirs (their query limit would refuse listing the group's members)
                    var deployer = identity.getCurrentAuthentication();
                    identity.clearAuthentication();
                    try {
                        offers.forEach(o -> offer(runtime, o));
                    } finally {
                        if (deployer != null) {
                            identity.setAuthentication(deployer);
                        }
                    }
                });
    }

    private void offer(org.camunda.bpm.engine.RuntimeService runtime, String[] definition) {
        try {
            TransactionTemplate tx = new TransactionTemplate(transactionManager.getObject());
            tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            tx.executeWithoutResult(status -> {
                long running = runtime.createProcessInstanceQuery().processDefinitionKey(definition[1]).count();
                if (running == 0) {
                    return;
                }
                notifications.getObject().send(new NotificationRequest("process-version:" + definition[0],
                        "group:" + Roles.PROCESS_OWNERS, TEMPLATE, Channel.INBOX,
                        Map.of("processKey", definition[1], "processName", definition[2], "version", definition[3],
                                "runningCount", String.valueOf(running))));
            });
        } catch (RuntimeException e) {
            LOG.warn("process owners not told of the new version {}: {}", definition[0], e.getMessage());
        }
    }
}
