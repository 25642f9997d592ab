package vn.plancycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.testsupport.AppTest;

/** The demo profile gives this year one plan in every state, made through the real process. */
@AppTest
class DemoPlansTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate rest;

    private final int year = Year.now().getValue();

    private String status(String unit) {
        return jdbc.queryForObject("SELECT p.status FROM plan p JOIN unit u ON p.unit_id = u.id "
                + "WHERE u.code = ? AND p.\"year\" = ?", String.class, unit, year);
    }

    @Test
    void everyStateHasADemoPlan() {
        assertThat(status("vp")).isEqualTo(PlanStatus.PUBLISHED.name());
        assertThat(status("khtc")).isEqualTo(PlanStatus.SUBMITTED.name());
        assertThat(status("tccb")).isEqualTo(PlanStatus.RETURNED.name());
        assertThat(status("cds")).isEqualTo(PlanStatus.DRAFT.name());
        assertThat(jdbc.queryForObject("SELECT return_comment FROM plan p JOIN unit u ON p.unit_id = u.id "
                + "WHERE u.code = 'tccb' AND p.\"year\" = ?", String.class, year)).contains("đào tạo");
    }

    @Test
    void theProcessStandsWhereThePlanDoes() {
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(UnitPlanProcess.businessKey("khtc", year))
                .taskDefinitionKey(UnitPlanProcess.TASK_APPROVE).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(UnitPlanProcess.businessKey("tccb", year))
                .taskDefinitionKey(UnitPlanProcess.TASK_DRAFT).count()).isEqualTo(1);
        // published: no person has anything left to do (only the notification jobs may still run)
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(UnitPlanProcess.businessKey("vp", year))
                .count()).isZero();
        assertThat(rest.getForObject("/public/plans?year=" + year, String.class))
                .contains("plan-vp").doesNotContain("plan-khtc").doesNotContain("plan-tccb");
    }
}
