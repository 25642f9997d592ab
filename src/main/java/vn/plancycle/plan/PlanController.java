package vn.plancycle.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.ApiException;

/**
 * The plan editor ({@code /plans/{unit}/{year}}): the task table, adding and deleting tasks, the
 * xlsx import, the "rõ việc, rõ người, rõ thời hạn" panel and sending the plan to the head.
 * Read-only once the plan is sent, or for readers outside the unit.
 */
@Controller
public class PlanController {

    static final String EDIT = "plan/edit";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanService plans;
    private final PlanDirectory directory;
    private final PlanTexts texts;
    private final CurrentUserService currentUser;
    private final PlanSubmission submission;

    public PlanController(PlanService plans, PlanDirectory directory, PlanTexts texts, CurrentUserService currentUser,
            PlanSubmission submission) {
        this.submission = submission;
        this.plans = plans;
        this.directory = directory;
        this.texts = texts;
        this.currentUser = currentUser;
    }

    private static int thisYear() {
        return LocalDate.now(PlanService.ZONE).getYear();
    }

    private static String editor(String unit, int year) {
        return "redirect:/plans/" + unit + "/" + year;
    }

    /** A unit member goes to their unit's plan of this year; others pick a unit. */
    @GetMapping("/plans")
    public String index(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = currentUser.current();
        int y = year == null ? thisYear() : year;
        if (user.unitCode() != null) {
            return editor(user.unitCode(), y);
        }
        model.addAttribute("year", y);
        model.addAttribute("units", user.seesAllUnits() ? directory.activeUnits() : List.of());
        model.addAttribute("statuses", plans.statuses(y));
        return "plan/units";
    }

    @GetMapping("/plans/template.xlsx")
    public ResponseEntity<byte[]> template() {
        currentUser.current();
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("ke-hoach-mau.xlsx").build().toString())
                .body(plans.importTemplate(thisYear()));
    }

    @GetMapping("/plans/{unit}/{year}")
    public String show(@PathVariable String unit, @PathVariable int year, Model model) {
        model.addAttribute("task", new PlanTaskForm());
        return render(unit, year, model);
    }

    @PostMapping("/plans/{unit}/{year}/tasks")
    public String addTask(@PathVariable String unit, @PathVariable int year,
            @Valid @ModelAttribute("task") PlanTaskForm task, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return render(unit, year, model);
        }
        try {
            plans.addTask(unit, year, task);
        } catch (PlanRefusedException e) {
            model.addAttribute("error", message(e));
            return render(unit, year, model);
        }
        redirect.addFlashAttribute("message", texts.text("plan.flash.taskAdded", task.getTitle().strip()));
        return editor(unit, year);
    }

    @PostMapping("/plans/{unit}/{year}/tasks/{taskId}/delete")
    public String deleteTask(@PathVariable String unit, @PathVariable int year, @PathVariable long taskId,
            RedirectAttributes redirect) {
        try {
            plans.deleteTask(unit, year, taskId);
            redirect.addFlashAttribute("message", texts.text("plan.flash.taskDeleted"));
        } catch (PlanRefusedException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return editor(unit, year);
    }

    @PostMapping("/plans/{unit}/{year}/import")
    public String importTasks(@PathVariable String unit, @PathVariable int year,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("task", new PlanTaskForm());
        if (file == null || file.isEmpty()) {
            model.addAttribute("importErrors", List.of(texts.text("plan.import.noFile")));
            return render(unit, year, model);
        }
        PlanImporter.Result result;
        try (InputStream in = file.getInputStream()) {
            result = plans.importTasks(unit, year, in);
        } catch (PlanRefusedException e) {
            model.addAttribute("importErrors", List.of(message(e)));
            return render(unit, year, model);
        } catch (IOException e) {
            model.addAttribute("importErrors", List.of(texts.text("plan.import.notXlsx")));
            return render(unit, year, model);
        }
        if (!result.ok()) {
            model.addAttribute("importErrors", result.errors().stream().map(texts::importError).toList());
            return render(unit, year, model);
        }
        redirect.addFlashAttribute("message", texts.text("plan.import.done", result.tasks().size()));
        return editor(unit, year);
    }

    @PostMapping("/plans/{unit}/{year}/submit")
    public String submit(@PathVariable String unit, @PathVariable int year, Model model, RedirectAttributes redirect) {
        try {
            submission.submit(unit, year);
        } catch (PlanInvalidException e) {
            model.addAttribute("task", new PlanTaskForm());
            model.addAttribute("error", texts.text("plan.error.invalid", e.problems().size()));
            return render(unit, year, model);
        } catch (PlanRefusedException e) {
            redirect.addFlashAttribute("error", message(e));
            return editor(unit, year);
        }
        redirect.addFlashAttribute("message", texts.text("plan.submitted"));
        return editor(unit, year);
    }

    private String render(String unit, int year, Model model) {
        PlanView plan = plans.view(unit, year);
        CurrentUser user = currentUser.current();
        List<PlanProblem> problems = plans.problems(unit, year);
        model.addAttribute("plan", plan);
        model.addAttribute("problems", texts.problems(problems));
        model.addAttribute("canEdit", plan.editable() && (user.isMemberOf(plan.unitCode()) || user.isAdmin()));
        model.addAttribute("people", plans.people(plan.unitCode()));
        model.addAttribute("groups", TaskGroup.values());
        model.addAttribute("families", TaskGroup.Family.values());
        model.addAttribute("minDate", LocalDate.of(year, 1, 1));
        model.addAttribute("maxDate", LocalDate.of(year, 12, 31));
        return EDIT;
    }

    private String message(ApiException e) {
        return texts.text(e.messageKey(), e.args());
    }
}
