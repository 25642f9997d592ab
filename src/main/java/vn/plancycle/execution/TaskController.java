package vn.plancycle.execution;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plancycle.web.Typed;
import vn.plancycle.plan.PlanDirectory;
import vn.plancycle.plan.PlanService;
import vn.plancycle.plan.PlanTexts;
import vn.plancycle.plan.TaskGroup;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;

/**
 * The unit's task pages: {@code /tasks} (the table filterable by group, owner and status, and a
 * timeline of the year) and {@code /tasks/{id}} (one task with its history, where the unit's staff
 * record progress, attach evidence, report the result and ask for a new deadline). Refusals re-render
 * the page with the reason and change nothing; the head decides on {@code /approvals}.
 */
@Controller
public class TaskController {

    static final String LIST = "execution/list";
    static final String UNITS = "execution/units";
    static final String DETAIL = "execution/detail";

    private final ExecutionService executions;
    private final PlanDirectory directory;
    private final PlanTexts texts;
    private final CurrentUserService currentUser;
    private final ExecutionSettings settings;

    public TaskController(ExecutionService executions, PlanDirectory directory, PlanTexts texts,
            CurrentUserService currentUser, ExecutionSettings settings) {
        this.executions = executions;
        this.settings = settings;
        this.directory = directory;
        this.texts = texts;
        this.currentUser = currentUser;
    }

    private static String task(long id) {
        return "redirect:/tasks/" + id;
    }

    /** A unit member sees their unit's tasks; the ministry picks a unit ({@code ?unit=}). */
    @GetMapping("/tasks")
    public String list(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String group, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String status, Model model, HttpServletResponse response) {
        CurrentUser user = currentUser.current();
        int y = year == null ? LocalDate.now(PlanService.ZONE).getYear() : year;
        model.addAttribute("year", y);
        String code = unit == null || unit.isBlank() ? user.unitCode() : unit.strip().toLowerCase(Locale.ROOT);
        if (code == null) {
            model.addAttribute("units", user.seesAllUnits() ? directory.activeUnits() : List.of());
            return UNITS;
        }
        Optional<PlanDirectory.UnitRef> found = directory.unit(code);
        if (found.isEmpty()) {
            return notFound(model, response);
        }
        TaskGroup g = filter(TaskGroup.class, group, "execution.error.badGroup", model);
        TaskStatus s = filter(TaskStatus.class, status, "execution.error.badStatus", model);
        String o = owner == null || owner.isBlank() ? null : owner.strip();
        List<TaskView> tasks = executions.list(code, y, g, o, s);
        model.addAttribute("unit", found.get());
        model.addAttribute("tasks", tasks);
        model.addAttribute("timeline", timeline(tasks, y));
        model.addAttribute("groups", TaskGroup.values());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("people", directory.people(code));
        model.addAttribute("group", g == null ? "" : g.name());
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("owner", o == null ? "" : o);
        model.addAttribute("filtered", g != null || s != null || o != null);
        return LIST;
    }

    @GetMapping("/tasks/{id}")
    public String show(@PathVariable long id, Model model) {
        return render(id, model);
    }

    @PostMapping("/tasks/{id}/progress")
    public String progress(@PathVariable long id, @RequestParam(required = false) String percent,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        try {
            Integer value = percent == null || percent.isBlank() ? null : Integer.valueOf(percent.strip());
            TaskView task = executions.recordProgress(id, value, note);
            redirect.addFlashAttribute("message", texts.text("execution.flash.progress", task.progressPercent()));
            return task(id);
        } catch (NumberFormatException e) {
            return refused(id, texts.text("execution.error.progress"), model, Typed.of("percent", percent, "note", note));
        } catch (ExecutionRefusedException e) {
            return refused(id, texts.text(e.messageKey(), e.args()), model, Typed.of("percent", percent, "note", note));
        }
    }

    @PostMapping("/tasks/{id}/evidence")
    public String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            byte[] content = file == null ? null : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            EvidenceInfo saved = executions.addFile(id, name, file == null ? null : file.getContentType(), content);
            redirect.addFlashAttribute("message", texts.text("execution.flash.file", saved.name()));
            return task(id);
        } catch (ExecutionRefusedException e) {
            return refused(id, texts.text(e.messageKey(), e.args()), model, Typed.of());
        }
    }

    @PostMapping("/tasks/{id}/links")
    public String link(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String url, Model model, RedirectAttributes redirect) {
        try {
            EvidenceInfo saved = executions.addLink(id, name, url);
            redirect.addFlashAttribute("message", texts.text("execution.flash.link", saved.name()));
            return task(id);
        } catch (ExecutionRefusedException e) {
            return refused(id, texts.text(e.messageKey(), e.args()), model, Typed.of("linkName", name, "linkUrl", url));
        }
    }

    @PostMapping("/tasks/{id}/done")
    public String done(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            executions.reportDone(id);
            redirect.addFlashAttribute("message", texts.text("execution.flash.done"));
            return task(id);
        } catch (ExecutionRefusedException e) {
            return refused(id, texts.text(e.messageKey(), e.args()), model, Typed.of());
        }
    }

    @PostMapping("/tasks/{id}/extension")
    public String extension(@PathVariable long id, @RequestParam(required = false) String newDueDate,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            LocalDate date = newDueDate == null || newDueDate.isBlank() ? null : LocalDate.parse(newDueDate.strip());
            TaskExtension request = executions.requestExtension(id, date, reason);
            redirect.addFlashAttribute("message", texts.text("execution.flash.extension", request.getRequestedDate()));
            return task(id);
        } catch (DateTimeParseException | ExecutionRefusedException e) {
            String message = e instanceof ExecutionRefusedException refused
                    ? texts.text(refused.messageKey(), refused.args())
                    : texts.text("execution.error.extensionDate", executions.detail(id).task().currentDueDate());
            return refused(id, message, model, Typed.of("extensionDate", newDueDate, "extensionReason", reason));
        }
    }

    /** A task that does not exist (or no longer runs) is a "not found" page, not an error. */
    @ExceptionHandler(ExecutionRefusedException.class)
    String missing(ExecutionRefusedException e, Model model, HttpServletResponse response) {
        if (e.status() == HttpStatus.NOT_FOUND) {
            return notFound(model, response);
        }
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        return "error";
    }

    private String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    /** Re-renders the task with the reason, keeping what the user typed (form field → value). */
    private String refused(long id, String message, Model model, Map<String, String> typed) {
        model.addAttribute("error", message);
        typed.forEach((field, value) -> model.addAttribute(field, value == null ? "" : value));
        return render(id, model);
    }

    private String render(long id, Model model) {
        TaskView.Detail detail = executions.detail(id);
        TaskView t = detail.task();
        CurrentUser user = currentUser.current();
        boolean writer = user.isMemberOf(t.unitCode()) || user.isAdmin();
        model.addAttribute("detail", detail);
        model.addAttribute("t", t);
        model.addAttribute("unitName", directory.unit(t.unitCode()).map(PlanDirectory.UnitRef::name)
                .orElse(t.unitCode()));
        model.addAttribute("canWork", writer && t.stage() == TaskStage.WORKING);
        model.addAttribute("canAddEvidence", writer && t.stage() != TaskStage.ACCEPTED);
        model.addAttribute("extensionPending", detail.extensions().stream()
                .anyMatch(x -> x.getDecision() == TaskExtension.Decision.PENDING));
        model.addAttribute("minExtensionDate", t.currentDueDate().plusDays(1));
        model.addAttribute("maxMegabytes", String.valueOf(settings.getMaxEvidenceBytes() / (1024 * 1024)));
        model.addAttribute("allowedTypes", String.join(", ", settings.getAllowedEvidenceTypes()));
        return DETAIL;
    }

    private <E extends Enum<E>> E filter(Class<E> type, String value, String messageKey, Model model) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", texts.text(messageKey));
            return null;
        }
    }

    /** Where each task's deadline falls in the year, as a percentage of the year (0–100), for the timeline. */
    static Map<Long, String> timeline(List<TaskView> tasks, int year) {
        Map<Long, String> positions = new LinkedHashMap<>();
        for (TaskView t : tasks) {
            LocalDate due = t.currentDueDate();
            double percent;
            if (due.getYear() < year) {
                percent = 0;
            } else if (due.getYear() > year) {
                percent = 100;
            } else {
                percent = due.getDayOfYear() * 100.0 / due.lengthOfYear();
            }
            positions.put(t.taskId(), String.format(Locale.ROOT, "%.1f", percent));
        }
        return positions;
    }
}
