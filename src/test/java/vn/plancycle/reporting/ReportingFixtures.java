package vn.plancycle.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.testsupport.AsyncJobs;

/** Opens cycles through {@link ReportingService} and drives their {@code unit-report} instances. */
final class ReportingFixtures {

    private final ReportingService reporting;
    private final UnitReportRepository reports;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    ReportingFixtures(ReportingService reporting, UnitReportRepository reports, RuntimeService runtimeService,
            TaskService taskService, ManagementService managementService, JdbcTemplate jdbc) {
        this.reporting = reporting;
        this.reports = reports;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** An ad-hoc cycle for these units, opened by the reviewer "now", due on the given day. */
    ReportingCycle adHoc(int year, String title, LocalDate due, String... units) {
        return reporting.open(new OpenCycleRequest(year, null, "AD_HOC", title, due, null, List.of(units)),
                "reviewer").cycle();
    }

    ReportingCycle periodic(int year, ReportingPeriod period) {
        return reporting.open(OpenCycleRequest.periodic(year, period), "reviewer").cycle();
    }

    /** Starts the cycle's unit reports (the multi-instance jobs) and returns the unit's instance. */
    ProcessInstance unitReport(ReportingCycle cycle, String unit) {
        executeDueJobs(cycle.getProcessInstanceId());
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(UnitReport.businessKey(unit, cycle.getYear(), cycle.getPeriod()))
                .singleResult();
        executeDueJobs(pi.getId());
        return pi;
    }

    UnitReport report(ReportingCycle cycle, String unit) {
        return reports.findByCycleIdAndUnitCode(cycle.getId(), unit).orElseThrow();
    }

    UnitReport report(long id) {
        return reports.findById(id).orElseThrow();
    }

    /** Staff write the narrative (as the report page does). */
    void write(long reportId, String results, String nextTasks) {
        UnitReport report = report(reportId);
        report.write(results, "Một số nhiệm vụ chậm do thiếu kinh phí", nextTasks, "Bổ sung kinh phí", "staff",
                LocalDateTime.now());
        reports.save(report);
    }

    void complete(ProcessInstance pi, String taskKey, Object... variables) {
        Map<String, Object> vars = new java.util.HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        taskService.complete(task(taskKey, pi).getId(), vars);
        executeDueJobs(pi.getId());
    }

    void decide(ProcessInstance pi, String taskKey, String decision, String comment) {
        taskService.complete(task(taskKey, pi).getId(), withVariables("decision", decision, "comment", comment));
        executeDueJobs(pi.getId());
    }

    /** Written, sent, signed and submitted: waiting for the reviewers. */
    void submit(ProcessInstance pi, long reportId) {
        write(reportId, "Hoàn thành 4/5 nhiệm vụ", "Tổ chức tập huấn chuyển đổi số");
        complete(pi, UnitReportProcess.TASK_WRITE);
        decide(pi, UnitReportProcess.TASK_SIGN, "approved", "");
    }

    void executeDueJobs(String processInstanceId) {
        AsyncJobs.executeDue(managementService, processInstanceId);
    }

    Job timer(String processInstanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .singleResult();
    }

    /** Moves the clock just past the timer and fires it, then runs what it triggered. */
    void fire(String processInstanceId, String activityId) {
        Job timer = timer(processInstanceId, activityId);
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        managementService.executeJob(timer.getId());
        executeDueJobs(processInstanceId);
    }

    static void clock(String isoDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoDateTime).atZone(ZoneId.systemDefault()).toInstant()));
    }

    static LocalDateTime local(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    Map<String, Object> score(long reportId, String criterion) {
        return jdbc.queryForMap("SELECT points, max_points, reason FROM score_entry WHERE subject_type = 'report' "
                + "AND subject_id = ? AND criterion = ?", String.valueOf(reportId), criterion);
    }

    long scoreCount(long reportId, String criterion) {
        return jdbc.queryForObject("SELECT count(*) FROM score_entry WHERE subject_type = 'report' AND subject_id = ? "
                + "AND criterion = ?", Long.class, String.valueOf(reportId), criterion);
    }

    BigDecimal scoreSum(long reportId) {
        return jdbc.queryForObject("SELECT coalesce(sum(points), 0) FROM score_entry WHERE subject_type = 'report' "
                + "AND subject_id = ?", BigDecimal.class, String.valueOf(reportId));
    }

    long inbox(String user, String template) {
        return jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE recipient = ? AND template = ?",
                Long.class, user, template);
    }
}
