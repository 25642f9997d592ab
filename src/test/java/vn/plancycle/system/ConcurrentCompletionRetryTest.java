package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.plancycle.testsupport.AppTest;

/**
 * A task completed while another transaction changes its instance (as a reminder or deadline job does) is not
 * refused with the engine's optimistic locking failure (a 500 in Tasklist): {@link ConcurrentCompletionRetry}
 * completes it again. The interloper is real: a second thread suspends and re-activates the instance and commits
 * while the completion is under way, so the completion's own update finds the rows changed.
 */
@AppTest
class ConcurrentCompletionRetryTest {

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
              <process id="concurrent-completion-probe" name="Thử hoàn thành đồng thời" isExecutable="true"
                  camunda:historyTimeToLive="1">
                <startEvent id="StartEvent_Probe" name="Bắt đầu"/>
                <sequenceFlow id="Flow_ToTask" sourceRef="StartEvent_Probe" targetRef="Task_Probe"/>
                <userTask id="Task_Probe" name="Việc thử" camunda:candidateGroups="process-owners">
                  <extensionElements>
                    <camunda:taskListener event="complete"
                        class="vn.plancycle.system.ConcurrentCompletionRetryTest$Interloper"/>
                  </extensionElements>
                </userTask>
                <sequenceFlow id="Flow_ToEnd" sourceRef="Task_Probe" targetRef="EndEvent_Probe"/>
                <endEvent id="EndEvent_Probe" name="Xong"/>
              </process>
            </definitions>
            """;

    /** On its first call after being armed, changes the instance from another thread, which commits at once. */
    public static class Interloper implements TaskListener {
        static final AtomicBoolean ARMED = new AtomicBoolean();
        static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public void notify(DelegateTask task) {
            CALLS.incrementAndGet();
            if (!ARMED.getAndSet(false)) {
                return;
            }
            RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
            Thread other = new Thread(() -> {
                runtime.suspendProcessInstanceById(task.getProcessInstanceId());
                runtime.activateProcessInstanceById(task.getProcessInstanceId());
            });
            other.start();
            try {
                other.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void deploy() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("concurrent-completion-probe").count() == 0) {
            repository.createDeployment().name("concurrent-completion-probe")
                    .addString("concurrent-completion-probe.bpmn", MODEL).deploy();
        }
    }

    private Task start() {
        ProcessInstance instance = runtime.startProcessInstanceByKey("concurrent-completion-probe");
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    @Test
    void aCompletionThatMeetsAConcurrentChangeIsMadeAgainAndTheTaskIsDone() {
        Task task = start();
        Interloper.CALLS.set(0);
        Interloper.ARMED.set(true);

        tasks.complete(task.getId());

        assertThat(Interloper.CALLS.get()).as("the completion ran twice").isEqualTo(2);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getDeleteReason())
                .isEqualTo("completed");
    }

    @Test
    void insideTheApplicationsOwnTransactionTheConflictGoesToTheCaller() {
        Task task = start();
        Interloper.CALLS.set(0);
        Interloper.ARMED.set(true);

        Throwable refused = null;
        try {
            transactions.executeWithoutResult(status -> tasks.complete(task.getId()));
        } catch (RuntimeException e) {
            refused = e;
        }

        assertThat(refused).isInstanceOf(OptimisticLockingException.class);
        assertThat(Interloper.CALLS.get()).as("no second attempt inside a transaction").isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isEqualTo(1);
    }
}
