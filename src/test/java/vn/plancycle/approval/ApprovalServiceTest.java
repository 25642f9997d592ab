package vn.plancycle.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.plancycle.plan.UnitPlanProcess;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.PlanFixtures;

/** The approvals page's service decides the same Camunda task Tasklist shows, for its rightful deciders only. */
@AppTest
class ApprovalServiceTest {

    @Autowired
    ApprovalService approvals;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestRestTemplate rest;

    private static final CurrentUser HEAD_VP = new CurrentUser("head-vp", Set.of("unit-vp-head"));
    private static final CurrentUser STAFF_VP = new CurrentUser("staff-vp", Set.of("unit-vp-staff"));
    private static final CurrentUser HEAD_KHTC = new CurrentUser("head-khtc", Set.of("unit-khtc-head"));

    private Task approvalTask(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(UnitPlanProcess.TASK_APPROVE).singleResult();
    }

    @Test
    void theHeadSeesAndDecidesOnlyTheirUnitsApprovals() {
        String id = PlanFixtures.submitCompletePlan(rest, "vp", 2041);
        Task task = approvalTask(id);
        assertThat(approvals.waitingFor(HEAD_VP)).extracting(ApprovalItem::taskId).contains(task.getId());
        assertThat(approvals.waitingFor(HEAD_VP)).filteredOn(i -> i.taskId().equals(task.getId()))
                .singleElement().satisfies(i -> {
                    assertThat(i.businessKey()).isEqualTo("PLAN-VP-2041");
                    assertThat(i.unitCode()).isEqualTo("vp");
                    assertThat(i.processKey()).isEqualTo(UnitPlanProcess.KEY);
                });
        assertThat(approvals.waitingFor(HEAD_KHTC)).extracting(ApprovalItem::taskId).doesNotContain(task.getId());
        assertThat(approvals.waitingFor(STAFF_VP)).extracting(ApprovalItem::taskId).doesNotContain(task.getId());

        assertThat(approvals.decide(HEAD_KHTC, task.getId(), Decision.APPROVED, "")).isFalse();
        assertThat(approvals.decide(STAFF_VP, task.getId(), Decision.APPROVED, "")).isFalse();
        assertThat(approvalTask(id)).isNotNull();

        assertThat(approvals.decide(HEAD_VP, task.getId(), Decision.APPROVED, "")).isTrue();
        assertThat(approvalTask(id)).isNull();
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("head-vp");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
                .variableName(Decision.VAR_DECIDED_BY).singleResult().getValue()).isEqualTo("head-vp");
        // decided here, gone for everyone: a second decision (say from Tasklist) finds nothing
        assertThat(approvals.decide(HEAD_VP, task.getId(), Decision.RETURNED, "muộn")).isFalse();
    }

    @Test
    void workThatIsNotADecisionStaysInTasklist() {
        var saved = PlanFixtures.saveDraft(rest, "staff-vp", "vp", 2044, java.util.List.of(
                PlanFixtures.task("Tuyên truyền", "AWARENESS", "Hội nghị", "staff-vp", "2044-03-01")));
        assertThat(saved.getStatusCode().is2xxSuccessful()).as(saved.toString()).isTrue();
        Task draft = taskService.createTaskQuery().processInstanceBusinessKey("PLAN-VP-2044")
                .taskDefinitionKey(UnitPlanProcess.TASK_DRAFT).singleResult();
        assertThat(draft).isNotNull();
        // the drafting task is offered to the unit's staff, but it is their work, not a decision
        assertThat(approvals.waitingFor(STAFF_VP)).extracting(ApprovalItem::taskId).doesNotContain(draft.getId());
        assertThat(approvals.find(STAFF_VP, draft.getId())).isEmpty();
        assertThat(approvals.decide(STAFF_VP, draft.getId(), Decision.APPROVED, "")).isFalse();
        assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
    }

    @Test
    void aReturnWithoutACommentIsRefusedAndChangesNothing() {
        String id = PlanFixtures.submitCompletePlan(rest, "vp", 2042);
        Task task = approvalTask(id);
        assertThatThrownBy(() -> approvals.decide(HEAD_VP, task.getId(), Decision.RETURNED, "  "))
                .isInstanceOf(InvalidDecisionException.class);
        assertThatThrownBy(() -> approvals.decide(HEAD_VP, task.getId(), null, "ok"))
                .isInstanceOf(InvalidDecisionException.class);
        assertThatThrownBy(() -> approvals.decide(HEAD_VP, task.getId(), "maybe", "ok"))
                .isInstanceOf(InvalidDecisionException.class);
        Task still = approvalTask(id);
        assertThat(still).isNotNull();
        assertThat(still.getAssignee()).isNull();
    }

    @Test
    void decisionRules() {
        assertThat(Decision.problem("approved", null)).isNull();
        assertThat(Decision.problem("accepted", "")).isNull();
        assertThat(Decision.problem("returned", "Sửa lại mục 2")).isNull();
        assertThat(Decision.problem("returned", "")).isEqualTo("approval.comment.required");
        assertThat(Decision.problem("returned", null)).isEqualTo("approval.comment.required");
        assertThat(Decision.problem("", "x")).isEqualTo("approval.decision.required");
        assertThat(Decision.problem("approved", "x".repeat(2001))).isEqualTo("approval.comment.tooLong");
    }
}
