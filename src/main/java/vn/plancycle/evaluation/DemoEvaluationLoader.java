package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.Decision;
import vn.plancycle.scoring.NewScore;
import vn.plancycle.scoring.ScoreService;
import vn.plancycle.scoring.Subject;
import vn.plancycle.security.CamundaIdentityAuthenticationProvider;
import vn.plancycle.security.CurrentUserService;

/**
 * The demo's evaluations (DESIGN "Demo data"), made through the same service and processes people use:
 * <ul>
 * <li>2025: a published round whose classes differ — vp 95 and khtc 93 both score excellent, but with five units
 * good or better only one may be (⌊5 × 20 %⌋ = 1): khtc falls back to good (over the cap).</li>
 * <li>2024: the same scores, every unit appraised, waiting for the leaders' confirmation.</li>
 * <li>2026 (this year), opened early by the reviewer: vp and cds waiting for their self-assessment, khtc and khcn
 * self-assessed and waiting for the appraisal, tccb and pc appraised.</li>
 * </ul>
 * The score entries carry demo idempotency keys and a step already taken is not taken again, so a restart
 * changes nothing. Runs after the demo reports.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "plancycle.demo.enabled", havingValue = "true")
public class DemoEvaluationLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEvaluationLoader.class);

    /** Task points (of 70) per unit; with the plan issued on time (5) and reports on time (10) the total is 20 + these. */
    private static final Map<String, String> TASK_POINTS = new LinkedHashMap<>();
    /** The reviewers' adjustments (points and reason). */
    private static final Map<String, String[]> ADJUSTMENTS = new LinkedHashMap<>();

    static {
        TASK_POINTS.put("vp", "70");
        TASK_POINTS.put("khtc", "70");
        TASK_POINTS.put("tccb", "62");
        TASK_POINTS.put("cds", "55");
        TASK_POINTS.put("khcn", "50");
        TASK_POINTS.put("pc", "30");
        ADJUSTMENTS.put("vp", new String[] {"5", "Dẫn đầu Bộ về chuyển đổi số, được Bộ trưởng khen thưởng"});
        ADJUSTMENTS.put("khtc", new String[] {"3", "Hoàn thành sớm đề án đột phá về tài chính số"});
    }

    enum Target { SELF_ASSESSMENT, APPRAISAL, APPRAISED }

    private final EvaluationService evaluations;
    private final EvaluationWorkflow workflow;
    private final EvaluationRepository repository;
    private final ScoreService scores;
    private final ManagementService managementService;
    private final CurrentUserService currentUser;
    private final CamundaIdentityAuthenticationProvider identity;

    public DemoEvaluationLoader(EvaluationService evaluations, EvaluationWorkflow workflow,
            EvaluationRepository repository, ScoreService scores, ManagementService managementService,
            CurrentUserService currentUser, CamundaIdentityAuthenticationProvider identity) {
        this.evaluations = evaluations;
        this.workflow = workflow;
        this.repository = repository;
        this.scores = scores;
        this.managementService = managementService;
        this.currentUser = currentUser;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = EvaluationService.now().getYear();
        for (int past : new int[] {year - 1, year - 2}) {
            Map<String, Target> all = new LinkedHashMap<>();
            TASK_POINTS.keySet().forEach(u -> all.put(u, Target.APPRAISED));
            seedScores(past);
            round(past, all);
        }
        EvaluationRound last = evaluations.round(year - 1).orElseThrow();
        if (!last.isPublished()) {
            waitFor(last.getProcessInstanceId(), EvaluationProcess.TASK_CONFIRM);
            if (workflow.waiting(last.getProcessInstanceId(), EvaluationProcess.TASK_CONFIRM) != null) {
                act("leader", () -> {
                    workflow.confirm(last.getYear(), currentUser.current(), Decision.APPROVED, "");
                    return null;
                });
            }
            runJobs(last.getProcessInstanceId());
            repository.findByYearOrderByUnitCodeAsc(last.getYear()).forEach(e -> runJobs(e.getProcessInstanceId()));
        }
        Map<String, Target> now = new LinkedHashMap<>();
        now.put("khtc", Target.APPRAISAL);
        now.put("khcn", Target.APPRAISAL);
        now.put("tccb", Target.APPRAISED);
        now.put("pc", Target.APPRAISED);
        round(year, now);
        LOG.info("Demo evaluations: {} published, {} waiting for the leaders, {} open with units in every state",
                year - 1, year - 2, year);
    }

    private void seedScores(int year) {
        TASK_POINTS.forEach((unit, points) -> {
            entry(unit, year, "task-result", points, "70");
            entry(unit, year, "plan-issued-on-time", "5", "5");
            entry(unit, year, "report-on-time", "10", "10");
        });
    }

    private void entry(String unit, int year, String criterion, String points, String max) {
        scores.record(new NewScore(unit, year, criterion, new BigDecimal(points), new BigDecimal(max),
                new Subject("unit", unit), "Dữ liệu minh hoạ năm " + year, "system", null, null, null,
                "demo:evaluation:" + year + ":" + unit + ":" + criterion));
    }

    private void round(int year, Map<String, Target> targets) {
        EvaluationRound round = evaluations.open(year, "reviewer").round();
        runJobs(round.getProcessInstanceId());
        for (Evaluation e : repository.findByYearOrderByUnitCodeAsc(year)) {
            Target target = targets.get(e.getUnitCode());
            if (target != null) {
                moveTo(e.getId(), target);
            } else {
                runJobs(e.getProcessInstanceId());
            }
        }
        runJobs(round.getProcessInstanceId());
    }

    private void moveTo(long evaluationId, Target target) {
        Evaluation e = repository.require(evaluationId);
        String pid = e.getProcessInstanceId();
        if (pid == null) {
            return;
        }
        runJobs(pid);
        String unit = e.getUnitCode();
        if (waitFor(pid, EvaluationProcess.TASK_SELF_ASSESS)) {
            act("head-" + unit, () -> {
                workflow.selfAssess(evaluationId, currentUser.current(), unit.equals("vp") || unit.equals("khtc")
                        ? "EXCELLENT" : "GOOD", "Đơn vị đã hoàn thành các nhiệm vụ của kế hoạch năm; chi tiết trong "
                        + "báo cáo năm và bảng điểm.", "Báo cáo năm của đơn vị; https://plancycle.example.vn/minh-chung/" + unit);
                return null;
            });
            runJobs(pid);
        }
        if (target == Target.APPRAISAL) {
            return;
        }
        if (waitFor(pid, EvaluationProcess.TASK_APPRAISE)) {
            String[] adjustment = ADJUSTMENTS.getOrDefault(unit, new String[] {"", ""});
            act("reviewer", () -> {
                workflow.appraise(evaluationId, currentUser.current(), Decision.ACCEPTED, "", adjustment[0],
                        adjustment[1]);
                return null;
            });
            runJobs(pid);
        }
    }

    /** One step as the user; a step taken meanwhile by the engine (a timer) is left as it is. */
    private void act(String username, java.util.function.Supplier<Object> step) {
        try {
            identity.actingAs(username, step);
        } catch (RuntimeException ex) {
            LOG.info("demo evaluation step as {} not taken: {}", username, ex.getMessage());
        }
    }

    /** True once the task waits (the job executor may be running the instance's jobs meanwhile). */
    private boolean waitFor(String pid, String taskKey) {
        for (int i = 0; i < 50; i++) {
            if (workflow.waiting(pid, taskKey) != null) {
                return true;
            }
            if (i > 0 && managementService.createJobQuery().processInstanceId(pid).messages().list().stream()
                    .allMatch(this::isNotice)) {
                return false;
            }
            runJobs(pid);
            try {
                Thread.sleep(100);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * Runs the instance's asynchronous continuations now (the job executor may be off, as in tests, or racing),
     * except the notices: they run on parallel branches, and the job executor sends them (or retries them).
     */
    private void runJobs(String pid) {
        if (pid == null) {
            return;
        }
        for (int round = 0; round < 10; round++) {
            var jobs = managementService.createJobQuery().processInstanceId(pid).messages().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs = jobs.stream().filter(job -> !isNotice(job)).toList();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException ex) {
                    LOG.debug("demo job {} did not run here: {}", job.getId(), ex.getMessage());
                }
            }
        }
    }

    /** A notice or reminder step's job (by its job definition's activity). */
    private boolean isNotice(Job job) {
        if (job.getJobDefinitionId() == null) {
            return false;
        }
        var definition = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        String activity = definition == null ? null : definition.getActivityId();
        return activity != null && (activity.startsWith("Task_Notify") || activity.startsWith("Task_Remind"));
    }
}
