package vn.plancycle.testsupport;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** The test profile has no job executor: process tests run an instance's async continuations by hand. */
public final class AsyncJobs {

    private AsyncJobs() {
    }

    /** Executes every asynchronous continuation (notifications, starts) of the instance, repeatedly. */
    public static void executeDue(ManagementService managementService, String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> messages = managementService.createJobQuery().processInstanceId(processInstanceId).messages()
                    .list();
            if (messages.isEmpty()) {
                return;
            }
            for (Job job : messages) {
                managementService.executeJob(job.getId());
            }
        }
    }
}
