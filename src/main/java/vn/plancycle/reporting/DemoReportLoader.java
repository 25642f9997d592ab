package vn.plancycle.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.plancycle.approval.ApprovalService;
import vn.plancycle.approval.Decision;
import vn.plancycle.security.CamundaIdentityAuthenticationProvider;
import vn.plancycle.security.CurrentUserService;

/**
 * The demo's reports (DESIGN.md, "Demo data"), made through the same service and process people use:
 * the latest periodic cycle whose cut-off has passed (Q3 of this year from mid-September) with vp
 * accepted, khtc submitted, tccb returned by the reviewer with a comment, cds waiting for its head,
 * khcn drafting and pc not started. A report already at (or past) its state is left as it is, so a
 * restart changes nothing. Runs after {@code DemoPlanLoader}.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "plancycle.demo.enabled", havingValue = "true")
public class DemoReportLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoReportLoader.class);
    private static final Map<String, ReportStatus> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("vp", ReportStatus.ACCEPTED);
        TARGETS.put("khtc", ReportStatus.SUBMITTED);
        TARGETS.put("tccb", ReportStatus.RETURNED);
        TARGETS.put("cds", ReportStatus.WAITING_HEAD);
        TARGETS.put("khcn", ReportStatus.DRAFTING);
        TARGETS.put("pc", ReportStatus.NOT_STARTED);
    }

    private final ReportingService reporting;
    private final ReportingWorkflow workflow;
    private final UnitReportRepository reports;
    private final ReportClock clock;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final ApprovalService approvals;
    private final CurrentUserService currentUser;
    private final CamundaIdentityAuthenticationProvider identity;
    private final ReportingSettings settings;

    public DemoReportLoader(ReportingService reporting, ReportingWorkflow workflow, UnitReportRepository reports,
            ReportClock clock, TaskService taskService,
            ManagementService managementService, ApprovalService approvals, CurrentUserService currentUser,
            CamundaIdentityAuthenticationProvider identity, ReportingSettings settings) {
        this.reporting = reporting;
        this.workflow = workflow;
        this.reports = reports;
        this.clock = clock;
        this.taskService = taskService;
        this.managementService = managementService;
        this.approvals = approvals;
        this.currentUser = currentUser;
        this.identity = identity;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = clock.now().toLocalDate();
        int year = today.getYear();
        ReportingPeriod period = latestCutOffBefore(today);
        if (period == null) {
            year--;
            period = ReportingPeriod.Q3;
        }
        ReportingCycle cycle = reporting.open(OpenCycleRequest.periodic(year, period), "reviewer").cycle();
        runJobs(cycle.getProcessInstanceId());
        TARGETS.forEach((unit, target) -> reports.findByCycleIdAndUnitCode(cycle.getId(), unit)
                .ifPresent(report -> moveTo(report.getId(), target)));
        LOG.info("Demo reports of {}: vp accepted, khtc submitted, tccb returned, cds waiting for its head, "
                + "khcn drafting, pc not started", cycle.getBusinessKey());
    }

    /** Q3, else H1, else Q1 of the day's year, whichever cut off before the day; null before mid-March. */
    private ReportingPeriod latestCutOffBefore(LocalDate today) {
        for (ReportingPeriod p : new ReportingPeriod[] {ReportingPeriod.Q3, ReportingPeriod.H1, ReportingPeriod.Q1}) {
            if (p.cutOff(today.getYear(), settings.getCutOffDay()).isBefore(today)) {
                return p;
            }
        }
        return null;
    }

    private void moveTo(long reportId, ReportStatus target) {
        UnitReport report = reports.require(reportId);
        if (target == ReportStatus.NOT_STARTED || !report.isStarted() || report.getStatus() != ReportStatus.NOT_STARTED) {
            return;
        }
        String pid = report.getProcessInstanceId();
        String unit = report.getUnitCode();
        runJobs(pid);
        report.write("Hoàn thành các nhiệm vụ tuyên truyền, đào tạo theo kế hoạch; công khai kết quả trên cổng.",
                "Một số nhiệm vụ số hoá chậm do thiếu kinh phí.", "Tổ chức tập huấn chuyển đổi số cho công chức.",
                "Đề nghị Bộ bổ sung kinh phí cho nhiệm vụ số hoá hồ sơ.", "staff-" + unit, clock.now());
        reports.save(report);
        if (target == ReportStatus.DRAFTING || waiting(pid, UnitReportProcess.TASK_WRITE) == null) {
            return;
        }
        workflow.sendToHead(reportId, "staff-" + unit);
        runJobs(pid);
        if (target == ReportStatus.WAITING_HEAD) {
            return;
        }
        decide("head-" + unit, pid, UnitReportProcess.TASK_SIGN, Decision.APPROVED, "");
        if (target == ReportStatus.SUBMITTED) {
            return;
        }
        if (target == ReportStatus.RETURNED) {
            decide("reviewer", pid, UnitReportProcess.TASK_REVIEW, Decision.RETURNED,
                    "Bổ sung số liệu đào tạo theo từng khoá và nguyên nhân chậm số hoá hồ sơ.");
        } else {
            decide("reviewer", pid, UnitReportProcess.TASK_REVIEW, Decision.ACCEPTED, "");
        }
    }

    private void decide(String username, String pid, String taskKey, String decision, String comment) {
        Task task = waiting(pid, taskKey);
        if (task != null) {
            identity.actingAs(username, () -> approvals.decide(currentUser.current(), task.getId(), decision, comment));
            runJobs(pid);
        }
    }

    private Task waiting(String pid, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
    }

    /** Runs the instance's asynchronous continuations now (the job executor may be off, as in tests, or racing). */
    private void runJobs(String pid) {
        for (int round = 0; round < 10; round++) {
            var jobs = managementService.createJobQuery().processInstanceId(pid).messages().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException e) {
                    // taken by the job executor meanwhile, or a notice that could not be mailed: the job retries
                    LOG.debug("demo job {} did not run here: {}", job.getId(), e.getMessage());
                }
            }
        }
    }
}
