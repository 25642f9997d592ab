package vn.plancycle.approval;

import java.util.Date;

/** One thing waiting for a head's or a leader's decision: a Camunda user task, as the list shows it. */
public record ApprovalItem(String taskId, String taskName, String processKey, String businessKey,
        String unitCode, Date created, String processInstanceId) {
}
