package vn.plancycle.plan;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sending a plan to the head, as the pages and the API do it. A plan sent after its approval deadline meets the
 * deadline's timer: the engine's job executor starts the escalation branch of {@code unit-plan} at the same moment,
 * which rearranges the instance's executions under the drafting task. The engine then refuses the completion
 * (an optimistic locking conflict, or "cannot signal execution … no current activity" when it read the task before
 * the branch committed). Nothing of the attempt stays — it was one transaction — so the submission is simply made
 * again, on the instance as it now stands.
 */
@Component
public class PlanSubmission {

    private static final Logger LOG = LoggerFactory.getLogger(PlanSubmission.class);
    static final int ATTEMPTS = 3;

    private final PlanService plans;

    public PlanSubmission(PlanService plans) {
        this.plans = plans;
    }

    public ProcessInstance submit(String unitCode, int year) {
        for (int attempt = 1;; attempt++) {
            try {
                return plans.submit(unitCode, year); // its own transaction each time
            } catch (OptimisticLockingException | PvmException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
                LOG.info("plan {} {} met a concurrent step of its process ({}); sending it again", unitCode, year,
                        concurrent.getMessage());
            }
        }
    }
}
