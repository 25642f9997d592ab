package vn.plancycle.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan API of DESIGN.md: {@code PUT} saves a draft, {@code POST .../submit} sends it to the head
 * (starting or returning the {@code unit-plan} instance), {@code GET} returns the plan, its state and
 * its problems. Refusals are {@code {"error", "message"}}; an invalid plan adds {@code problems}.
 */
@RestController
@RequestMapping("/api/plans/{unit}/{year}")
public class PlanApiController {

    public record DraftRequest(List<PlanTaskForm> tasks) {
    }

    public record TaskJson(Long id, int position, String title, String group, String groupLabel, String deliverable,
            String owner, String ownerName, LocalDate dueDate, String notes) {
    }

    public record ProblemJson(Integer taskPosition, String code, String message) {
    }

    public record PlanJson(Long id, String unit, String unitName, int year, String status, boolean editable,
            String businessKey, String returnComment, String returnedBy, LocalDateTime returnedAt,
            LocalDateTime submittedAt, String approvedBy, LocalDateTime approvedAt, LocalDateTime publishedAt,
            List<TaskJson> tasks, List<ProblemJson> problems) {
    }

    public record SubmitJson(String processInstanceId, String businessKey, String status) {
    }

    private final PlanService plans;
    private final PlanTexts texts;
    private final PlanSubmission submission;

    public PlanApiController(PlanService plans, PlanTexts texts, PlanSubmission submission) {
        this.submission = submission;
        this.plans = plans;
        this.texts = texts;
    }

    @GetMapping
    public PlanJson get(@PathVariable String unit, @PathVariable int year) {
        PlanView view = plans.view(unit, year);
        if (!view.exists()) {
            throw PlanRefusedException.notFound("plan.error.planNotFound", view.unitName(), String.valueOf(year));
        }
        return json(view, plans.problems(unit, year));
    }

    @PutMapping
    public PlanJson saveDraft(@PathVariable String unit, @PathVariable int year, @RequestBody DraftRequest body) {
        plans.saveDraft(unit, year, body.tasks());
        return json(plans.view(unit, year), plans.problems(unit, year));
    }

    @PostMapping("/submit")
    public SubmitJson submit(@PathVariable String unit, @PathVariable int year) {
        ProcessInstance instance = submission.submit(unit, year);
        return new SubmitJson(instance.getId(), instance.getBusinessKey(), plans.view(unit, year).status().name());
    }

    List<ProblemJson> problems(List<PlanProblem> problems) {
        return problems.stream().map(p -> new ProblemJson(p.taskPosition(), p.code(), texts.problem(p))).toList();
    }

    private PlanJson json(PlanView v, List<PlanProblem> problems) {
        List<TaskJson> tasks = v.tasks().stream().map(t -> new TaskJson(t.id(), t.position(), t.title(),
                t.group() == null ? null : t.group().name(), t.group() == null ? null : texts.group(t.group()),
                t.deliverable(), t.owner(), t.ownerName(), t.dueDate(), t.notes())).toList();
        return new PlanJson(v.planId(), v.unitCode(), v.unitName(), v.year(), v.status().name(), v.editable(),
                v.businessKey(), v.returnComment(), v.returnedBy(), v.returnedAt(), v.submittedAt(), v.approvedBy(),
                v.approvedAt(), v.publishedAt(), tasks, problems(problems));
    }
}
