package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.approval.Decision;
import vn.plancycle.scoring.NewScore;
import vn.plancycle.scoring.ScoreService;
import vn.plancycle.scoring.ScoringSettings;
import vn.plancycle.scoring.Subject;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.EngineUser;

/**
 * The evaluation's steps from the pages: the head's self-assessment, the reviewers' appraisal and revision,
 * the leaders' confirmation. Each checks who acts and what was typed ({@link EvaluationRules}), then completes
 * the waiting Camunda task as that user; a refusal changes nothing.
 */
@Service
public class EvaluationWorkflow {

    private final TaskService taskService;
    private final EngineUser engineUser;
    private final EvaluationService evaluations;
    private final EvaluationRules rules;
    private final ScoreService scores;
    private final ScoringSettings scoring;

    public EvaluationWorkflow(TaskService taskService, EngineUser engineUser, EvaluationService evaluations, EvaluationRules rules,
            ScoreService scores, ScoringSettings scoring) {
        this.taskService = taskService;
        this.engineUser = engineUser;
        this.evaluations = evaluations;
        this.rules = rules;
        this.scores = scores;
        this.scoring = scoring;
    }

    /** The waiting task of this key in the instance, or null. */
    public Task waiting(String processInstanceId, String taskKey) {
        if (processInstanceId == null) {
            return null;
        }
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
    }

    public boolean maySelfAssess(CurrentUser user, Evaluation e) {
        return user.isHeadOf(e.getUnitCode()) && waiting(e.getProcessInstanceId(), EvaluationProcess.TASK_SELF_ASSESS) != null;
    }

    public boolean mayAppraise(CurrentUser user, Evaluation e) {
        return user.isReviewer() && waiting(e.getProcessInstanceId(), EvaluationProcess.TASK_APPRAISE) != null;
    }

    public boolean mayRevise(CurrentUser user, Evaluation e, EvaluationRound round) {
        return user.isReviewer() && round.getStatus() == RoundStatus.RETURNED && e.getStatus() == EvaluationStatus.APPRAISED;
    }

    public boolean mayConfirm(CurrentUser user, EvaluationRound round) {
        return user.isLeader() && waiting(round.getProcessInstanceId(), EvaluationProcess.TASK_CONFIRM) != null;
    }

    public boolean mayFinishRevision(CurrentUser user, EvaluationRound round) {
        return user.isReviewer() && waiting(round.getProcessInstanceId(), EvaluationProcess.TASK_REVISE) != null;
    }

    @Transactional
    public void selfAssess(long evaluationId, CurrentUser user, String proposedClass, String explanation,
            String evidence) {
        Evaluation e = evaluations.evaluation(evaluationId);
        if (!user.isHeadOf(e.getUnitCode())) {
            throw new AccessDeniedException("self-assessment of " + e.getBusinessKey());
        }
        Task task = require(e.getProcessInstanceId(), EvaluationProcess.TASK_SELF_ASSESS);
        EvaluationRules.SelfAssessment s = rules.selfAssessment(proposedClass, explanation, evidence);
        Map<String, Object> variables = new HashMap<>();
        variables.put(EvaluationProcess.VAR_PROPOSED_CLASS, s.proposed().name());
        variables.put(EvaluationProcess.VAR_EXPLANATION, s.explanation());
        variables.put(EvaluationProcess.VAR_EVIDENCE, s.evidence() == null ? "" : s.evidence());
        complete(task, user, variables);
    }

    @Transactional
    public void appraise(long evaluationId, CurrentUser user, String decision, String comment, String adjustment,
            String reason) {
        Evaluation e = evaluations.evaluation(evaluationId);
        if (!user.isReviewer()) {
            throw new AccessDeniedException("appraisal of " + e.getBusinessKey());
        }
        Task task = require(e.getProcessInstanceId(), EvaluationProcess.TASK_APPRAISE);
        EvaluationRules.Appraisal a = rules.appraisal(decision, comment, adjustment, reason);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Decision.VAR_DECISION, a.decision());
        variables.put(Decision.VAR_COMMENT, a.comment() == null ? "" : a.comment());
        variables.put(EvaluationProcess.VAR_ADJUSTMENT, a.adjusted() ? a.adjustment().toPlainString() : "");
        variables.put(EvaluationProcess.VAR_ADJUSTMENT_REASON, a.adjusted() ? a.reason() : "");
        complete(task, user, variables);
    }

    /**
     * After the leaders returned the classification: a further adjustment of a unit's appraised score, recorded
     * as an {@code appraisal-adjustment} entry with its reason (the frozen scorecard counts it).
     */
    @Transactional
    public Evaluation revise(long evaluationId, CurrentUser user, String adjustment, String reason) {
        Evaluation e = evaluations.evaluation(evaluationId);
        EvaluationRound round = evaluations.requireRound(e.getYear());
        if (!user.isReviewer()) {
            throw new AccessDeniedException("revision of " + e.getBusinessKey());
        }
        if (!mayRevise(user, e, round)) {
            throw EvaluationRefusedException.conflict("evaluation.revise.notReturned");
        }
        EvaluationRules.Appraisal a = rules.appraisal(Decision.ACCEPTED, "", adjustment, reason);
        if (!a.adjusted()) {
            throw new EvaluationRefusedException("evaluation.revise.adjustmentRequired");
        }
        scores.record(new NewScore(e.getUnitCode(), e.getYear(), scoring.getScorecard().getAdjustmentCriterion(),
                a.adjustment(), null, new Subject("unit", e.getUnitCode()), a.reason(), user.username(), null, null,
                null, "evaluation-revision:" + e.getId() + ":" + UUID.randomUUID()));
        BigDecimal total = (e.getAdjustment() == null ? BigDecimal.ZERO : e.getAdjustment()).add(a.adjustment());
        e.revised(evaluations.scorecard(e).total(), total, a.reason(), user.username(), EvaluationService.now());
        return e;
    }

    @Transactional
    public void confirm(int year, CurrentUser user, String decision, String comment) {
        EvaluationRound round = evaluations.requireRound(year);
        if (!user.isLeader()) {
            throw new AccessDeniedException("confirming the classification of " + year);
        }
        Task task = require(round.getProcessInstanceId(), EvaluationProcess.TASK_CONFIRM);
        String d = decision == null ? "" : decision.strip();
        if (!Decision.APPROVED.equals(d) && !Decision.RETURNED.equals(d)) {
            throw new EvaluationRefusedException("evaluation.confirm.decisionRequired");
        }
        String problem = Decision.problem(d, comment);
        if (problem != null) {
            throw new EvaluationRefusedException(problem);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Decision.VAR_DECISION, d);
        variables.put(Decision.VAR_COMMENT, comment == null ? "" : comment.strip());
        complete(task, user, variables);
    }

    @Transactional
    public void finishRevision(int year, CurrentUser user, String note) {
        EvaluationRound round = evaluations.requireRound(year);
        if (!user.isReviewer()) {
            throw new AccessDeniedException("revision of " + year);
        }
        Task task = require(round.getProcessInstanceId(), EvaluationProcess.TASK_REVISE);
        String text = note == null ? "" : note.strip();
        if (text.length() > Decision.MAX_COMMENT) {
            throw new EvaluationRefusedException("evaluation.revise.noteTooLong", Decision.MAX_COMMENT);
        }
        complete(task, user, Map.of("revisionNote", text));
    }

    private Task require(String processInstanceId, String taskKey) {
        Task task = waiting(processInstanceId, taskKey);
        if (task == null) {
            throw EvaluationRefusedException.conflict("evaluation.notWaiting");
        }
        return task;
    }

    /** Completes the task as the user: the engine knows who acted (history, the score entries' "recorded by"). */
    private void complete(Task task, CurrentUser user, Map<String, Object> variables) {
        taskService.setAssignee(task.getId(), user.username());
        engineUser.run(user, () -> taskService.complete(task.getId(), variables));
    }
}
