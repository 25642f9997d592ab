package vn.plancycle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static vn.plancycle.evaluation.EvaluationFixtures.clock;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.plancycle.scoring.Classification;
import vn.plancycle.scoring.ClassifiedUnit;
import vn.plancycle.scoring.NewScore;
import vn.plancycle.scoring.ScoreService;
import vn.plancycle.scoring.Subject;
import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.TestSmtp;

/**
 * Every path of {@code evaluation-round} and {@code annual-evaluation}: the timer opening and "already open", the
 * requested opening (idempotent), the freeze with the evaluation's own criteria, the self-assessment with its
 * reminder and its deadline, the reviewers' return, an adjustment recorded as an entry, the leaders' return and
 * the revision, the close-date reminder, and the publication with the 20 % cap. Years 2095–2099; job executor off.
 */
@AppTest
class EvaluationProcessTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    FormService formService;
    @Autowired
    EvaluationService service;
    @Autowired
    EvaluationRepository evaluations;
    @Autowired
    EvaluationRoundRepository rounds;
    @Autowired
    ScoreService scores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EvaluationWorkflow workflow;

    EvaluationFixtures fx;

    @BeforeEach
    void setUp() {
        init(engine);
        fx = new EvaluationFixtures(runtimeService, taskService, managementService, evaluations, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance opened(int year) {
        EvaluationService.OpenResult result = service.open(year, "reviewer");
        ProcessInstance round = fx.instance(result.round().getProcessInstanceId());
        fx.jobs(round.getId());
        return round;
    }

    private List<Map<String, Object>> entries(String unit, int year, String criterion) {
        return jdbc.queryForList("SELECT points, max_points, reason, recorded_by FROM score_entry WHERE unit_code = ? "
                + "AND \"year\" = ? AND criterion = ? ORDER BY id", unit, year, criterion);
    }

    private void record(String unit, int year, String criterion, String points, String max) {
        scores.record(new NewScore(unit, year, criterion, new BigDecimal(points), new BigDecimal(max),
                new Subject("unit", unit), "kiểm thử", "test", null, null, null,
                "test:eval:" + unit + ":" + year + ":" + criterion));
    }

    @Test
    void shouldOpenRequestedRoundOnceFreezeScorecardsAndWaitForSelfAssessments() {
        clock("2099-11-20T09:00:00");
        EvaluationService.OpenResult first = service.open(2099, "reviewer");
        EvaluationService.OpenResult again = service.open("2099", "reviewer");
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.round().getId()).isEqualTo(first.round().getId());
        ProcessInstance round = fx.instance(first.round().getProcessInstanceId());
        assertThat(round).hasBusinessKey("EVAL-2099").hasPassed(EvaluationProcess.START_REQUESTED)
                .hasNotPassed(EvaluationProcess.TASK_OPEN_SCHEDULED).isWaitingAt(EvaluationProcess.TASK_START_UNITS);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("EVAL-2099").count()).isEqualTo(1);

        fx.jobs(round.getId());
        assertThat(round).isWaitingAt(EvaluationProcess.EVENT_ALL_APPRAISED);
        List<Evaluation> all = fx.ofYear(2099);
        assertThat(all).extracting(Evaluation::getUnitCode).contains("vp", "khtc", "tccb", "cds", "khcn", "pc")
                .doesNotContain("ttdl");
        // a unit's evaluation is started once, whatever the step is run again
        assertThat(service.startEvaluations(first.round().getId())).isZero();
        Evaluation vp = fx.evaluation("vp", 2099);
        ProcessInstance unit = fx.instance(vp.getProcessInstanceId());
        assertThat(unit).hasBusinessKey("EVAL-VP-2099");
        assertThat(unit.getTenantId()).isEqualTo("vp");
        assertThat(unit).isWaitingAt(EvaluationProcess.TASK_SCORE_LEADERSHIP);

        fx.jobs(unit.getId());
        assertThat(unit).hasPassed(EvaluationProcess.TASK_SCORE_LEADERSHIP, EvaluationProcess.TASK_SCORE_TRAINING,
                EvaluationProcess.TASK_SCORE_PUBLISHED, EvaluationProcess.TASK_FREEZE, EvaluationProcess.TASK_NOTIFY_OPENED)
                .isWaitingAt(EvaluationProcess.TASK_SELF_ASSESS);
        Task self = fx.task(unit.getId(), EvaluationProcess.TASK_SELF_ASSESS);
        assertThat(self).hasCandidateGroup("unit-vp-head");
        assertThat(formService.getDeployedTaskForm(self.getId())).isNotNull();
        // the criteria only the evaluation knows: no workforce figures for 2099, no plan of 2099
        assertThat(entries("vp", 2099, "workforce-leadership")).singleElement().satisfies(e -> {
            assertThat((BigDecimal) e.get("points")).isEqualByComparingTo("0");
            assertThat((BigDecimal) e.get("max_points")).isEqualByComparingTo("2.5");
            assertThat((String) e.get("reason")).contains("chưa nhập số liệu nhân lực năm 2099");
        });
        assertThat(entries("vp", 2099, "workforce-training")).hasSize(1);
        assertThat(entries("vp", 2099, "plan-published")).singleElement().satisfies(e -> {
            assertThat((BigDecimal) e.get("max_points")).isEqualByComparingTo("5");
            assertThat((String) e.get("reason")).contains("chưa được lập");
        });
        vp = fx.evaluation("vp", 2099);
        assertThat(vp.getStatus()).isEqualTo(EvaluationStatus.WAITING_SELF_ASSESSMENT);
        assertThat(vp.getFrozenEntryId()).isNotNull();
        assertThat(vp.getFrozenTotal()).isEqualByComparingTo("0");
        assertThat(fx.inbox("head-vp", "evaluation-opened")).isPositive();
    }

    @Test
    void shouldOpenOnTheTimerAndEndWhenTheYearIsAlreadyOpen() {
        clock("2097-12-01T08:00:00");
        Job timer = managementService.createJobQuery().processDefinitionKey(EvaluationProcess.ROUND_KEY).timers()
                .activityId(EvaluationProcess.START_SCHEDULED).singleResult();
        assertThat(timer).isNotNull();
        managementService.executeJob(timer.getId());
        EvaluationRound round = rounds.findByYear(2097).orElseThrow();
        assertThat(round.getOpenedBy()).isEqualTo("system");
        ProcessInstance pi = fx.instance(round.getProcessInstanceId());
        assertThat(pi).hasBusinessKey("EVAL-2097").hasPassed(EvaluationProcess.TASK_OPEN_SCHEDULED)
                .isWaitingAt(EvaluationProcess.TASK_START_UNITS);

        // the next firing in the same year finds the round open
        Job next = managementService.createJobQuery().processDefinitionKey(EvaluationProcess.ROUND_KEY).timers()
                .activityId(EvaluationProcess.START_SCHEDULED).singleResult();
        String before = round.getProcessInstanceId();
        // counted before and after: the shared database keeps the ends of earlier runs
        long endedBefore = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(EvaluationProcess.END_ALREADY_OPEN).count();
        managementService.executeJob(next.getId());
        assertThat(rounds.findByYear(2097).orElseThrow().getProcessInstanceId()).isEqualTo(before);
        assertThat(service.open(2097, "reviewer").created()).isFalse();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(EvaluationProcess.END_ALREADY_OPEN).count()).isEqualTo(endedBefore + 1);
    }

    @Test
    void shouldRemindTheHeadMoveOnAtTheDeadlineAndLetTheReviewersReturnTheSelfAssessment() {
        clock("2098-11-25T09:00:00");
        ProcessInstance round = opened(2098);
        Evaluation khtc = fx.evaluation("khtc", 2098);
        String pid = khtc.getProcessInstanceId();
        fx.jobs(pid);
        assertThat(fx.instance(pid)).isWaitingAt(EvaluationProcess.TASK_SELF_ASSESS);

        clock("2098-12-06T08:01:00");
        fx.fire(pid, EvaluationProcess.TIMER_SELF_REMINDER);
        assertThat(fx.instance(pid)).hasPassed(EvaluationProcess.TASK_REMIND_HEAD).isWaitingAt(EvaluationProcess.TASK_SELF_ASSESS);
        assertThat(fx.inbox("head-khtc", "evaluation-reminder")).isPositive();

        clock("2098-12-08T08:01:00");
        fx.fire(pid, EvaluationProcess.TIMER_SELF_DEADLINE);
        assertThat(fx.instance(pid)).hasPassed(EvaluationProcess.TASK_RECORD_MISSING, EvaluationProcess.TASK_NOTIFY_REVIEWERS)
                .isWaitingAt(EvaluationProcess.TASK_APPRAISE);
        khtc = fx.evaluation("khtc", 2098);
        assertThat(khtc.isSelfMissing()).isTrue();
        assertThat(khtc.getStatus()).isEqualTo(EvaluationStatus.WAITING_APPRAISAL);
        assertThat(fx.task(pid, EvaluationProcess.TASK_APPRAISE)).hasCandidateGroup("ministry-reviewers");

        // a return needs a comment: refused, nothing changes
        Task appraise = fx.task(pid, EvaluationProcess.TASK_APPRAISE);
        assertThatThrownBy(() -> taskService.complete(appraise.getId(), Map.of("decision", "returned", "comment", "")))
                .isInstanceOf(ProcessEngineException.class);
        fx.appraise(pid, "returned", "Đề nghị đơn vị gửi tự đánh giá kèm minh chứng", "", "");
        assertThat(fx.instance(pid)).hasPassed(EvaluationProcess.TASK_NOTIFY_RETURNED)
                .isWaitingAt(EvaluationProcess.TASK_SELF_ASSESS);
        khtc = fx.evaluation("khtc", 2098);
        assertThat(khtc.getReturnCount()).isEqualTo(1);
        assertThat(khtc.getStatus()).isEqualTo(EvaluationStatus.WAITING_SELF_ASSESSMENT);
        assertThat(fx.inbox("head-khtc", "evaluation-returned")).isPositive();
        // returned after the deadline: three days again, not a timer already due
        assertThat(fx.timer(pid, EvaluationProcess.TIMER_SELF_DEADLINE).getDuedate())
                .isAfter(java.sql.Timestamp.valueOf("2098-12-11T08:00:00".replace('T', ' ')));

        // a self-assessment without explanation is refused; then sent
        Task self = fx.task(pid, EvaluationProcess.TASK_SELF_ASSESS);
        assertThatThrownBy(() -> taskService.complete(self.getId(), Map.of("proposedClass", "GOOD", "explanation", " ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("giải trình");
        fx.selfAssess(pid, "GOOD");
        khtc = fx.evaluation("khtc", 2098);
        assertThat(khtc.getSelfClass()).isEqualTo(Classification.GOOD);
        assertThat(khtc.isSelfMissing()).isFalse();
        assertThat(fx.instance(pid)).isWaitingAt(EvaluationProcess.TASK_APPRAISE);
        assertThat(round).isWaitingAt(EvaluationProcess.EVENT_ALL_APPRAISED);
    }

    @Test
    void shouldRecordTheAdjustmentLetLeadersReturnThenPublishWithTheCap() {
        clock("2096-11-20T09:00:00");
        // task results and general points so that the frozen totals are 20 + task points (see ScorecardCalculator)
        Map<String, String> tasks = Map.of("vp", "70", "khtc", "70", "tccb", "60", "cds", "55", "khcn", "50", "pc", "20");
        tasks.forEach((unit, points) -> {
            record(unit, 2096, "task-result", points, "70");
            record(unit, 2096, "plan-issued-on-time", "5", "5");
            record(unit, 2096, "report-on-time", "10", "10");
        });
        ProcessInstance round = opened(2096);
        for (Evaluation e : fx.ofYear(2096)) {
            fx.jobs(e.getProcessInstanceId());
        }
        assertThat(fx.evaluation("vp", 2096).getFrozenTotal()).isEqualByComparingTo("90");
        assertThat(fx.evaluation("pc", 2096).getFrozenTotal()).isEqualByComparingTo("40");

        // an adjustment without a reason is refused and changes nothing
        String vpPid = fx.evaluation("vp", 2096).getProcessInstanceId();
        fx.selfAssess(vpPid, "EXCELLENT");
        Task appraise = fx.task(vpPid, EvaluationProcess.TASK_APPRAISE);
        assertThatThrownBy(() -> taskService.complete(appraise.getId(), Map.of("decision", "accepted", "comment", "",
                "adjustment", "2", "adjustmentReason", ""))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("lý do");
        assertThatThrownBy(() -> taskService.complete(appraise.getId(), Map.of("decision", "accepted", "comment", "",
                "adjustment", "25", "adjustmentReason", "quá nhiều"))).isInstanceOf(ProcessEngineException.class);
        assertThat(entries("vp", 2096, "appraisal-adjustment")).isEmpty();
        assertThat(fx.instance(vpPid)).isWaitingAt(EvaluationProcess.TASK_APPRAISE);

        // vp 90 + 5 = 95, khtc 90 + 3 = 93: both excellent by score, only one may be (5 good-or-better: cap 1)
        fx.appraise(vpPid, "accepted", "", "5", "Đơn vị dẫn đầu về chuyển đổi số");
        assertThat(fx.instance(vpPid)).hasPassed(EvaluationProcess.TASK_SCORE_ADJUSTMENT, EvaluationProcess.TASK_RECORD_APPRAISED)
                .isWaitingAt(EvaluationProcess.EVENT_PUBLISHED);
        assertThat(entries("vp", 2096, "appraisal-adjustment")).singleElement().satisfies(e -> {
            assertThat((BigDecimal) e.get("points")).isEqualByComparingTo("5");
            assertThat(e.get("max_points")).isNull();
            assertThat((String) e.get("reason")).isEqualTo("Đơn vị dẫn đầu về chuyển đổi số");
        });
        assertThat(fx.evaluation("vp", 2096).getAppraisedScore()).isEqualByComparingTo("95");
        Map<String, String> adjust = Map.of("khtc", "3", "tccb", "0", "cds", "0", "khcn", "0", "pc", "");
        for (Evaluation e : fx.ofYear(2096)) {
            if (e.getUnitCode().equals("vp")) {
                continue;
            }
            fx.selfAssess(e.getProcessInstanceId(), "GOOD");
            String points = adjust.getOrDefault(e.getUnitCode(), "");
            fx.appraise(e.getProcessInstanceId(), "accepted", "", points, points.isEmpty() || points.equals("0") ? "" : "Bổ sung kết quả");
            assertThat(fx.instance(e.getProcessInstanceId())).isWaitingAt(EvaluationProcess.EVENT_PUBLISHED);
        }
        assertThat(fx.instance(fx.evaluation("tccb", 2096).getProcessInstanceId()))
                .hasNotPassed(EvaluationProcess.TASK_SCORE_ADJUSTMENT);
        assertThat(fx.evaluation("khtc", 2096).getAppraisedScore()).isEqualByComparingTo("93");
        assertThat(round).isWaitingAt(EvaluationProcess.TASK_CONFIRM);
        assertThat(rounds.findByYear(2096).orElseThrow().getStatus()).isEqualTo(RoundStatus.WAITING_LEADERS);
        Task confirm = fx.task(round.getId(), EvaluationProcess.TASK_CONFIRM);
        assertThat(confirm).hasCandidateGroup("ministry-leaders");
        assertThat(formService.getDeployedTaskForm(confirm.getId())).isNotNull();

        // the close date comes near: the leaders are reminded, the task stays
        clock("2096-12-14T08:01:00");
        fx.fire(round.getId(), EvaluationProcess.TIMER_CLOSE_NEAR);
        assertThat(round).hasPassed(EvaluationProcess.TASK_REMIND_LEADERS).isWaitingAt(EvaluationProcess.TASK_CONFIRM);
        assertThat(fx.inbox("leader", "evaluation-close-near")).isPositive();

        // a further adjustment only after the leaders' return
        vn.plancycle.security.CurrentUser reviewer = new vn.plancycle.security.CurrentUser("reviewer",
                java.util.Set.of("ministry-reviewers"));
        long pcId = fx.evaluation("pc", 2096).getId();
        assertThatThrownBy(() -> workflow.revise(pcId, reviewer, "10", "Bổ sung kết quả cải cách thủ tục"))
                .isInstanceOf(EvaluationRefusedException.class);

        // the leaders return it; the reviewers revise and send it back
        assertThatThrownBy(() -> taskService.complete(fx.task(round.getId(), EvaluationProcess.TASK_CONFIRM).getId(),
                Map.of("decision", "returned", "comment", ""))).isInstanceOf(ProcessEngineException.class);
        fx.complete(round.getId(), EvaluationProcess.TASK_CONFIRM, "decision", "returned", "comment", "Rà soát lại điểm của pc");
        assertThat(round).isWaitingAt(EvaluationProcess.TASK_REVISE);
        assertThat(fx.task(round.getId(), EvaluationProcess.TASK_REVISE)).hasCandidateGroup("ministry-reviewers");
        EvaluationRound returned = rounds.findByYear(2096).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(RoundStatus.RETURNED);
        assertThat(returned.getReturnComment()).isEqualTo("Rà soát lại điểm của pc");
        assertThatThrownBy(() -> workflow.revise(pcId, reviewer, "10", " "))
                .isInstanceOf(EvaluationRefusedException.class);
        workflow.revise(pcId, reviewer, "10", "Bổ sung kết quả cải cách thủ tục");
        assertThat(fx.evaluation("pc", 2096).getAppraisedScore()).isEqualByComparingTo("50");
        assertThat(entries("pc", 2096, "appraisal-adjustment")).singleElement()
                .satisfies(e -> assertThat(e.get("recorded_by")).isEqualTo("reviewer"));
        fx.complete(round.getId(), EvaluationProcess.TASK_REVISE, "revisionNote", "Đã rà soát");
        assertThat(round).isWaitingAt(EvaluationProcess.TASK_CONFIRM);

        var outcome = service.classification(rounds.findByYear(2096).orElseThrow().getId());
        assertThat(outcome.goodOrBetter()).isEqualTo(5);
        assertThat(outcome.excellentCap()).isEqualTo(1);
        fx.complete(round.getId(), EvaluationProcess.TASK_CONFIRM, "decision", "approved", "comment", "");
        assertThat(round).hasPassed(EvaluationProcess.TASK_PUBLISH, EvaluationProcess.TASK_NOTIFY_PUBLISHED,
                EvaluationProcess.GATEWAY_ALL_APPRAISED, EvaluationProcess.GATEWAY_LEADERS_APPROVED,
                EvaluationProcess.END_PUBLISHED).isEnded();
        assertThat(rounds.findByYear(2096).orElseThrow().getStatus()).isEqualTo(RoundStatus.PUBLISHED);

        Evaluation vp = fx.evaluation("vp", 2096);
        Evaluation khtc = fx.evaluation("khtc", 2096);
        assertThat(vp.getFinalClass()).isEqualTo(Classification.EXCELLENT);
        assertThat(vp.getFallBack()).isNull();
        assertThat(khtc.getFinalClass()).isEqualTo(Classification.GOOD);
        assertThat(khtc.getFallBack()).isEqualTo(ClassifiedUnit.FallBack.OVER_CAP);
        assertThat(fx.evaluation("tccb", 2096).getFinalClass()).isEqualTo(Classification.GOOD);
        // 40 frozen + 10 in the revision: completed
        assertThat(fx.evaluation("pc", 2096).getFinalClass()).isEqualTo(Classification.COMPLETED);
        for (Evaluation e : fx.ofYear(2096)) {
            assertThat(e.getStatus()).isEqualTo(EvaluationStatus.PUBLISHED);
            fx.jobs(e.getProcessInstanceId());
            assertThat(fx.instance(e.getProcessInstanceId())).isNull();
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(vp.getProcessInstanceId())
                .singleResult().getEndActivityId()).isEqualTo(EvaluationProcess.END_EVALUATED);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(vp.getProcessInstanceId())
                .list().stream().map(a -> a.getActivityId()).toList()).contains(EvaluationProcess.GATEWAY_APPRAISAL_ACCEPTED,
                EvaluationProcess.GATEWAY_ADJUSTED, EvaluationProcess.TASK_SCORE_ADJUSTMENT,
                EvaluationProcess.TASK_NOTIFY_APPRAISED, EvaluationProcess.TASK_NOTIFY_PUBLISHED_HEAD);
        // the notice names the class in Vietnamese, from messages/scoring
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(vp.getProcessInstanceId()).variableName(EvaluationProcess.VAR_FINAL_CLASS)
                .singleResult().getValue()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(fx.inbox("head-khtc", "evaluation-published")).isPositive();
    }
}
