package vn.plancycle.plan;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * This year's demo plans, one in each state, made through the same service and process that
 * people use (DESIGN.md, "Demo data"): {@code vp} published, {@code khtc} waiting for its head,
 * {@code tccb} returned with a comment, {@code cds} a draft that still misses a deliverable.
 * Units {@code khcn} and {@code pc} are left without a plan. A unit that has a plan this year is
 * left as it is.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "plancycle.demo.enabled", havingValue = "true")
public class DemoPlanLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlanLoader.class);

    private final PlanService plans;
    private final PlanRepository planRepository;
    private final PlanDirectory directory;
    private final UnitPlanWorkflow workflow;
    private final TaskService taskService;
    private final ApprovalService approvals;
    private final CurrentUserService currentUser;
    private final CamundaIdentityAuthenticationProvider identity;

    public DemoPlanLoader(PlanService plans, PlanRepository planRepository, PlanDirectory directory,
            UnitPlanWorkflow workflow, TaskService taskService, ApprovalService approvals,
            CurrentUserService currentUser, CamundaIdentityAuthenticationProvider identity) {
        this.plans = plans;
        this.planRepository = planRepository;
        this.directory = directory;
        this.workflow = workflow;
        this.taskService = taskService;
        this.approvals = approvals;
        this.currentUser = currentUser;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = Year.now().getValue();
        if (absent("vp", year)) {
            draft("vp", year, true);
            submit("vp", year);
            decide("vp", year, Decision.APPROVED, "");
        }
        if (absent("khtc", year)) {
            draft("khtc", year, true);
            submit("khtc", year);
        }
        if (absent("tccb", year)) {
            draft("tccb", year, true);
            submit("tccb", year);
            decide("tccb", year, Decision.RETURNED,
                    "Bổ sung chỉ tiêu đào tạo cụ thể (số người, số khoá) cho nhiệm vụ nhân lực.");
        }
        if (absent("cds", year)) {
            draft("cds", year, false);
        }
        LOG.info("Demo plans of {}: vp published, khtc waiting for approval, tccb returned, cds a draft", year);
    }

    private boolean absent(String unit, int year) {
        return directory.unit(unit).filter(u -> u.active())
                .map(u -> planRepository.findIdByUnitIdAndYear(u.id(), year).isEmpty()).orElse(false);
    }

    private void draft(String unit, int year, boolean complete) {
        String staff = "staff-" + unit;
        String head = "head-" + unit;
        List<PlanTaskForm> tasks = List.of(
                task("Phổ biến Quyết định 970 và kế hoạch của đơn vị", "AWARENESS", "Hội nghị phổ biến, biên bản",
                        staff, LocalDate.of(year, 3, 31)),
                task("Ban hành kế hoạch thực hiện năm " + year, "LEADERSHIP", "Kế hoạch được Thủ trưởng ký",
                        head, LocalDate.of(year, 1, 31)),
                task("Cử công chức tham gia khoá đào tạo chuyển đổi số", "WORKFORCE",
                        complete ? "Danh sách cử đi học, chứng chỉ" : null, staff, LocalDate.of(year, 6, 30)),
                task("Công khai kết quả thực hiện trên cổng thông tin", "TRANSPARENCY", "Tin bài đăng trên cổng",
                        staff, LocalDate.of(year, 9, 30)),
                task("Tự đánh giá kết quả thực hiện năm", "MONITORING", "Báo cáo tự đánh giá", head,
                        LocalDate.of(year, 12, 15)));
        identity.actingAs(staff, () -> plans.saveDraft(unit, year, tasks));
    }

    private static PlanTaskForm task(String title, String group, String deliverable, String owner, LocalDate due) {
        return new PlanTaskForm(title, group, deliverable, owner, due, null);
    }

    private void submit(String unit, int year) {
        identity.actingAs("staff-" + unit, () -> plans.submit(unit, year));
    }

    private void decide(String unit, int year, String decision, String comment) {
        ProcessInstance instance = workflow.running(unit, year);
        Task approve = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(UnitPlanProcess.TASK_APPROVE).singleResult();
        identity.actingAs("head-" + unit,
                () -> approvals.decide(currentUser.current(), approve.getId(), decision, comment));
    }
}
