package vn.plancycle.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.notification.NotifyProbe;
import vn.plancycle.notification.ProcessStep;
import vn.plancycle.testsupport.AppTest;

/**
 * The "score this step" step and the score ledger: who/what/why/when/step recorded, once per step,
 * corrections as new entries, the plan-issued-on-time rule of DOMAIN §4, unit scoping of the API.
 */
@AppTest
class RecordScoreTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ScoreService scoreService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void deploy() {
        NotifyProbe.deploy(repositoryService);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static void clock(int year, int month, int day) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(ZoneId.systemDefault())
                .toInstant()));
    }

    /** Runs the scoring step of a new instance and returns the entry it recorded. */
    private ScoreEntry score(int year, Map<String, Object> inputs) {
        String pi = NotifyProbe.startAtScore(runtimeService, year, inputs);
        managementService.executeJob(NotifyProbe.job(managementService, pi, NotifyProbe.TASK_SCORE).getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).as("ended").isZero();
        List<ScoreEntry> recorded = scoreService.entries("vp", year).stream()
                .filter(e -> pi.equals(e.processInstanceId())).toList();
        assertThat(recorded).hasSize(1);
        return recorded.get(0);
    }

    @Test
    void shouldRecordWhoWhatWhyWhenAndTheStep() {
        ScoreEntry e = score(2051, Map.of(NotifyProbe.VAR_CRITERION, "task-quality", NotifyProbe.VAR_POINTS, 2.5,
                NotifyProbe.VAR_SUBJECT, "task:42", NotifyProbe.VAR_REASON, "Kết quả được Thủ trưởng chấp nhận"));

        assertThat(e.unitCode()).isEqualTo("vp");
        assertThat(e.year()).isEqualTo(2051);
        assertThat(e.criterion()).isEqualTo("task-quality");
        assertThat(e.points()).isEqualByComparingTo("2.5");
        assertThat(e.maxPoints()).isNull();
        assertThat(e.subjectType()).isEqualTo("task");
        assertThat(e.subjectId()).isEqualTo("42");
        assertThat(e.reason()).isEqualTo("Kết quả được Thủ trưởng chấp nhận");
        assertThat(e.recordedBy()).isEqualTo("system");
        assertThat(e.activityId()).isEqualTo(NotifyProbe.TASK_SCORE);
        assertThat(e.activityInstanceId()).startsWith(NotifyProbe.TASK_SCORE + ":");
        assertThat(e.idempotencyKey()).startsWith(e.processInstanceId() + ":" + NotifyProbe.TASK_SCORE + ":");
        assertThat(e.createdAt()).isNotNull();
        assertThat(e.correctsEntryId()).isNull();
    }

    @Test
    void shouldRecordOnlyOncePerStep() {
        ScoreEntry first = score(2052, Map.of(NotifyProbe.VAR_CRITERION, "report-on-time", NotifyProbe.VAR_POINTS, "3",
                NotifyProbe.VAR_SUBJECT, "report:Q1"));
        ProcessStep sameStep = new ProcessStep(first.processInstanceId(), first.activityId(), "another-attempt",
                first.idempotencyKey().substring(first.idempotencyKey().lastIndexOf(':') + 1));
        assertThat(sameStep.idempotencyKey()).isEqualTo(first.idempotencyKey());

        ScoreEntry again = scoreService.recordStep(new StepScoreRequest("report-on-time", 3, null, "report:Q1", null,
                "vp", 2052, Map.of(), sameStep, "system"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(scoreService.entries("vp", 2052)).hasSize(1);
    }

    @Test
    void shouldCorrectByAddingAnEntryAndKeepTheOriginal() {
        ScoreEntry original = score(2053, Map.of(NotifyProbe.VAR_CRITERION, "task-timeliness", NotifyProbe.VAR_POINTS, 1,
                NotifyProbe.VAR_SUBJECT, "task:7"));

        ScoreEntry correction = scoreService.correct(original.id(), new BigDecimal("1.75"),
                "Gia hạn đã được Thủ trưởng chấp thuận, không tính chậm", "reviewer");

        assertThat(correction.id()).isNotEqualTo(original.id());
        assertThat(correction.correctsEntryId()).isEqualTo(original.id());
        assertThat(correction.points()).isEqualByComparingTo("1.75");
        assertThat(correction.recordedBy()).isEqualTo("reviewer");
        assertThat(correction.criterion()).isEqualTo("task-timeliness");
        assertThat(correction.subjectId()).isEqualTo("7");
        assertThat(scoreService.entries("vp", 2053)).hasSize(2).contains(original);
        assertThat(scoreService.currentEntries("vp", 2053)).containsExactly(correction);
        assertThatThrownBy(() -> scoreService.correct(original.id(), BigDecimal.ONE, " ", "reviewer"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveFullPlanPointsWhenApprovedByTheThirtyFirstOfJanuary() {
        clock(2054, 1, 31);
        ScoreEntry e = score(2054, Map.of(NotifyProbe.VAR_RULE, PlanIssuedOnTimeRule.NAME,
                NotifyProbe.VAR_SUBJECT, "plan:1"));

        assertThat(e.criterion()).isEqualTo(PlanIssuedOnTimeRule.NAME);
        assertThat(e.points()).isEqualByComparingTo("5");
        assertThat(e.maxPoints()).isEqualByComparingTo("5");
        assertThat(e.subjectType()).isEqualTo("plan");
        assertThat(e.reason()).isEqualTo("Kế hoạch năm 2054 được phê duyệt ngày 31/01/2054, đúng hạn 31/01/2054: 5/5 điểm.");
    }

    @Test
    void shouldGiveNoPlanPointsWhenApprovedLate() {
        clock(2055, 2, 1);
        ScoreEntry e = score(2055, Map.of(NotifyProbe.VAR_RULE, PlanIssuedOnTimeRule.NAME,
                NotifyProbe.VAR_SUBJECT, "plan:2"));

        assertThat(e.points()).isEqualByComparingTo("0");
        assertThat(e.maxPoints()).isEqualByComparingTo("5");
        assertThat(e.reason()).contains("01/02/2055").contains("chậm so với hạn 31/01/2055").contains("0/5 điểm");
    }

    @Test
    void shouldLetTheProcessDeadlineWinOverTheConfiguredOne() {
        clock(2056, 2, 20);
        ScoreEntry e = score(2056, Map.of(NotifyProbe.VAR_RULE, PlanIssuedOnTimeRule.NAME,
                NotifyProbe.VAR_SUBJECT, "plan:3", "approvalDeadline", "2056-02-29T23:59:59"));

        assertThat(e.points()).isEqualByComparingTo("5");
        assertThat(e.reason()).contains("đúng hạn 29/02/2056");
    }

    @Test
    void shouldTurnAModellingErrorIntoAFailedJobWithAClearMessage() {
        String pi = NotifyProbe.startAtScore(runtimeService, 2057, Map.of(NotifyProbe.VAR_RULE, "no-such-rule",
                NotifyProbe.VAR_SUBJECT, "plan:4"));
        Job job = NotifyProbe.job(managementService, pi, NotifyProbe.TASK_SCORE);

        assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                .hasMessageContaining("unknown score rule 'no-such-rule'");
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isLessThan(job.getRetries());

        String both = NotifyProbe.startAtScore(runtimeService, 2057, Map.of(NotifyProbe.VAR_RULE,
                PlanIssuedOnTimeRule.NAME, NotifyProbe.VAR_POINTS, 1, NotifyProbe.VAR_SUBJECT, "plan:4"));
        assertThatThrownBy(() -> managementService.executeJob(
                NotifyProbe.job(managementService, both, NotifyProbe.TASK_SCORE).getId()))
                .hasMessageContaining("either input 'points' or input 'rule'");
        assertThat(scoreService.entries("vp", 2057)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldShowTheScoresOnlyToTheUnitAndTheMinistry() {
        score(2058, Map.of(NotifyProbe.VAR_CRITERION, "transparency", NotifyProbe.VAR_POINTS, 2,
                NotifyProbe.VAR_SUBJECT, "unit:vp"));

        ResponseEntity<Map> refused = rest.withBasicAuth("staff-khtc", "demo").getForEntity("/api/scores/2058/vp", Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("error", "forbidden");

        for (String user : List.of("staff-vp", "head-vp", "reviewer")) {
            ResponseEntity<List> ok = rest.withBasicAuth(user, "demo").getForEntity("/api/scores/2058/vp", List.class);
            assertThat(ok.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat((List<Map<String, Object>>) ok.getBody()).as(user).singleElement()
                    .satisfies(m -> assertThat(m).containsEntry("criterion", "transparency")
                            .containsEntry("subjectId", "vp").containsEntry("unitCode", "vp"));
        }
    }
}
