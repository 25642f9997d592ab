package vn.plancycle.system;

import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Completing a task while a job of the same instance runs (a reminder, a deadline's escalation branch, a
 * notification) can meet the engine's optimistic locking: the job changed the instance's executions first, and the
 * completion is refused with "updated by another transaction concurrently" — a 500 in Tasklist and on
 * {@code /engine-rest}. The person's decision is still valid, so the completion is made again, on the instance as
 * the job left it, up to {@link #ATTEMPTS} times.
 * <p>
 * Only a completion that is its own transaction is retried (Tasklist, REST, scripts): inside a transaction of the
 * application's, the failed attempt has already marked that transaction for rollback, so the exception goes on to
 * the caller. Runs before the engine's transaction interceptor, so each attempt is a fresh transaction and
 * command context.
 */
public class ConcurrentCompletionRetry extends CommandInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentCompletionRetry.class);
    static final int ATTEMPTS = 3;
    private static final Set<Class<?>> COMPLETIONS = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class);

    @Override
    public <T> T execute(Command<T> command) {
        if (!COMPLETIONS.contains(command.getClass()) || TransactionSynchronizationManager.isActualTransactionActive()) {
            return next.execute(command);
        }
        for (int attempt = 1;; attempt++) {
            try {
                return next.execute(command);
            } catch (OptimisticLockingException | PvmException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
                LOG.info("task completion met a concurrent change of its instance ({}); completing it again",
                        concurrent.getMessage());
            }
        }
    }
}
